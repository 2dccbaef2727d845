/**
 * A link in a text to a page of this site that the site does not publish: the visitor would land
 * on the "Seite nicht gefunden" page, perhaps while looking for help in a hurry. Such a link is
 * refused with the file and line where it stands, like every other problem of a text, instead
 * of surfacing only as a failed link test in CI. Which addresses exist is known only from the
 * page list (`allPages`) and the exports, so the check runs here, beside the address-collision
 * check (./url-collisions.ts), on every validation, build and preview.
 *
 * A link written with the site's own address (https://www.gewaltschutz-netz-niedersachsen.de/…,
 * `site.url`) counts as a link within the site. Links to other sites, mail and phone are judged
 * elsewhere (../content/body-links.ts); a link to a folder the build fills with files of its
 * own (/assets/, /pagefind/, /admin/) is not checked file by file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allPages } from '../../_includes/pages/index.ts';
import type { ContentGraph } from '../content/index.ts';
import { safeDecode } from '../content/body-links.ts';
import { parseBody } from '../content/body-tokens.ts';
import { displayPath } from '../content/content-reader.ts';
import type { Problem } from '../content/problems.ts';
import { closestMatch } from '../content/suggest.ts';
import { contentTypes, type ContentType } from '../schema/index.ts';
import { exportPaths, neutralVcardPath, vcardPath } from '../exports/public.ts';
import { FINDER_JSON } from '../geo/finder-data.ts';
import { hasNeutralVcard } from '../exports/vcard.ts';
import { footerNav, mainNav, site, sitePaths } from '../text/site.ts';
import { germanSlug } from '../text/slug.ts';

/** A text the site publishes: its page's address, its file as shown in reports, its Markdown body. */
interface LinkingText {
  url: string;
  file: string;
  body: string;
}

