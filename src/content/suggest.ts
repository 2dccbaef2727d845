/** "Did you mean …?" for unknown ids, slugs and field names. */
import { germanSlug } from '../text/slug.ts';
import { distance } from 'fastest-levenshtein';

/** How an editor might have meant an id: "BISS Göttingen" → "biss-goettingen". */
function normalise(value: string): string {
  return germanSlug(value);
}

const MAX_COMPARED = 1000;

/**
 * The candidate an unknown `value` (an id, slug, field or file name) was most likely meant to be,
 * or undefined when none is convincing. Shapes, in order:
 *
 * 1. The value written as an id is a candidate: "BISS Göttingen" → "biss-goettingen".
 * 2. Shared distinctive words: the candidate whose words carry most of the value's information.
 *    A word's weight is its rarity among the candidates (inverse document frequency): "landkreis",
 *    "biss", "stadt", "frauenhaus" name many candidates and say little; "goettingen" or "hameln"
 *    name one and say much. So "landkreis-hameln" → "landkreis-hameln-pyrmont" (not the
 *    edit-nearer "landkreis-peine") and "biss-landkreis-goettingen" → "biss-goettingen" (not
 *    "biss-landkreis-goslar"). A word with no exact twin among the candidates' words counts for
 *    its nearest word within typo distance ("gottingen" → "goettingen", "kinderschuz"). Ties go
 *    to the smaller edit distance. The winner must share at least half of the value's weight
 *    (a word no candidate has weighs most), so "stadt-bremen" (only "stadt" shared) gets
 *    nothing; a shared word must be missing from some candidates; and at most two candidates
 *    may share as much, so "biss-landkreis" (every "biss-landkreis-…" shares all of it) gets
 *    nothing either.
 * 3. Otherwise a candidate the value begins with, up to a word's end: a kind followed by lines
 *    of something else ("biss\n::error …") is still that kind.
 * 4. Otherwise a typo of the whole value ("titel" → "title", "landkreisgoettingen"): the
 *    edit-nearest candidate, if its distance is within a third of what the two do not share.
 *    Words both share do not widen the tolerance, so "landkreis-bremen" is no typo of
 *    "landkreis-peine".
 *
 * Why: edit distance alone over ids made of a few common words proposes another place whose
 * name happens to be as long, and an editor following the hint links a Göttingen network to a
 * Goslar service. Cost is linear in the candidates (one split and one edit distance each, plus
 * a distance per distinct word for the few input words without an exact twin).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (!list.length) return undefined;
  // Far longer than any id or field name: no typo of one, and comparing would cost length × candidates.
  if (value.length > MAX_COMPARED) return undefined;
  const wanted = normalise(value) || value;
  // Exact once written as an id (case, umlauts, spaces).
  if (wanted !== value && list.includes(wanted)) return wanted;
  return bySharedWords(wanted, list) ?? byBeginning(wanted, list) ?? byTypo(wanted, list);
}

/** The longest candidate the value begins with, up to a word's end: "biss\n::error …" → "biss". */
function byBeginning(wanted: string, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const candidate of list) if (candidate && wanted.startsWith(`${candidate}-`) && candidate.length > (best?.length ?? 0)) best = candidate;
  return best;
}

/** The words of an id that can identify something: not "in", "der", "und" or "pdf". */
function wordsOf(id: string): string[] {
  return [...new Set(id.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4 || (word.length >= 2 && /^\p{N}+$/u.test(word))))];
}

/** How far a word may be from another to be a typo of it. */
function wordTolerance(a: string, b: string): number {
  return Math.floor(Math.max(a.length, b.length) / 3);
}

/** Only the first few words of a value are matched by typo: ids have a handful of words. */
const MAX_TYPO_WORDS = 12;

/** How many candidates may share the most with the value and one of them still be meant: a town and its district. */
const MAX_EQUALLY_SHARING = 2;

