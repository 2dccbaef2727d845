/**
 * A position written into a URL: a latitude and longitude in Germany's range in the path, query
 * or fragment, in any of the usual encodings — `?lat=52.62&lon=10.08`, `?ll=52.62,10.08`,
 * `/@52.62,10.08,15z`, `#map=16/52.62/10.08`, `/52.62/10.08`, `!3d52.62!4d10.08`, longitude first
 * (`10.08,52.62`), or degrees and minutes with hemispheres (`params=52_37_N_10_4_E`,
 * `52_37_12_N_10_4_48_E`, `N52.62_E10.08`, and as read without underscores `5237N104E`). Whatever the host: a link that opens a map at a
 * point is that point. Used by ./place-links.ts for every URL the shelter guard reads.
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
  for (const match of rest.matchAll(DMS)) {
    const [, latBefore, lat, latAfter, lonBefore, lon, lonAfter] = match;
    // Both hemispheres must be named, before or after their number: "52_37_N_10_4_E", "N52 E10".
    if (!(latBefore ?? latAfter) || !(lonBefore ?? lonAfter)) continue;
    if (isLatitude(Number(lat)) && isLongitude(Number(lon))) return match[0];
  }
  for (const match of rest.matchAll(DMS_COMPACT)) {
    const degrees = match[2]!;
    // "104" is 10° 4′: the longitude's degrees are its first two digits when they are in range, else its first.
    const lon = isLongitude(Number(degrees.slice(0, 2))) ? Number(degrees.slice(0, 2)) : Number(degrees.slice(0, 1));
    if (isLatitude(Number(match[1])) && isLongitude(lon)) return match[0];
  }
  return undefined;
}