/** A web address written without https:// ("www.beispiel.de/seite"): a link to another site meant. */
const WEB_ADDRESS = /^(?:www\.[^/\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|com|org|net|eu|info))(?:[/?#]|$)/i;

/** The site's host as written in a text ("www.gewaltschutz-netz-niedersachsen.de"), lower case. */
const siteHost = site.url.replace(/^https?:\/\//i, '').toLowerCase();

/** The origin links are resolved against: never a real site, only the path is read. */
const BASE = 'https://gsn.invalid';

/**
 * Errors for every link in a body of `graph` (entries, content pages, translated pages) whose
 * target on this site is no published page, export, vCard or material file. Relative links are
 * resolved against the linking page's address, as the browser does; `#…` and `?…` are ignored;
 * `/kontakte` stands for `/kontakte/` and `…/index.html` for its folder, as the server answers.
 * Each error names the file and the line of the link (the file is read again only then) and
 * suggests the nearest existing address. Empty when every link leads somewhere.
 *
 * `contentRoot` (absolute) and `earlier` (the load's problems): a link to an entry missing from
 * the graph because its file, its file name or its folder has errors adds no error of its own
 * (those are reported, and the link is checked again once they are fixed); a link to a draft
 * says that drafts are not published.
 */
export function internalLinkProblems(graph: ContentGraph, contentRoot: string, earlier: readonly Problem[] = [], context: LinkSite = linkSite(graph, earlier)): Problem[] {
  const problems: Problem[] = [];
  const { known, errorFiles } = context;
  // A language whose translation files have errors is not published; links into it wait for those to be fixed.
  const translations = displayPath(path.join(contentRoot, 'translations'));
  const held = new Set(errorFiles.filter((file) => file.startsWith(`${translations}/`)).map((file) => `/${file.slice(translations.length + 1).split('/')[0]}/`));
  for (const text of linkingTexts(graph)) {
    // Only a body with a link in Markdown form or the site's own address written out can link
    // within the site (HTML is refused elsewhere; markdown-it makes a link of a bare address).
    if (!/\]\s*[(:]/.test(text.body) && !text.body.toLowerCase().includes(siteHost)) continue;
    const broken = new Map<string, string>();
    for (const href of internalTargets(text.body)) {
      const target = resolvedPath(href, text.url);
      if (target === undefined || broken.has(href) || known.has(target) || [...held].some((folder) => target.startsWith(folder))) continue;
      broken.set(href, target);
    }
    if (!broken.size) continue;
    const lines = fileLines(text.file);
    for (const [href, target] of broken) {
      const written = safeDecode(href);
      const source = missingEntry(target, contentRoot, errorFiles);
      if (source?.reason === 'errors') continue;
      const line = lineOfLink(lines, href);
      if (source?.reason === 'draft') {
        problems.push({
          severity: 'error',
          file: text.file,
          line,
          field: '(Text)',
          message: `Der Link „${shorten(written)}“ führt zu einem Entwurf (${source.file}), der nicht veröffentlicht wird`,
          suggestion: `den Entwurf veröffentlichen (in ${source.file} „draft: true“ entfernen) oder den Link entfernen`,
          rule: 'broken-internal-link',
        });
        continue;
      }
      const rooted = resolvedPath(`/${href.replace(/^(?:\.\.?\/)+/, '')}`, '/');
      const meant = !href.startsWith('/') && rooted !== undefined && known.has(rooted) ? rooted : known.nearest(target);
      // "www.beispiel.de" without https:// is read by every browser as a path on this site.
      const web = WEB_ADDRESS.test(written) ? `https://${written}` : undefined;
      problems.push({
        severity: 'error',
        file: text.file,
        line,
        field: '(Text)',
        message:
          written === target
            ? `Der Link „${shorten(written)}“ führt zu keiner Seite dieser Website`
            : `Der Link „${shorten(written)}“ führt zu ${shorten(target)}, einer Adresse, die es auf dieser Website nicht gibt`,
        suggestion:
          web !== undefined
            ? `eine Adresse einer anderen Website mit https:// schreiben: ${shorten(web)}`
            : meant === undefined
              ? 'die Adresse einer bestehenden Seite eintragen (sie steht in der Adresszeile des Browsers, ab dem / nach dem Namen der Website) oder den Link entfernen'
              : !href.startsWith('/') && meant === rooted
                ? `den Link mit / beginnen: ${meant}`
                : `die Adresse prüfen; gemeint ist vielleicht ${meant}`,
        rule: 'broken-internal-link',
      });
    }
  }
  return problems;
}

/**
 * Errors for every page the site's own navigation links to on every page (`mainNav`,
 * `footerNav`: Impressum, Datenschutz, Barrierefreiheit, Über uns …) that the content does not
 * make: a content page renamed or deleted would leave thousands of dead links, the legally
 * required pages among them. Each error is on the content file that would make the page (as
 * shown in reports, line 1), with the link's label. A page whose file has errors adds nothing
 * (its own are reported); a draft is named as such. `contentRoot` and `earlier` as for
 * internalLinkProblems.
 */
export function navigationPageProblems(graph: ContentGraph, contentRoot: string, earlier: readonly Problem[] = [], context: LinkSite = linkSite(graph, earlier)): Problem[] {
  const { known, errorFiles } = context;
  const problems: Problem[] = [];
  for (const { href, label } of [...mainNav, ...footerNav]) {
    if (known.has(href)) continue;
    const source = missingEntry(href, contentRoot, errorFiles);
    if (source?.reason === 'errors') continue;
    const file = source?.file ?? displayPath(path.join(contentRoot, 'pages', `${href.replace(/^\/|\/$/g, '')}.md`));
    problems.push({
      severity: 'error',
      file,
      line: 1,
      field: '',
      message:
        source?.reason === 'draft'
          ? `Die Seite ${href} („${label}“) ist ein Entwurf; jede Seite der Website verlinkt sie in der Navigation`
          : `Die Seite ${href} („${label}“) fehlt; jede Seite der Website verlinkt sie in der Navigation`,
      suggestion: source?.reason === 'draft' ? `in ${file} „draft: true“ entfernen` : `die Datei ${file} wieder anlegen (umbenannt oder gelöscht? mit dem alten Namen wiederherstellen)`,
      rule: 'navigation-page-missing',
    });
  }
  return problems;
}

/**
 * Why the entry at `target` (/kontakte/x/ → content/contacts/x.md) is not in the graph, when a
 * content file would make it: `errors` when that file, a file whose name reads as that slug
 * ("Frauenhaus-X.md", "x.md.txt") or its folder has errors (`errorFiles`, as shown in reports),
 * `draft` when the file is a draft. Undefined when no content file explains it.
 */
function missingEntry(target: string, contentRoot: string, errorFiles: readonly string[]): { reason: 'errors' | 'draft'; file: string } | undefined {
  const match = /^\/(?:([^/]+)\/)?([^/]+)\/?$/.exec(target);
  if (!match) return undefined;
  const [, folder, slug] = match;
  const type = (Object.keys(contentTypes) as ContentType[]).find((name) => contentTypes[name].path === (folder === undefined ? '/' : `/${folder}/`));
  if (type === undefined) return undefined;
  const abs = path.join(contentRoot, type, `${slug}.md`);
  const file = displayPath(abs);
  const shownFolder = displayPath(path.join(contentRoot, type));
  const explains = (shown: string) =>
    shown === file ||
    // the folder, or a folder above it (a refused link or folder)
    `${shownFolder}/`.startsWith(`${shown}/`) ||
    (shown.startsWith(`${shownFolder}/`) && !shown.slice(shownFolder.length + 1).includes('/') && germanSlug(shown.slice(shownFolder.length + 1).replace(/\..*$/s, '')) === slug);
  if (errorFiles.some(explains)) return { reason: 'errors', file };
  try {
    const text = readFileSync(abs, 'utf8');
    if (/^draft:\s*(?:true|yes|ja)\s*(?:#.*)?$/im.test(text.split(/^---\s*$/m)[1] ?? '')) return { reason: 'draft', file };
  } catch {
    // no such file: nothing explains the link
  }
  return undefined;
}

/** What both checks read, worked out once per load: the addresses known and the files with errors (as shown). */
interface LinkSite {
  known: ReturnType<typeof knownAddresses>;
  errorFiles: readonly string[];
}

function linkSite(graph: ContentGraph, earlier: readonly Problem[]): LinkSite {
  return { known: knownAddresses(graph), errorFiles: [...new Set(earlier.filter((problem) => problem.severity === 'error').map((problem) => problem.file))] };
}

/**
 * Both checks of this module for one load (internalLinkProblems, navigationPageProblems), the
 * addresses listed once: what loadSiteContent runs.
 */
export function siteLinkProblems(graph: ContentGraph, contentRoot: string, earlier: readonly Problem[]): Problem[] {
  const context = linkSite(graph, earlier);
  return [...internalLinkProblems(graph, contentRoot, earlier, context), ...navigationPageProblems(graph, contentRoot, earlier, context)];
}

/** The addresses a link may lead to, the long page lists (thousands of finder pages) listed only on the first miss. */
function knownAddresses(graph: ContentGraph): { has(target: string): boolean; nearest(target: string): string | undefined } {
  const main = new Set<string>();
  for (const { url } of allPages(graph, (page) => !page.vocabularyOnly && !page.below)) main.add(url);
  for (const url of Object.values(exportPaths)) main.add(url);
  main.add(FINDER_JSON);
  for (const contact of graph.contacts) {
    main.add(vcardPath(contact));
    if (hasNeutralVcard(contact)) main.add(neutralVcardPath(contact));
  }
  for (const material of graph.materials) if (material.download) main.add(material.download.href);
  let all: Set<string> | undefined;
  // Folders the build fills with files of its own; /materialien/dateien/ is checked against the materials above.
  const filled = [sitePaths.assets, sitePaths.searchIndex, sitePaths.admin];
  const exists = (url: string) => {
    if (main.has(url)) return true;
    all ??= new Set([...allPages(graph, (page) => page.vocabularyOnly === true || page.below === true)].map((page) => page.url));
    return all.has(url);
  };
  return {
    has: (target) => filled.some((folder) => target.startsWith(folder)) || exists(target) || (!/\.[a-z0-9]+$/i.test(target) && !target.endsWith('/') && exists(`${target}/`)),
    nearest: (target) => nearestAddress(target.endsWith('/') || /\.[a-z0-9]+$/i.test(target) ? target : `${target}/`, main),
  };
}

/**
 * The address meant by `target` (a missing address, folder addresses ending in /), decided as
 * every "meinten Sie …?" is (closestMatch): among the addresses in the same folder, by the last
 * part ("/kontakte/biss-gottingen/" → "/kontakte/biss-goettingen/"), never another place or kind
 * of service. Else the same name in another folder ("leitfaden.pdf" for
 * /materialien/dateien/leitfaden.pdf, "biss-goettingen/" written on a content page). Undefined
 * when nothing fits.
 */
function nearestAddress(target: string, addresses: ReadonlySet<string>): string | undefined {
  const [, folder = '/', name = '', slash = ''] = /^(.*\/)([^/]+)(\/?)$/.exec(target) ?? [];
  if (!name) return undefined;
  const siblings = new Map<string, string>();
  for (const address of addresses) {
    if (!address.startsWith(folder)) continue;
    const rest = /^([^/]+)(\/?)$/.exec(address.slice(folder.length));
    if (rest && rest[2] === slash) siblings.set(rest[1]!, address);
  }
  // "biss-goettingen.md" or "impressum.html" written for the page itself.
  const page = /^(.+)\.(?:md|html?)$/i.exec(name)?.[1];
  if (page !== undefined && !slash && addresses.has(`${folder}${page}/`)) return `${folder}${page}/`;
  const meant = closestMatch(name, siblings.keys());
  if (meant !== undefined) return siblings.get(meant);
  // The same name in another folder, the one sharing the longest beginning with the target (/hilfe/finden/x/ → /hilfe/x/).
  let best: string | undefined;
  let shared = -1;
  for (const address of addresses) {
    if (!address.endsWith(`/${name}${slash}`)) continue;
    let common = 0;
    while (common < address.length && address[common] === target[common]) common++;
    if (common > shared) [best, shared] = [address, common];
  }
  return best;
}

function* linkingTexts(graph: ContentGraph): Generator<LinkingText> {
  yield* graph.entries;
  yield* graph.pages;
  for (const translation of graph.translations ?? []) yield* Object.values(translation.pages);
}

/** The targets of the body's links that point into this site, as markdown-it reads them (percent-encoded). */
function* internalTargets(body: string): Generator<string> {
  for (const block of parseBody(body).tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    for (const token of block.children) {
      if (token.type !== 'link_open') continue;
      const href = (token.attrGet('href') ?? '').trim();
      // The site's own address written out (copied from the browser's address bar) is a link within the site.
      if (href.toLowerCase().startsWith(`${site.url.toLowerCase()}/`)) {
        yield href;
        continue;
      }
      // Another site, mail, phone (judged in ../content/body-links.ts), or a place on the same page.
      if (!href || href.startsWith('#') || href.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      yield href;
    }
  }
}

/** The decoded path `href` leads to from the page at `from`, `index.html` cut off; undefined when it cannot be read as a path. */
function resolvedPath(href: string, from: string): string | undefined {
  let url: URL;
  try {
    const own = href.toLowerCase().startsWith(`${site.url.toLowerCase()}/`);
    url = new URL(own ? href.slice(site.url.length) : href, `${BASE}${from}`);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // a stray % stays as written: no page has it
  }
  return pathname.replace(/\/index\.html$/, '/');
}

/** The file's lines, or none when it cannot be read now (the error then points at line 1). */
function fileLines(file: string): string[] {
  try {
    return readFileSync(path.resolve(file), 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** 1-based line of the first link to `href` after the frontmatter, as written or decoded; 1 when not found. */
function lineOfLink(lines: readonly string[], href: string): number {
  // As written, decoded, and without the scheme markdown-it adds to a bare "www.…".
  const candidates = [...new Set([href, safeDecode(href), href.replace(/^https?:\/\//i, ''), safeDecode(href).replace(/^https?:\/\//i, '')])];
  const bodyStart = lines[0]?.replace(/^\uFEFF/, '').trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') + 1 : 0;
  const at = (test: (line: string) => boolean) => {
    for (let i = bodyStart; i < lines.length; i++) if (test(lines[i]!)) return i + 1;
    return undefined;
  };
  // The whole target, not the beginning of a longer one: "(/kontakte/x" is no link to "/kontakte/xy/".
  const whole = (line: string, before: string, c: string) => new RegExp(`${escapeRegExp(before + c)}(?=[)\\s>"']|$)`).test(line);
  return (
    at((line) => candidates.some((c) => whole(line, '(', c) || whole(line, ']: ', c) || whole(line, '<', c))) ??
    at((line) => candidates.some((c) => whole(line, '', c))) ??
    at((line) => candidates.some((c) => line.includes(c))) ??
    Math.max(1, bodyStart + 1)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
