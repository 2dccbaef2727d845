/**
 * The place names and postcodes of Lower Saxony the shelter guard knows: every Gemeinde and
 * every Kreis of src/geo/data/plz-niedersachsen.csv (via ../geo/postcodes.ts; OpenStreetMap
 * data, ODbL), compared by `placeKey` ("Göttingen" = "goettingen"). Used to tell a split postcode
 * ("29 221 Celle") from other numbers and to check a Frauenhaus's `address.city`.
 *
 * The table is read once per process, and kept between runs (./derived-cache.ts) while the CSV
 * and the code deriving it stay the same. When it cannot be read, nothing is known: the checks
 * that need it fall back to what they can say without it, and the geo code reports the broken table.
 */
import { distance } from 'fastest-levenshtein';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { placeKey, POSTCODE_CSV, readPostcodeRows, withoutBrackets } from '../geo/postcodes.ts';
import { germanKey } from '../text/german-key.ts';
import { derivedTable, type Derived } from './derived-cache.ts';

interface Known {
  /** placeKey of every name, with and without its bracket ("winsen-luhe", "winsen"). */
  keys: Set<string>;
  /** The names as written, by placeKey of the name without brackets. */
  names: Map<string, string>;
  postcodes: Set<string>;
  /** placeKey of every qualifier the table's own names carry ("luhe", "ostfriesland", "weser"). */
  qualifiers: Set<string>;
}

let known: Known | undefined;

/** "Oldenburg (Oldb)", "Leer (Ostfriesland)", "Nienburg (Weser)": qualifiers of official names the OSM table lacks. */
const OFFICIAL_QUALIFIERS = ['Oldb', 'Ostfriesland', 'Harz', 'Solling', 'Hannover'];

