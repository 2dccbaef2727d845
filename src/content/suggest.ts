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
 * 2. Every word that names something: the candidate that holds every word of the value
 *    (exactly, or as a typo that begins alike: "gottingen" for "goettingen"), leaving out only the words of
 *    the kind of Kreis ("landkreis", "stadt", "region", "kreis"), and that is the only one doing
 *    so with the fewest words of its own (one more at most). So "landkreis-hameln" → "landkreis-hameln-pyrmont",
 *    "biss-landkreis-goettingen" → "biss-goettingen" and "frauenhaus-stadt-oldenburg" →
 *    "frauenhaus-oldenburg". A place or a kind of service the value names and the candidate
 *    does not is never made up: "frauenhaus-hannover" gets no "taeterarbeit-region-hannover",
 *    "biss-celle" no "frauenhaus-celle". A Landkreis is not a Stadt of the same name
 *    ("biss-landkreis-oldenburg" gets no "biss-stadt-oldenburg"); two equal fits are no guess
 *    ("oldenburg": Stadt or Landkreis).
 * 3. Otherwise a candidate the value begins with, up to a word's end: a kind followed by lines
 *    of something else ("biss\n::error …") is still that kind.
 * 4. Otherwise a typo of the whole value ("titel" → "title", "landkreisgoettingen",
 *    "frauenhaus-aurik"): the edit-nearest candidate at most two edits away, with the same
 *    numbers and each word beginning alike, so "landkreis-emden" is no typo of
 *    "landkreis-verden" and "stgb-239-…" none of "stgb-238-…".
 *
 * Why: a hint is followed. Edit distance alone over ids made of a few common words proposed
 * another place whose name happens to be as long (a Göttingen network linked to a Goslar
 * service), and weighing shared words proposed another kind of service in the right place (a
 * shelter answered with a BISS). No hint is harmless; a wrong one is not. Cost is linear in the
 * candidates (one split each, and an edit distance for a word without an exact twin).
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

/** Words that say which kind of Kreis, not which one: an id may add or leave them out. */
const KREIS_WORDS = new Set(['landkreis', 'stadt', 'region', 'kreis']);

/** A Landkreis and a Stadt of one name are two Kreise (Oldenburg, Osnabrück): these never stand for each other. */
const CONTRADICTING = new Set(['landkreis', 'stadt']);

/** How many words a hint may add to those of the value. */
const MAX_EXTRA_WORDS = 1;

/** Ids have a handful of words; a value with more names no id. */
const MAX_WORDS = 8;

/** At most this many edits make a typo of the whole value. */
const MAX_TYPO = 2;

/** At most this many edits make a typo of one long word (and a quarter of its length). */
const MAX_WORD_TYPO = 3;

/**
 * Whether `word` of a value is `candidateWord` or a typo of it: words of 4 letters or more
 * (numbers exactly), beginning alike (another first syllable is another word:
 * "nordniedersachsen" is not "suedniedersachsen"), a quarter of the longer word at most 3 edits
 * apart ("suedniedersaxen", "gottingen").
 */
function sameWord(word: string, candidateWord: string): boolean {
  if (word === candidateWord) return true;
  if (/^\p{N}+$/u.test(word) || Math.min(word.length, candidateWord.length) < 4 || word.slice(0, 2) !== candidateWord.slice(0, 2)) return false;
  const tolerance = Math.min(MAX_WORD_TYPO, Math.floor(Math.max(word.length, candidateWord.length) / 4));
  return Math.abs(word.length - candidateWord.length) <= tolerance && distance(word, candidateWord) <= tolerance;
}

/** Shape 2 of closestMatch: the one candidate holding every word of the value that names something. */
function bySharedWords(wanted: string, list: readonly string[]): string | undefined {
  const words = wordsOf(wanted);
  const needed = words.filter((word) => !KREIS_WORDS.has(word));
  if (!needed.length || needed.length > MAX_WORDS) return undefined;
  const kinds = words.filter((word) => CONTRADICTING.has(word));
  // Numbers the value names are meant as written: § 8b is not § 8a.
  const numbers = numbersOf(wanted);
  let best: string | undefined;
  let fewest = Infinity;
  let tied = false;
  for (const candidate of list) {
    const own = wordsOf(candidate);
    if (kinds.length && own.some((word) => CONTRADICTING.has(word) && !kinds.includes(word))) continue;
    if (numbers && numbersOf(candidate) !== numbers) continue;
    // A word of the kind of Kreis stands for no other word ("stade" is not "stadt").
    const named = own.filter((candidateWord) => !KREIS_WORDS.has(candidateWord));
    if (!needed.every((word) => named.some((candidateWord) => sameWord(word, candidateWord)))) continue;
    const extra = named.filter((candidateWord) => !needed.some((word) => sameWord(word, candidateWord))).length;
    // One word more at most: "hameln" is Hameln-Pyrmont, but "beratung" names no one of the services it begins.
    if (extra > MAX_EXTRA_WORDS) continue;
    if (extra < fewest) [best, fewest, tied] = [candidate, extra, false];
    else if (extra === fewest) tied = true;
  }
  return tied ? undefined : best;
}

/** The parts of an id with a digit, in order: "stgb-238-nachstellung" → "238", "sgb-viii-8a" → "8a". */
function numbersOf(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => /\p{N}/u.test(part))
    .join(' ');
}

/**
 * Shape 4 of closestMatch: the edit-nearest candidate, if it is at most MAX_TYPO edits away,
 * has the same numbers (§ 238 is not § 239) and, for every word of the value, a word that
 * begins alike ("landkreis-emden" is no typo of "landkreis-verden").
 */
function byTypo(wanted: string, list: readonly string[]): string | undefined {
  const numbers = numbersOf(wanted);
  const starts = wordsOf(wanted).map((word) => word.slice(0, 2));
  let best: string | undefined;
  let bestDistance = MAX_TYPO + 1;
  for (const candidate of list) {
    // Lengths further apart than a typo need no distance.
    if (Math.abs(candidate.length - wanted.length) > MAX_TYPO) continue;
    const d = distance(wanted, candidate);
    if (d >= bestDistance || numbersOf(candidate) !== numbers) continue;
    const begins = new Set(
      candidate
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((part) => part.slice(0, 2)),
    );
    if (starts.every((start) => begins.has(start))) [best, bestDistance] = [candidate, d];
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
