/**
 * A position written into a URL: a latitude and longitude in Germany's range in the path, query
 * or fragment, in any of the usual encodings — `?lat=52.62&lon=10.08`, `?ll=52.62,10.08`,
 * `/@52.62,10.08,15z`, `#map=16/52.62/10.08`, `/52.62/10.08`, `!3d52.62!4d10.08`, longitude first
 * (`10.08,52.62`), or degrees and minutes with hemispheres (`params=52_37_N_10_4_E`,
 * `52_37_12_N_10_4_48_E`, `N52.62_E10.08`, and as read without underscores `5237N104E`). Whatever the host: a link that opens a map at a
 * point is that point. Used by ./place-links.ts for every URL the shelter guard reads.
 *
 * Also metres of a projected grid under their axes' keys (`x=1122345&y=6903456`) and map tiles of zoom
 * 12 or more (`/18/138411/85866.png`), within Germany.
 *
 * Two decimals of at least two places each (about a kilometre), one a latitude of 47–56, the
 * other a longitude of 5–16, at most 40 characters apart. Ids and page numbers (`?id=52&page=10`),
 * versions (`1.5.10`) and dates carry no such pair. Linear: bounded patterns, one pass.
 */

/** A decimal of 2+ places, not inside a longer dotted number ("1.5.10") or a longer number. */
const DECIMAL = /(?<![0-9.])(\d{1,3})\.(\d{2,15})(?![0-9]|\.[0-9])/g;
/**
 * Degrees (and minutes, seconds) with hemisphere letters: "52_37_N_10_4_E", "52_37_12.5_N_10_4_48_E",
 * "N_52_37_E_10_4", "52N10E" — separators `_`, `:`, `/`, `,`, `;`, space, degree and minute signs.
 */