/** Known as kept between runs (./derived-cache.ts): each set as an array, `names` as pairs. */
interface KnownJson {
  keys: string[];
  names: [string, string][];
  postcodes: string[];
  qualifiers: string[];
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isKnownJson = (json: unknown): json is KnownJson => {
  const table = json as Partial<KnownJson> | null;
  return (
    typeof table === 'object' &&
    table !== null &&
    isStrings(table.keys) &&
    isStrings(table.postcodes) &&
    isStrings(table.qualifiers) &&
    Array.isArray(table.names) &&
    table.names.every((pair) => isStrings(pair) && pair.length === 2)
  );
};

/**
 * What the kept table depends on besides the CSV's bytes: the text of the code that derives it
 * (as this process runs it: tsx or the bundle) and csv-parse's version. Every function the
 * derivation calls must be listed here: one left out could change without deriving anew.
 */
function derivationVersion(): string {
  let csvParse = '';
  try {
    csvParse = (JSON.parse(readFileSync(path.resolve('node_modules', 'csv-parse', 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    // Without it the code's text still keys the table.
  }
  return [derive, readPostcodeRows, placeKey, germanKey, withoutBrackets, QUALIFIED, OFFICIAL_QUALIFIERS, csvParse].map(String).join('\n');
}

/** Reads the table from the CSV (readPostcodeRows); an unreadable table gives an empty one, not kept. */
function derive(): Derived<KnownJson> {
  const keys = new Set<string>();
  const names = new Map<string, string>();
  const postcodes = new Set<string>();
  const qualifiers = new Set<string>();
  let rows: ReturnType<typeof readPostcodeRows> = [];
  let readable = true;
  try {
    rows = readPostcodeRows();
  } catch {
    rows = [];
    readable = false;
  }
  const add = (name: string) => {
    const key = placeKey(withoutBrackets(name));
    if (!key) return;
    keys.add(key);
    keys.add(placeKey(name));
    if (!names.has(key)) names.set(key, name);
    const qualifier = QUALIFIED.exec(name.trim());
    if (qualifier) qualifiers.add(placeKey(qualifier[2] ?? qualifier[3]!));
  };
  for (const row of rows) {
    postcodes.add(row.plz);
    if (row.bundesland !== 'Niedersachsen') continue;
    add(row.ort);
    if (row.landkreis) {
      add(row.landkreis);
      add(row.landkreis.replace(/^(Landkreis|Region) /, ''));
    }
  }
  // Official Gemeinde names (AGS register) whose qualifier the OSM table writes differently.
  for (const qualifier of OFFICIAL_QUALIFIERS) qualifiers.add(placeKey(qualifier));
  return { json: { keys: [...keys], names: [...names], postcodes: [...postcodes], qualifiers: [...qualifiers] }, keep: readable };
}

/** The table, read once per process: kept between runs while the CSV and this code stay the same. */
function load(): Known {
  if (known) return known;
  const json = derivedTable('known-places', [path.resolve(POSTCODE_CSV)], derivationVersion(), derive, isKnownJson);
  known = { keys: new Set(json.keys), names: new Map(json.names), postcodes: new Set(json.postcodes), qualifiers: new Set(json.qualifiers) };
  return known;
}

/** Answers of isKnownPlace by text: the number rule asks it for the same words again and again ("12 Plätze" on every line of a long body). */
const placeAnswers = new Map<string, boolean>();

/** Whether `text` ("Celle", "bad fallingbostel", "Winsen (Luhe)") is a known place name. */
export function isKnownPlace(text: string): boolean {
  const known = placeAnswers.get(text);
  if (known !== undefined) return known;
  const key = placeKey(text);
  const answer = key.length > 0 && load().keys.has(key);
  // Bounded: a text of distinct words cannot grow it without end.
  if (placeAnswers.size >= 20_000) placeAnswers.clear();
  placeAnswers.set(text, answer);
  return answer;
}

/** Whether `digits` (five) is a postcode in the table. */
export function isKnownPostcode(digits: string): boolean {
  return load().postcodes.has(digits);
}

/** "Name (Qualifier)" or "Name/Qualifier" with a one-word qualifier. */
const QUALIFIED = /^([^()/]{1,80}?)\s*(?:\(\s*([\p{L}.-]{1,40})\s*\)|\/\s*([\p{L}.-]{1,40}))$/u;

/**
 * A place name, possibly with a qualifier as places are officially written ("Oldenburg (Oldb)",
 * "Leer (Ostfriesland)", "Nienburg/Weser"): the name must be known and the qualifier one that
 * the table's own names use (a river or region, never a square or building). "Celle (Am Markt)",
 * "Celle (Musterweg)" or "Celle – beim Bahnhof" is no place name.
 */
export function isPlaceName(text: string): boolean {
  const value = text.trim();
  if (isKnownPlace(value)) return true;
  const qualified = QUALIFIED.exec(value);
  return qualified !== null && isKnownPlace(qualified[1]!) && load().qualifiers.has(placeKey(qualified[2] ?? qualified[3]!));
}

/** Whether the place table could be read (without it no name is known and none is suggested). */
export function knowsPlaces(): boolean {
  return load().names.size > 0;
}

/**
 * Up to three known place names close to `text`, for a suggestion: the longest run of its first
 * words that is a known name ("Celle und Umgebung" → Celle, "Hannover-Linden" → Hannover), else
 * names within a small edit distance of its part before a bracket, comma or dash (at most one
 * edit in four letters: "Göttinge" → Göttingen, but "Bremen" gets no "Brome"). Empty when nothing is close.
 */
export function nearestPlaces(text: string): string[] {
  const { names } = load();
  if (!names.size) return [];
  // The first words as typed ("Nienburg/Weser (Am Markt)"), then the part before a bracket, comma or dash.
  const typed = text.slice(0, 80).trim().split(/\s+/).slice(0, 4);
  for (let n = typed.length; n >= 1; n--) {
    const candidate = typed.slice(0, n).join(' ').replace(/[,;:.–—-]+$/u, '');
    if (!load().keys.has(placeKey(candidate))) continue;
    // The table's spelling when it is the same name, else the name as typed ("Winsen (Luhe)", not "Winsen (Aller)").
    const canonical = names.get(placeKey(withoutBrackets(candidate)));
    return [canonical && placeKey(canonical) === placeKey(candidate) ? canonical : candidate];
  }
  const head = text.split(/[(,;:/–—]| - |\d/u, 1)[0]!.slice(0, 80).trim();
  const words = head.split(/[\s-]+/).filter(Boolean);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    for (const joiner of [' ', '-']) {
      const name = names.get(placeKey(words.slice(0, n).join(joiner)));
      if (name) return [name];
    }
  }
  const key = placeKey(head);
  if (!key) return [];
  const limit = Math.max(1, Math.floor(key.length / 4));
  return [...names.keys()]
    .map((name) => [name, distance(key, name)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([name]) => names.get(name)!);
}
