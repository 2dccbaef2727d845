/**
 * Postcode and place → Kreis: which of the 45 Kreise and kreisfreie Städte (region ids of
 * content/vocabularies/regions.yml, matched by the 5-digit Kreis key AGS) a postcode or a town
 * belongs to. Used by the help finder (/hilfe/plz/<plz>/, /hilfe/ort/<slug>/, /hilfe/orte.json).
 *
 * Data: src/geo/data/plz-niedersachsen.csv, a copy of the table `osm_id, ags, ort, plz,
 * landkreis, bundesland` (one row per Gemeinde and postcode: every Gemeinde of Lower Saxony, plus
 * the rows of other Länder sharing one of its postcodes). Source: OpenStreetMap data as exported
 * by suche-postleitzahl.org, September 2023. Licence: Open Database License (ODbL) 1.0,
 * © OpenStreetMap-Mitwirkende (https://www.openstreetmap.org/copyright); every page and file
 * that shows data derived from it names that (see `osmAttribution`).
 *
 * A postcode or name may belong to several Kreise (27726, 29640) or Länder (19273, 34355):
 * lookups return every one, never a guess.
 */
import { germanKey } from '../text/german-key.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Region } from '../schema/index.ts';

/** Relative to the project root (the build also runs bundled, scripts/run.mjs). */
export const POSTCODE_CSV = 'src/geo/data/plz-niedersachsen.csv';

export const osmAttribution = {
  text: '© OpenStreetMap-Mitwirkende, ODbL',
  href: 'https://www.openstreetmap.org/copyright',
} as const;

/** One row of the CSV. `ags`: 8-digit Gemeinde key; `landkreis` empty for kreisfreie Städte. */
export interface PostcodeRow {
  ags: string;
  ort: string;
  plz: string;
  landkreis: string;
  bundesland: string;
}

/** A Gemeinde outside Lower Saxony that shares a postcode with it. */
export interface ForeignPlace {
  name: string;
  /** Bundesland, e.g. "Hessen". */
  land: string;
}

/** What one postcode or one place name leads to. */
export interface Match {
  /** Postcode ("29221") or place slug ("bad-fallingbostel"): the URL segment. */
  key: string;
  /** As shown: the postcode or the place's name ("Bad Fallingbostel"). */
  name: string;
  /** Region ids in Lower Saxony, alphabetical by label; may be several. */
  regions: string[];
  /** Gemeinden in Lower Saxony with this postcode, per region id (postcodes only). */
  places: Record<string, string[]>;
  /** Gemeinden of other Länder with this postcode or name. */
  foreign: ForeignPlace[];
}

export interface GeoLookup {
  postcodes: Map<string, Match>;
  /** By slug of the name (umlauts spelled out, brackets dropped: "Wennigsen (Deister)" → "wennigsen"). */
  places: Map<string, Match>;
  /** Other spellings (slug with brackets, "stadt-oldenburg-oldb") → the slug in `places`. */
  aliases: Map<string, string>;
}

/**
 * The normalised form of a name or an input, used as slug and for matching (src/text/german-key.ts):
 * "Göttingen" and "Goettingen" give the same key. The browser script does the same
 * (src/client/help-finder.js; test/text/german-key.test.ts holds them equal).
 */
export function placeKey(text: string): string {
  return germanKey(text);
}

