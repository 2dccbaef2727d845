/**
 * The map of the 45 Kreise and kreisfreie Städte, drawn at build time: one SVG path per Kreis in
 * a fixed viewBox, no tiles, no JavaScript.
 *
 * Data: src/geo/data/kreise-niedersachsen.geojson, a copy of the BKG's VG5000 (Verwaltungsgebiete
 * 1:5 000 000, state 01.01.2021; properties ARS = 5-digit Kreis key as `ags` in regions.yml,
 * GEN = name). Licence: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0);
 * simplified and projected here, so shown with "© GeoBasis-DE / BKG 2021 (Daten verändert)"
 * linked to https://www.bkg.bund.de (`bkgAttribution`).
 *
 * Simplification: topojson-server builds a topology (shared borders stay shared, so neighbours
 * never gap or overlap after simplifying), topojson-simplify drops the points of least visual
 * weight (Visvalingam), topojson-client turns it back into features; d3-geo projects them with a
 * transverse Mercator on 9° E (the meridian of UTM zone 32, the official grid for Lower Saxony)
 * and writes the path data rounded to whole units.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { Region } from '../schema/index.ts';

export const KREISE_GEOJSON = 'src/geo/data/kreise-niedersachsen.geojson';

export const bkgAttribution = {
  text: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
  href: 'https://www.bkg.bund.de',
} as const;

type KreisFeature = Feature<Polygon | MultiPolygon, { ARS: string; GEN: string }>;

export interface MapShape {
  region: Region;
  /** SVG path data in viewBox units. */
  d: string;
  /** Where the name label goes (the shape's centroid), in viewBox units. */
  label: [number, number];
}

export interface KreiseMap {
  width: number;
  height: number;
  /** Landkreise first, then the kreisfreie Städte, which lie inside them and must stay on top. */
  shapes: MapShape[];
}

/** Width of the viewBox; the height follows the state's shape. */
const WIDTH = 600;
/** Quantile of visual weight to keep: about 40 % of the 2,800 points, some 11 KB of path data. */
const KEEP = 0.35;

const cache = new WeakMap<readonly Region[], KreiseMap>();

/**
 * The map for the given regions (the graph's `regions`). Throws if a Kreis of the GeoJSON has no
 * region with its AGS, or a Kreis or kreisfreie Stadt of regions.yml has no shape.
 */
export function kreiseMap(regions: readonly Region[], file = path.resolve(KREISE_GEOJSON)): KreiseMap {
  const cached = cache.get(regions);
  if (cached) return cached;
  const source = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { ARS: string; GEN: string }>;
  const topo = presimplify(topology({ kreise: source }, 1e5) as never);
  const simplified = simplify(topo, quantile(topo, KEEP));
  const features = (feature(simplified, simplified.objects.kreise as never) as unknown as FeatureCollection<Polygon | MultiPolygon, { ARS: string; GEN: string }>).features as KreisFeature[];
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const probe = geoTransverseMercator().rotate([-9, 0]).fitWidth(WIDTH, collection);
  const [[, y0], [, y1]] = geoPath(probe).bounds(collection);
  const height = Math.ceil(y1 - y0);
  const projection = geoTransverseMercator().rotate([-9, 0]).fitSize([WIDTH, height], collection);
  const draw = geoPath(projection).digits(0);
  const byAgs = new Map(regions.map((r) => [r.ags, r]));
  // The map draws the Kreise of regions.yml that have a shape: a region added to the vocabulary
  // before the boundary data know it is still on the list beside the map (the primary way), and
  // a shape whose Kreis is not in the vocabulary is left out, so no edit to regions.yml can stop
  // the build here.
  const shapes = features.flatMap((f) => {
    const region = byAgs.get(f.properties.ARS);
    if (!region) return [];
    const [x, y] = draw.centroid(f);
    return [{ region, d: draw(f) ?? '', label: [Math.round(x), Math.round(y)] as [number, number] }];
  });
  shapes.sort((a, b) => Number(a.region.kind === 'kreisfreie-stadt') - Number(b.region.kind === 'kreisfreie-stadt') || a.region.ags.localeCompare(b.region.ags));
  const map = { width: WIDTH, height, shapes };
  cache.set(regions, map);
  return map;
}
