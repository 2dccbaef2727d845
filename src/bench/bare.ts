/**
 * The references the benchmark compares the full build against: bare Eleventy 3 with a minimal
 * layout, then the Pagefind CLI over its output. Nothing of ours runs while they are timed.
 *
 * - `prepareBareProject` (the ratio since issue 16, lead's decision of 2026-11-30): the SAME
 *   pages as the full site — every address of the page loop (`allPages`), each a minimal page
 *   holding that page's text. Entries are their own Markdown files rendered by Eleventy's
 *   Markdown; every other page (listings, help finder, translations …) is its title and plain
 *   text, taken from the site's rendering while the project is prepared. Pages the full site
 *   hands to Pagefind (page types marked `searchable`) carry data-pagefind-body, the others not,
 *   so Pagefind indexes as many comparable documents as in the full build.
 * - `prepareBareEntriesProject` (`ratio_entries_only`, the definition up to 2026-11-30): only
 *   the entries' Markdown files, each indexed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allPages } from '../../_includes/pages/index.ts';
import { renderPage } from '../../_includes/pages/page-type.ts';
import type { Entry } from '../content/index.ts';
import { loadSiteContent } from '../site/load-graph.ts';
import { withoutIgnored } from '../site/search/indexer.ts';

const ENTRY_TYPES = ['initiatives', 'networks', 'materials', 'contacts'] as const;

const LAYOUT =
  '<!DOCTYPE html>\n<html lang="de">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body>\n<main{% if searchable %} data-pagefind-body{% endif %}>\n<h1>{{ title }}</h1>\n<p>{{ summary }}</p>\n{{ content | safe }}\n</main>\n</body>\n</html>\n';

function writeEleventyProject(projectDir: string, defaults: Record<string, unknown>): string {
  const input = path.join(projectDir, 'src');
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  writeFileSync(path.join(input, '_includes', 'base.njk'), LAYOUT);
  writeFileSync(path.join(input, 'src.json'), JSON.stringify({ layout: 'base.njk', ...defaults }));
  writeFileSync(
    path.join(projectDir, 'eleventy.config.mjs'),
    'export default function (eleventyConfig) { eleventyConfig.setQuietMode(true); }\nexport const config = { dir: { input: "src", output: "_site" }, markdownTemplateEngine: false, htmlTemplateEngine: false };\n',
  );
  return input;
}

/** The old reference: the entries' Markdown files, at /<type>/<slug>/, every one indexed. */
export function prepareBareEntriesProject(contentDir: string, projectDir: string): void {
  const input = writeEleventyProject(projectDir, { searchable: true });
  for (const type of ENTRY_TYPES) cpSync(path.join(contentDir, type), path.join(input, type), { recursive: true });
}

/** Text of a rendered page: its <main> (for searchable pages without what Pagefind skips), tags, scripts and styles removed. */
function plainText(html: string, searchable: boolean): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start === -1 || end === -1 ? html : html.slice(start, end);
  return (searchable ? withoutIgnored(main) : main)
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * /daten/ names the sizes of the open data, known only once a build has written them: without
 * them the page is its address alone (one page of thousands).
 */
function renderedOrEmpty(render: () => string): string {
  try {
    return render();
  } catch {
    return '';
  }
}

/**
 * The new reference: every page of the full site for the content in `contentDir`, at the same
 * address. Throws when the content does not validate (the benchmark's content always does).
 * Returns the number of pages and of searchable pages.
 */
export function prepareBareProject(contentDir: string, projectDir: string): { pages: number; searchable: number } {
  const input = writeEleventyProject(projectDir, { searchable: false });
  const result = loadSiteContent({ dir: contentDir });
  if (result.errorCount) throw new Error(`${result.errorCount} Fehler im Inhalt von ${contentDir}`);
  const { graph } = result;
  let pages = 0;
  let searchable = 0;
  for (const { url, page, item } of allPages(graph)) {
    const frontMatter = { permalink: url.endsWith('/') ? `${url}index.html` : url, ...(page.searchable ? { searchable: true } : {}) };
    const yaml = Object.entries(frontMatter)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join('\n');
    if (page.name === 'entry') {
      const entry = item as Entry;
      const source = path.join(contentDir, entry.type, `${entry.slug}.md`);
      if (!existsSync(source)) throw new Error(`Quelldatei fehlt: ${source}`);
      const markdown = readFileSync(source, 'utf8');
      if (!markdown.startsWith('---\n')) throw new Error(`Kein Front Matter: ${source}`);
      mkdirSync(path.join(input, entry.type), { recursive: true });
      writeFileSync(path.join(input, entry.type, `${entry.slug}.md`), `---\n${yaml}\n${markdown.slice(4)}`);
    } else {
      const html = renderedOrEmpty(() => renderPage(page, item, graph));
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? url;
      mkdirSync(path.join(input, 'pages'), { recursive: true });
      writeFileSync(path.join(input, 'pages', `${pages}.html`), `---\ntitle: ${JSON.stringify(title)}\n${yaml}\n---\n<p>${plainText(html, page.searchable === true)}</p>\n`);
    }
    pages++;
    if (page.searchable) searchable++;
  }
  return { pages, searchable };
}
