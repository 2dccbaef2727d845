/**
 * The one German key of a name or an input: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents
 * and compatibility forms dropped (NFKD), every run of other characters one hyphen, no hyphen at
 * either end. "Göttingen" and "Goettingen" give "goettingen". Used for place slugs and matching
 * (src/geo/postcodes.ts placeKey; bundled into the browser's src/client/help-finder.js by
 * src/site/assets/client-scripts.ts, so the finder matches as the build does) and for
 * organization keys, which fix HSDS organization UUIDs (src/exports/hsds.ts nameKey): changing
 * it changes published ids.
 */
export function germanKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
