/**
 * The place names and postcodes of Lower Saxony the shelter guard knows: every Gemeinde and
 * every Kreis of src/geo/data/plz-niedersachsen.csv (via ../geo/postcodes.ts; OpenStreetMap
 * data, ODbL), compared by `placeKey` ("Göttingen" = "goettingen"). Used to tell a split postcode
 * ("29 221 Celle") from other numbers and to check a Frauenhaus's `address.city`.
 *
 * The table is read once per process. When it cannot be read, nothing is known: the checks that
 * need it fall back to what they can say without it, and the geo code reports the broken table.
 */
import { closest, distance } from 'fastest-levenshtein';
import { placeKey, readPostcodeRows, withoutBrackets } from '../geo/postcodes.ts';

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

function load(): Known {
  if (known) return known;
  const keys = new Set<string>();
  const names = new Map<string, string>();
  const postcodes = new Set<string>();
  const qualifiers = new Set<string>();
  let rows: ReturnType<typeof readPostcodeRows> = [];
  try {
    rows = readPostcodeRows();
  } catch {
    rows = [];
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
  known = { keys, names, postcodes, qualifiers };
  return known;
}

/** Whether `text` ("Celle", "bad fallingbostel", "Winsen (Luhe)") is a known place name. */
export function isKnownPlace(text: string): boolean {
  const key = placeKey(text);
  return key.length > 0 && load().keys.has(key);
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

/** Up to three known place names nearest to `text` (its part before a bracket, comma or dash). */
export function nearestPlaces(text: string): string[] {
  const { names } = load();
  if (!names.size) return [];
  const head = placeKey(text.split(/[(,;:/–—]| - |\d/u, 1)[0]!.slice(0, 80));
  if (!head) return [];
  const exact = names.get(head);
  if (exact) return [exact];
  const ranked = [...names.keys()].map((key) => [key, distance(head, key)] as const).sort((a, b) => a[1] - b[1]);
  const best = closest(head, [...names.keys()]);
  const out = [names.get(best)!];
  for (const [key, d] of ranked) {
    if (out.length >= 3 || d > Math.max(2, head.length / 3)) break;
    const name = names.get(key)!;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
