/** "Did you mean …?" for unknown ids, slugs and field names. */
import { germanSlug } from '../text/slug.ts';
import { distance } from 'fastest-levenshtein';

/** How an editor might have meant an id: "BISS Göttingen" → "biss-goettingen". */
function normalise(value: string): string {
  return germanSlug(value);
}

const MAX_COMPARED = 1000;

export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (!list.length) return undefined;
  // Far longer than any id or field name: no typo of one, and comparing would cost length × candidates.
  if (value.length > MAX_COMPARED) return undefined;
  const wanted = normalise(value) || value;
  // Exact once written as an id (case, umlauts, spaces).
  if (wanted !== value && list.includes(wanted)) return wanted;

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const d = distance(wanted, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Near enough to be a typo.
  const tolerance = Math.max(2, Math.floor(Math.max(wanted.length, best!.length) / 3));
  if (bestDistance <= tolerance) return best;
  // Otherwise the candidate sharing the most words: "biss-goettingen" → "biss-landkreis-goettingen".
  return mostSharedWords(wanted, list);
}

function mostSharedWords(value: string, candidates: readonly string[]): string | undefined {
  const words = new Set(value.split('-').filter((word) => word.length >= 4));
  if (!words.size) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const parts = candidate.split('-');
    const score = parts.filter((part) => words.has(part)).length / Math.max(words.size, parts.length);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
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