/** Shape 2 of closestMatch: the candidate sharing the value's rarest words. */
function bySharedWords(wanted: string, list: readonly string[]): string | undefined {
  const words = wordsOf(wanted);
  if (!words.length) return undefined;
  const wordsByCandidate = list.map(wordsOf);
  const candidateCount = new Map<string, number>();
  for (const candidateWords of wordsByCandidate) for (const word of candidateWords) candidateCount.set(word, (candidateCount.get(word) ?? 0) + 1);

  // Which candidate words stand for each input word: its exact twin, else its nearest typo(s).
  const standsFor = new Map<string, number[]>(); // candidate word → indices into `words`
  let typoWords = 0;
  words.forEach((word, index) => {
    let matches: string[] = [];
    if (candidateCount.has(word)) matches = [word];
    else if (word.length >= 4 && typoWords++ < MAX_TYPO_WORDS) {
      let nearest = Infinity;
      for (const candidateWord of candidateCount.keys()) {
        const tolerance = wordTolerance(word, candidateWord);
        if (!tolerance || Math.abs(word.length - candidateWord.length) > tolerance) continue;
        const d = distance(word, candidateWord);
        if (d > tolerance || d > nearest) continue;
        if (d < nearest) matches = [];
        nearest = d;
        matches.push(candidateWord);
      }
    }
    for (const match of matches) standsFor.set(match, [...(standsFor.get(match) ?? []), index]);
  });
  if (!standsFor.size) return undefined;

  const shared = (candidateWords: readonly string[]): Set<number> => new Set(candidateWords.flatMap((word) => standsFor.get(word) ?? []));
  const sharedByCandidate = wordsByCandidate.map(shared);
  const frequency = words.map(() => 0);
  for (const indices of sharedByCandidate) for (const index of indices) frequency[index]!++;
  // Smoothed inverse document frequency: a word every candidate has still weighs a little, one
  // no candidate has weighs most.
  const weight = frequency.map((count) => Math.log(1 + list.length / Math.max(count, 0.5)));
  const total = weight.reduce((sum, w) => sum + w, 0);

  let best: string | undefined;
  let bestShared = new Set<number>();
  let bestScore = 0;
  let bestDistance = Infinity;
  let sharingAsMuch = 0;
  list.forEach((candidate, i) => {
    // Summed in the order of the words, so equal shares score exactly equal.
    const score = weight.reduce((sum, w, index) => (sharedByCandidate[i]!.has(index) ? sum + w : sum), 0);
    if (score < bestScore || score === 0) return;
    sharingAsMuch = score > bestScore ? 1 : sharingAsMuch + 1;
    const d = distance(wanted, candidate);
    if (score > bestScore || d < bestDistance) {
      best = candidate;
      bestShared = sharedByCandidate[i]!;
      bestScore = score;
      bestDistance = d;
    }
  });
  // The shared words must carry most of what the value says, tell candidates apart (a word all
  // of them have does not) and point at one candidate (or two: a town and its district):
  // "biss-landkreis" names no BISS in particular.
  const distinctive = [...bestShared].some((index) => frequency[index]! < list.length);
  return distinctive && bestScore >= total / 2 && sharingAsMuch <= MAX_EQUALLY_SHARING ? best : undefined;
}

/** Shape 4 of closestMatch: the edit-nearest candidate, if the difference is a typo. */
function byTypo(wanted: string, list: readonly string[]): string | undefined {
  const words = new Set(wordsOf(wanted));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const d = distance(wanted, candidate);
    if (d >= bestDistance) continue;
    // What the two share is no part of the typo; only the rest may be a third wrong.
    const sharedLength = wordsOf(candidate)
      .filter((word) => words.has(word))
      .reduce((sum, word) => sum + word.length + 1, 0);
    const tolerance = Math.max(2, Math.floor(Math.max(wanted.length - sharedLength, candidate.length - sharedLength) / 3));
    if (d <= tolerance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(value, candidates);
  return match === undefined ? undefined : `meinten Sie „${match}“?`;
}

/** German words editors use for fields, as field names: `telefon:` → phone. */
const GERMAN_FIELD_NAMES: Record<string, string> = {
  titel: 'title',
  ueberschrift: 'title',
  zusammenfassung: 'summary',
  kurzbeschreibung: 'summary',
  beschreibung: 'summary',
  region: 'regions',
  regionen: 'regions',
  thema: 'topics',
  themen: 'topics',
  geprueft: 'reviewed',
  pruefdatum: 'reviewed',
  datum: 'reviewed',
  entwurf: 'draft',
  beispiel: 'example',
  art: 'kind',
  typ: 'kind',
  stand: 'status',
  seit: 'since',
  bereiche: 'sectors',
  netzwerk: 'networks',
  netzwerke: 'networks',
  kontakt: 'contacts',
  kontakte: 'contacts',
  material: 'materials',
  materialien: 'materials',
  webseite: 'website',
  homepage: 'website',
  internet: 'website',
  ebene: 'level',
  koordination: 'coordinator',
  treffen: 'meets',
  zielgruppe: 'audience',
  sprache: 'languages',
  sprachen: 'languages',
  herausgeber: 'publisher',
  erschienen: 'published',
  datei: 'file',
  link: 'url',
  traeger: 'organization',
  organisation: 'organization',
  ansprechperson: 'person',
  ansprechpartner: 'person',
  ansprechpartnerin: 'person',
  telefon: 'phone',
  tel: 'phone',
  telefonnummer: 'phone',
  mail: 'email',
  e_mail: 'email',
  adresse: 'address',
  anschrift: 'address',
  strasse: 'street',
  plz: 'postcode',
  postleitzahl: 'postcode',
  ort: 'city',
  stadt: 'city',
  oeffnungszeiten: 'hours',
  sprechzeiten: 'hours',
  erreichbarkeit: 'hours',
  barrierefrei: 'accessible',
  notfall: 'emergency',
};

/** "meinten Sie „phone“?" for `telefon`, `Titel`, `adress` … */
export function didYouMeanField(key: string, fields: readonly string[]): string | undefined {
  const german = GERMAN_FIELD_NAMES[normalise(key).replace(/-/g, '_')];
  if (german && fields.includes(german)) return `meinten Sie „${german}“?`;
  const lower = key.toLowerCase();
  if (fields.includes(lower)) return `meinten Sie „${lower}“? (Feldnamen werden kleingeschrieben)`;
  return didYouMean(key, fields);
}