const DMS = /(?<![0-9A-Za-z])(?:([NS])[_ :/,;°'"]{0,3})?(\d{1,2}(?:\.\d{1,12})?)(?:[_ :/°'"]{1,3}\d{1,2}(?:\.\d{1,12})?){0,2}[_ :/,;°'"]{0,3}([NS])?[_ :/,;°'"]{0,3}(?:([EOW])[_ :/,;°'"]{0,3})?(\d{1,3}(?:\.\d{1,12})?)(?:[_ :/°'"]{1,3}\d{1,2}(?:\.\d{1,12})?){0,2}[_ :/,;°'"]{0,3}([EOW])?(?![A-Za-z])/g;

/**
 * The same with the separators dropped, as a reader sees `52_37_N_10_4_E` once underscores (emphasis
 * marks) are gone: "5237N104E", "523712N10448E", "470N60E" (47° 0′ N 6° 0′ E): the first two digits
 * are the latitude's degrees, the longitude's are its first two when they are in range, else its first.
 */
const DMS_COMPACT = /(?<![0-9A-Za-z])(\d{2})\d{1,6}(?:\.\d{1,12})?[NS](\d{1,3})\d{0,6}(?:\.\d{1,12})?[EOW]/g;

/** Two decimals with commas joined by "~", "_", ";", "|" or "*": "52,6234~10,0812". */
const COMMA_PAIR = /(?<![0-9,])(\d{1,3}),(\d{2,15})[~_;|*](\d{1,3}),(\d{2,15})(?![0-9]|,[0-9])/g;

/** Germany's latitudes and longitudes, with a margin (as ./location-finder.ts). */
const isLatitude = (value: number) => value >= 47 && value <= 56;
const isLongitude = (value: number) => value >= 5 && value <= 16;

/** The part of `url` after its host (path, query, fragment); the whole text when it has no scheme or host. */
function afterHost(url: string): string {
  const scheme = url.indexOf('://');
  const from = scheme >= 0 ? scheme + 3 : 0;
  let end = from;
  while (end < url.length && !'/?#'.includes(url[end]!)) end++;
  return url.slice(end);
}

/**
 * The position `url` (a URL as found in a text, decoded) names, as written ("lat=52.62&lon=10.08"),
 * or undefined.
 */
export function positionInUrl(url: string): string | undefined {
  const rest = afterHost(url);
  // Every encoding needs two numbers: most links have fewer digits than that.
  if (!/\d[^]{0,60}\d/.test(rest.slice(0, 4000))) return undefined;
  let previous: { value: number; end: number; start: number } | undefined;
  for (const match of rest.matchAll(DECIMAL)) {
    const value = Number(`${match[1]}.${match[2]}`);
    if (previous && match.index - previous.end <= 40) {
      const a = previous.value;
      if ((isLatitude(a) && isLongitude(value)) || (isLongitude(a) && isLatitude(value))) return rest.slice(previous.start, match.index + match[0].length);
    }
    previous = { value, end: match.index + match[0].length, start: match.index };
  }
  // Decimal commas, the pair joined by a sign that is no decimal mark: "ll=52,6234~10,0812" (session 18).
  for (const match of rest.matchAll(COMMA_PAIR)) {
    const [a, b] = [Number(`${match[1]}.${match[2]}`), Number(`${match[3]}.${match[4]}`)];
    if ((isLatitude(a) && isLongitude(b)) || (isLongitude(a) && isLatitude(b))) return match[0];
  }
  for (const match of rest.matchAll(DMS)) {
    const [, latBefore, lat, latAfter, lonBefore, lon, lonAfter] = match;
    // Both hemispheres must be named, before or after their number: "52_37_N_10_4_E", "N52 E10".
    if (!(latBefore ?? latAfter) || !(lonBefore ?? lonAfter)) continue;
    if (isLatitude(Number(lat)) && isLongitude(Number(lon))) return match[0];
  }
  for (const match of rest.matchAll(DMS_COMPACT)) {
    const degrees = match[2]!;
    // "104" is 10° 4′: the longitude's degrees are its first two digits when they are in range, else its first;
    // "010" is 10° written with three digits, as aviation does ("523724N0100452E": outside tester, session 18).
    const lon = degrees.length === 3 && degrees.startsWith('0') ? Number(degrees) : isLongitude(Number(degrees.slice(0, 2))) ? Number(degrees.slice(0, 2)) : Number(degrees.slice(0, 1));
    if (isLatitude(Number(match[1])) && isLongitude(lon)) return match[0];
  }
  return projectedPosition(rest) ?? tilePosition(rest) ?? scaledPosition(rest) ?? lettersPosition(rest);
}

/** Whole numbers scaled to millionths or ten-millionths of a degree under latitude and longitude keys (`latE6=52623400&lonE6=10081200`; session 18). */
const SCALED = /(?:^|[?&#;])((?:lat|lon|lng)[a-z0-9_]*)=(-?\d{7,10})(?=[&#;]|$)/gi;
function scaledPosition(rest: string): string | undefined {
  let lat: string | undefined;
  let lon: string | undefined;
  for (const match of rest.slice(0, 4000).matchAll(SCALED)) {
    if (/^lat/i.test(match[1]!)) lat ??= match[2];
    else lon ??= match[2];
  }
  if (lat === undefined || lon === undefined) return undefined;
  const scales = [1e6, 1e7];
  return scales.some((a) => scales.some((b) => isLatitude(Number(lat) / a) && isLongitude(Number(lon) / b))) ? `${lat} ${lon}` : undefined;
}

/** Degrees, minutes and seconds written with letters: `52d37m24sN10d4m52sE` (session 18). */
const DMS_LETTERS = /(\d{1,2})d(\d{1,2})m(?:\d{1,2}(?:\.\d+)?s?)?([NS])(\d{1,3})d(\d{1,2})m(?:\d{1,2}(?:\.\d+)?s?)?([EOW])/i;
function lettersPosition(rest: string): string | undefined {
  const match = DMS_LETTERS.exec(rest.slice(0, 4000));
  return match && isLatitude(Number(match[1])) && isLongitude(Number(match[4])) ? match[0] : undefined;
}

/**
 * Metres of a projected grid under keys that name its axes (`?srs=3857&x=1122345.5&y=6903456.5`,
 * `?e=…&n=…`): Web Mercator (EPSG:3857) or UTM zone 32/33 (EPSG:25832/25833) within Germany
 * (outside tester, session 18). IDs carry no such keys.
 */
const PROJECTED = /(?:^|[?&#;/])(x|e|mx|easting|rechtswert|y|n|my|northing|hochwert)=(-?\d{6,7}(?:\.\d{1,6})?)(?![\d.])/gi;
/** A box of projected metres: `bbox=1122334,6901234,1122434,6901334` (its first corner is judged). */
const PROJECTED_BOX = /(?:^|[?&#;])bbox=(-?\d{6,7}(?:\.\d{1,6})?)(?:,|%2C)(-?\d{6,7}(?:\.\d{1,6})?)/i;
function projectedPosition(rest: string): string | undefined {
  if (!/=\d{6}/.test(rest)) return undefined;
  let east: number | undefined;
  let north: number | undefined;
  for (const match of rest.slice(0, 4000).matchAll(PROJECTED)) {
    const axis = match[1]!.toLowerCase();
    if (['x', 'e', 'mx', 'easting', 'rechtswert'].includes(axis)) east ??= Number(match[2]);
    else north ??= Number(match[2]);
  }
  const box = PROJECTED_BOX.exec(rest);
  if ((east === undefined || north === undefined) && box) [east, north] = [Number(box[1]), Number(box[2])];
  if (east === undefined || north === undefined) return undefined;
  const mercator = east >= 550_000 && east <= 1_700_000 && north >= 5_950_000 && north <= 7_450_000;
  const utm = east >= 250_000 && east <= 950_000 && north >= 5_200_000 && north <= 6_120_000;
  return mercator || utm ? `${east} ${north}` : undefined;
}

/** A map tile as query values: `?z=15&x=17300&y=10761`. */
const TILE_QUERY = /(?:^|[?&#;])(z|zoom|x|y)=(\d{1,7})(?=[&#;]|$)/gi;
/** A map tile of zoom 12 or more (`/18/138411/85866.png`, about 150 m at 18): its x and y give a place. Germany's tiles only. */
const TILE = /\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})(?:@\dx)?\.(?:png|jpe?g|webp|pbf|mvt|avif)(?![\p{L}\p{N}])/giu;
function tilePosition(rest: string): string | undefined {
  const inGermany = (zoom: number, x: number, y: number) => {
    if (zoom < 12 || zoom > 22) return false;
    const size = 2 ** zoom;
    const lon = (x / size) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
    return isLatitude(lat) && isLongitude(lon);
  };
  const head = rest.slice(0, 4000);
  for (const match of head.matchAll(TILE)) if (inGermany(Number(match[1]), Number(match[2]), Number(match[3]))) return match[0];
  const values = new Map<string, number>();
  for (const match of head.matchAll(TILE_QUERY)) values.set(match[1]!.toLowerCase().replace('zoom', 'z'), Number(match[2]));
  const [z, x, y] = [values.get('z'), values.get('x'), values.get('y')];
  return z !== undefined && x !== undefined && y !== undefined && inGermany(z, x, y) ? `z=${z}&x=${x}&y=${y}` : undefined;
}
