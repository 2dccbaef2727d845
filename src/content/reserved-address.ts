/**
 * Content on an address the site publishes itself (/suche/, /kontakte/a-z/, /daten/ …) would
 * overwrite it or be dropped, so validation refuses it. Which addresses those are is known only
 * above this layer (the page registry, the exports, the site's folders): the outputs pass them in
 * (`LoadOptions.reserved`, from src/site/reserved.ts `reservedUrls()`).
 */
import { contentTypes, type ContentType } from '../schema/index.ts';
import { fileProblem } from './parse.ts';
import type { Problem } from './problems.ts';

/**
 * The fixed address a page at `url` (a folder URL such as /suche/ or /kontakte/a-z/) would
 * collide with among `reserved` (site-relative URLs): the same address, or one the site writes
 * inside that folder (/daten/ holds /daten/kontakte.json), or a beginning written with `*`
 * (`/admin*`: /admin-info/ too). Undefined when the address is free.
 */
export function collidingAddress(url: string, reserved: readonly string[]): string | undefined {
  return (
    reserved.find((fixed) => fixed === url) ??
    reserved.find((fixed) => !fixed.endsWith('*') && fixed.startsWith(url)) ??
    // "/admin*": every address that starts so (Netlify gives it the folder's headers).
    reserved.find((fixed) => fixed.endsWith('*') && url.startsWith(fixed.slice(0, -1)))
  );
}

/** The error for a content file `<type>/<slug>.md` whose address is reserved; none when it is free. */
export function reservedAddressProblems(type: ContentType, slug: string, file: string, reserved: readonly string[]): Problem[] {
  if (!reserved.length) return [];
  const url = type === 'pages' ? `/${slug}/` : `${contentTypes[type].path}${slug}/`;
  const taken = collidingAddress(url, reserved);
  if (taken === undefined) return [];
  const where = type === 'pages' ? '/' : contentTypes[type].path;
  // A name that is free itself ("admin-info" starts like /admin too).
  const free = [`${slug}-info`, `info-${slug}`, `seite-${slug}`].find((name) => collidingAddress(`${where}${name}/`, reserved) === undefined) ?? `${slug}-info`;
  const message = taken.endsWith('*')
    ? `Die Adresse ${url} ist reserviert: Adressen, die mit ${taken.slice(0, -1)} beginnen, bekommen auf dem Server die Einstellungen des Ordners ${taken.slice(0, -1)}/; der Dateiname „${slug}.md“ ist hier nicht erlaubt.`
    : `Die Adresse ${url} ist reserviert: die Website veröffentlicht dort selbst ${taken === url ? 'eine feste Seite oder einen Ordner' : taken}; der Dateiname „${slug}.md“ ist hier nicht erlaubt.`;
  return [fileProblem(file, message, `einen anderen Dateinamen wählen, z. B. ${free}.md`, 'reserved-address')];
}
