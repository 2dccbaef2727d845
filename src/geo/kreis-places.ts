/**
 * Gemeinden and postcodes per Kreis, for the search documents of the help pages (/hilfe/<kreis>/):
 * someone in danger knows their town or postcode, rarely their Kreis.
 *
 * Source: src/geo/data/plz-niedersachsen.csv (columns osm_id, ags, ort, plz, landkreis,
 * bundesland; one row per Gemeinde and postcode), OpenStreetMap data as exported by
 * suche-postleitzahl.org, September 2023. Licence: ODbL 1.0, © OpenStreetMap-Mitwirkende
 * (src/geo/data/README.md). The first five digits of the 8-digit Gemeinde key (AGS) are the
 * Kreis key of content/vocabularies/regions.yml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Region } from '../schema/index.ts';

/** The places of one Kreis: Gemeinde names and postcodes, each sorted and unique. */
export interface KreisPlaces {
  towns: string[];
  postcodes: string[];
}

interface PlzRow {
  ags: string;
  ort: string;
  plz: string;
  bundesland: string;
}

export const PLZ_CSV = path.join('src', 'geo', 'data', 'plz-niedersachsen.csv');

const collator = new Intl.Collator('de');

/**
 * Kreis key (5-digit AGS, e.g. "03351") → its Gemeinden and postcodes, from the CSV text.
 * Rows of other Länder (border postcodes) are left out: they belong to no Kreis here.
 * Throws (German message) when a required column is missing.
 */
export function placesByKreisKey(csv: string): Map<string, KreisPlaces> {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as PlzRow[];
  const sets = new Map<string, { towns: Set<string>; postcodes: Set<string> }>();
  for (const row of rows) {
    if (row.ags === undefined || row.ort === undefined || row.plz === undefined) throw new Error(`${PLZ_CSV}: Spalten ags, ort und plz werden gebraucht`);
    if (row.bundesland !== 'Niedersachsen' || !/^03\d{6}$/.test(row.ags)) continue;
    const key = row.ags.slice(0, 5);
    let entry = sets.get(key);
    if (!entry) sets.set(key, (entry = { towns: new Set(), postcodes: new Set() }));
    entry.towns.add(row.ort);
    entry.postcodes.add(row.plz);
  }
  return new Map([...sets].map(([key, { towns, postcodes }]) => [key, { towns: [...towns].sort(collator.compare), postcodes: [...postcodes].sort() }]));
}

let cached: Map<string, KreisPlaces> | undefined;

/** The places of a region (matched by its AGS); empty for the Land and for unknown keys. Reads the CSV once. */
export function kreisPlaces(region: Pick<Region, 'ags'>, root = process.cwd()): KreisPlaces {
  cached ??= placesByKreisKey(readFileSync(path.join(root, PLZ_CSV), 'utf8'));
  return cached.get(region.ags) ?? { towns: [], postcodes: [] };
}