/** "Wennigsen (Deister)" → "Wennigsen"; "Oldenburg (Stadt)" → "Oldenburg". */
export function withoutBrackets(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

let rowsCache: { file: string; rows: PostcodeRow[] } | undefined;

/** The CSV's rows. Throws with the file name if the file is missing or not the expected table. */
export function readPostcodeRows(file = path.resolve(POSTCODE_CSV)): PostcodeRow[] {
  if (rowsCache?.file === file) return rowsCache.rows;
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const rows = records.map((record, index) => {
    const { ags, ort, plz, landkreis, bundesland } = record;
    if (!ags || !/^\d{8}$/.test(ags) || !ort || !plz || !/^\d{5}$/.test(plz) || !bundesland) {
      throw new Error(`${file}: Zeile ${index + 2} ist keine gültige Zeile (ags, ort, plz, landkreis, bundesland).`);
    }
    return { ags, ort, plz, landkreis: landkreis ?? '', bundesland };
  });
  rowsCache = { file, rows };
  return rows;
}

const collator = new Intl.Collator('de');
const cache = new WeakMap<readonly Region[], GeoLookup>();

/**
 * Builds the lookups for the given regions (the content graph's `regions`). A Lower Saxony row
 * whose Kreis is not among them is left out (session 17: taking a Kreis out of regions.yml passed
 * validation and stopped the build with "gehört zu keinem Kreis").
 * Besides the Gemeinden, the Kreise themselves are places: "Oldenburg" finds the Stadt (a
 * Gemeinde and a Kreis) and the Landkreis Oldenburg; "Heidekreis" and "Landkreis Celle" work.
 */
export function geoLookup(regions: readonly Region[], rows: readonly PostcodeRow[] = readPostcodeRows()): GeoLookup {
  const cached = cache.get(regions);
  if (cached) return cached;
  const byAgs = new Map(regions.filter((r) => r.ags.length === 5).map((r) => [r.ags, r]));
  const label = (id: string) => regions.find((r) => r.id === id)?.label ?? id;
  const postcodes = new Map<string, Match>();
  const places = new Map<string, Match>();
  const aliases = new Map<string, string>();
  const entry = (map: Map<string, Match>, key: string, name: string) => {
    let match = map.get(key);
    if (!match) map.set(key, (match = { key, name, regions: [], places: {}, foreign: [] }));
    return match;
  };
  const addRegion = (match: Match, id: string) => match.regions.includes(id) || match.regions.push(id);
  const addForeign = (match: Match, place: ForeignPlace) => match.foreign.some((f) => f.name === place.name && f.land === place.land) || match.foreign.push(place);
  const addPlace = (name: string, region: Region | undefined, foreign?: ForeignPlace) => {
    const key = placeKey(withoutBrackets(name));
    if (!key) return;
    const full = placeKey(name);
    if (full !== key) aliases.set(full, key);
    const match = entry(places, key, withoutBrackets(name));
    if (region) addRegion(match, region.id);
    if (foreign) addForeign(match, foreign);
  };

  for (const row of rows) {
    const plz = entry(postcodes, row.plz, row.plz);
    if (row.bundesland !== 'Niedersachsen') {
      const foreign = { name: row.ort, land: row.bundesland };
      addForeign(plz, foreign);
      addPlace(row.ort, undefined, foreign);
      continue;
    }
    const region = byAgs.get(row.ags.slice(0, 5));
    // A Kreis taken out of regions.yml has no help page to lead to: its places are left out, as the
    // map leaves out its shape (./map.ts), so no edit to regions.yml can stop the build here.
    if (!region) continue;
    addRegion(plz, region.id);
    const names = (plz.places[region.id] ??= []);
    if (!names.includes(row.ort)) names.push(row.ort);
    addPlace(row.ort, region);
  }
  for (const region of byAgs.values()) {
    for (const name of new Set([region.label, region.short])) addPlace(name, region);
  }
  for (const match of [...postcodes.values(), ...places.values()]) {
    match.regions.sort((a, b) => collator.compare(label(a), label(b)));
    for (const names of Object.values(match.places)) names.sort(collator.compare);
  }
  for (const [alias] of aliases) if (places.has(alias)) aliases.delete(alias);
  const lookup = { postcodes, places, aliases };
  cache.set(regions, lookup);
  return lookup;
}

/** What an input typed into "Postleitzahl oder Ort" is. */
export type Resolution =
  | { kind: 'postcode'; match: Match }
  | { kind: 'place'; match: Match }
  /** Five digits that are no postcode of Lower Saxony. */
  | { kind: 'outside'; postcode: string }
  | { kind: 'unknown' }
  | { kind: 'empty' };

export function resolveInput(lookup: GeoLookup, input: string): Resolution {
  const text = input.trim();
  if (!text) return { kind: 'empty' };
  if (/^\d{5}$/.test(text)) {
    const match = lookup.postcodes.get(text);
    return match ? { kind: 'postcode', match } : { kind: 'outside', postcode: text };
  }
  const key = placeKey(text);
  const match = lookup.places.get(lookup.aliases.get(key) ?? key);
  return match ? { kind: 'place', match } : { kind: 'unknown' };
}
