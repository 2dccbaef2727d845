/**
 * The preview's incremental update (`npm start`): after an edit, only the files that changed are
 * read and validated again (LoadCache), and only the pages the edit can change are rendered and
 * written, with the same page definitions and serialisers as the full build. What costs seconds
 * and no editor waits for (the open-data files, the /daten/ page and the search index) follows
 * in the background.
 *
 * Which pages an edit changes: an entry's page shows the entry itself and the entries it links
 * to or is linked from, so edited, added and removed entries and their neighbours (before and
 * after the edit) are rendered again. Pages that name which entries they show (`shows`: region,
 * topic and help pages and the numbered pages of long listings) are rendered again only when
 * they show an edited entry or their list changed. Every other page (listing overviews, home,
 * content pages) may show any entry and is always rendered again; they are few and small. A
 * change to the vocabularies or the material files renders everything.
 *
 * When: the entries' pages at once (what the editor reloads); the other pages are left for later
 * (at 20,000 entries they take seconds) and written in the background, or at once when the
 * preview server is asked for one of them first (ensureFresh), so no page is served stale.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDir, type ContentGraph, type Entry, type LoadOptions } from '../content/index.ts';
import type { LoadCache } from '../content/load.ts';
import { vcardPath } from '../exports/public.ts';
import { vcardFiles } from '../exports/vcard.ts';
import { FINDER_JSON, finderJson } from '../geo/finder-data.ts';
import { geoLookup } from '../geo/postcodes.ts';
import { allPages } from '../../_includes/pages/index.ts';
import { copyDownloads } from './eleventy/downloads.ts';
import { writeAdmin } from './eleventy/admin.ts';
import { redirectsFile } from './eleventy/finder.ts';
import { writeAllExports } from './open-data.ts';
import { renderPage, type PageDefinition } from '../../_includes/pages/page-type.ts';
import { ContentError, loadGraph } from './load-graph.ts';
import { outputFile, writeSiteFile } from './output.ts';
import { SearchIndexer } from './search/indexer.ts';
import { buildLexicon, siteTexts } from './search/compounds.ts';

export interface PreviewUpdate {
  /** false: the content has errors (already reported); the preview keeps the last good state. */
  ok: boolean;
  /** Pages written. */
  pages: number;
  /** Entry pages removed (deleted files, new drafts). */
  removed: number;
  seconds: number;
}

export class Preview {
  private background: Promise<void> = Promise.resolve();
  private generation = 0;
  /** Edits not yet rendered: a load with errors renders nothing, the next good one catches up. */
  private readonly unrendered = new Set<string>();
  private everything = false;
  /** Pages other than the entries' left for later: the graph they show on disk and the files edited since. */
  private pending: { from: ContentGraph; edited: Set<string> } | undefined;

  /**
   * `graph` is the graph the site in outDir was built from (loaded with `load`); after each
   * good update it is the newest one (the last good state).
   */
  constructor(
    private readonly outDir: string,
    private readonly load: LoadOptions & { cache: LoadCache },
    public graph: ContentGraph,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Reloads the content and writes the pages the edit changed; `changed` are paths below the content folder. */
  update(changed: readonly string[]): PreviewUpdate {
    const started = performance.now();
    const before = this.graph;
    this.everything ||= changed.some((file) => /^(vocabularies|materials[\\/]files)([\\/]|$)/.test(file));
    let loaded: ContentGraph | undefined;
    // At 20,000 entries reading every file again costs ~0.5 s of CPU: only the reported ones are read.
    this.load.cache.dirty = new Set(changed.map((file) => path.resolve(contentDir(this.load.dir), file)));
    try {
      loaded = loadGraph(this.load).graph;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
    } finally {
      this.load.cache.dirty = undefined;
      for (const file of this.load.cache.changed) this.unrendered.add(file);
    }
    if (!loaded) return { ok: false, pages: 0, removed: 0, seconds: (performance.now() - started) / 1000 };
    const after = loaded;
    this.graph = after;
    const everything = this.everything;
    const edited = new Set(this.unrendered);
    this.unrendered.clear();
    this.everything = false;
    const affected = new Set<string>();
    for (const graph of [before, after]) {
      for (const entry of graph.entries) {
        if (!edited.has(entry.file)) continue;
        affected.add(entry.url);
        for (const neighbour of neighbours(entry)) affected.add(neighbour.url);
      }
    }

    let pages = 0;
    if (everything) {
      // Vocabularies or material files: every page, now (rare, and nothing is left stale).
      this.pending = undefined;
      pages = this.renderListings(before, after, edited, true);
    } else {
      // What the editor waits for: the edited entries' pages (and their neighbours'). The other
      // pages follow in the background, or at once when the browser asks for one (ensureFresh).
      for (const { url, page, item } of allPages(after, (page) => page.name === 'entry')) {
        if (!affected.has(url)) continue;
        this.write(url, renderPage(page, item, after));
        pages++;
      }
      // The other pages on disk still show `pending.from` (or `before`): compare with that.
      const pending = this.pending ?? { from: before, edited: new Set<string>() };
      for (const file of edited) pending.edited.add(file);
      this.pending = pending;
    }
    const current = new Set(after.entries.map((entry) => entry.url));
    const gone = before.entries.filter((entry) => !current.has(entry.url));
    for (const entry of gone) {
      rmSync(path.dirname(outputFile(this.outDir, entry.url)), { recursive: true, force: true });
      if (entry.type === 'contacts') rmSync(outputFile(this.outDir, vcardPath(entry)), { force: true });
    }
    for (const contact of after.contacts) {
      if (everything || affected.has(contact.url)) for (const [url, text] of vcardFiles(contact)) this.write(url, text);
    }
    if (everything) {
      copyDownloads(after, this.outDir);
      // The web editor's region and topic lists come from the vocabularies.
      writeAdmin(this.outDir, { regions: after.regions, topics: after.topics });
      // The help finder's data follow the regions (src/site/eleventy/finder.ts).
      const lookup = geoLookup(after.regions);
      this.write(FINDER_JSON, finderJson(lookup, after.regions));
      this.write('/_redirects', redirectsFile(after, lookup));
    }

    const generation = ++this.generation;
    this.background = this.background.then(() => this.finish(generation, after));
    return { ok: true, pages, removed: gone.length, seconds: (performance.now() - started) / 1000 };
  }

  /** Resolves when the background work of the latest update is done. */
  settled(): Promise<void> {
    return this.background;
  }

  /**
   * Renders the pages an earlier update left for later (listings, region, topic and help pages,
   * home …), unless `urlPath` (a request's path) is one that cannot be among them: an entry's
   * page (rendered by the update itself), a script, stylesheet, font, image or the search index.
   * The preview server calls this before it serves a file, so a page is never served stale.
   * Returns the number of pages written (0 when nothing was pending).
   */
  ensureFresh(urlPath?: string): number {
    const pending = this.pending;
    if (!pending) return 0;
    if (urlPath !== undefined && !mayBeListing(urlPath, this.graph)) return 0;
    this.pending = undefined;
    const started = performance.now();
    const pages = this.renderListings(pending.from, this.graph, pending.edited, false);
    this.log(`Übersichtsseiten aktualisiert in ${seconds(performance.now() - started)}: ${pages} Seiten.`);
    return pages;
  }

  /**
   * Writes every page but the entries' own (and /daten/, left to the background) that differs
   * between `before` and `after`: pages naming the entries they show only when one of them is
   * edited or their list changed, every other one always; all of them when `everything`.
   */
  private renderListings(before: ContentGraph, after: ContentGraph, edited: ReadonlySet<string>, everything: boolean): number {
    let pages = 0;
    const rendered = (page: PageDefinition) => page.name !== 'data' && (everything || (page.name !== 'entry' && !page.vocabularyOnly));
    const changedByPage = new Map<PageDefinition, ReadonlySet<string>>();
    for (const { url, page, item } of allPages(after, rendered)) {
      if (page.items && page.shows) {
        let changed = changedByPage.get(page);
        if (!changed) changedByPage.set(page, (changed = this.changedUrls(page, before, after, edited, everything)));
        if (!changed.has(url)) continue;
      }
      this.write(url, renderPage(page, item, after));
      pages++;
    }
    return pages;
  }

  /**
   * Open data, sitemap, feed, the /daten/ page and the search index, for the newest graph only.
   * The work is cut into short steps, so the server keeps answering the browser's reload at once.
   */
  private async finish(generation: number, graph: ContentGraph): Promise<void> {
    await pause(BACKGROUND_DELAY_MS);
    if (generation !== this.generation) return; // a newer edit is queued and will do it
    const started = performance.now();
    try {
      this.ensureFresh();
      await pause();
      if (generation !== this.generation) return;
      await writeAllExports(graph, this.outDir);
      await pause();
      for (const { url, page, item } of allPages(graph, (page) => page.name === 'data')) this.write(url, renderPage(page, item, graph));
      const indexer = await SearchIndexer.start(this.outDir, buildLexicon(siteTexts(graph)));
      let rendered = 0;
      for (const { url, page, item } of allPages(graph, (page) => page.searchable === true)) {
        indexer.add(url, renderPage(page, item, graph));
        if (++rendered % 50 === 0) await pause();
      }
      const { pages } = await indexer.finish(path.join(this.outDir, 'pagefind'));
      this.log(`Suchindex (${pages} Seiten) und offene Daten aktualisiert in ${seconds(performance.now() - started)}.`);
    } catch (error) {
      this.log(`Suchindex oder offene Daten konnten nicht aktualisiert werden: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Addresses of a page type's pages (one per item) to render again: those that show an edited
   * entry or whose list changed (count, order, page breaks); every one when `everything`. Pages
   * of the type that no longer exist are deleted.
   */
  private changedUrls(page: PageDefinition, before: ContentGraph, after: ContentGraph, edited: ReadonlySet<string>, everything: boolean): Set<string> {
    const shown = (item: unknown, graph: ContentGraph) => page.shows!(item, graph).map((entry) => entry.file);
    const earlier = new Map(page.items!(before).map((item) => [page.url(item, before), shown(item, before)]));
    const changed = new Set<string>();
    for (const item of page.items!(after)) {
      const url = page.url(item, after);
      const old = earlier.get(url);
      earlier.delete(url);
      if (everything || !old) {
        changed.add(url);
        continue;
      }
      const now = shown(item, after);
      if (now.length !== old.length || now.some((file, i) => file !== old[i] || edited.has(file)) || old.some((file) => edited.has(file))) changed.add(url);
    }
    for (const url of earlier.keys()) rmSync(outputFile(this.outDir, url), { force: true });
    return changed;
  }

  private write(url: string, content: string): void {
    writeSiteFile(this.outDir, url, content);
  }
}

/** The entries an entry's page links to, and those whose pages link to it. */
export function neighbours(entry: Entry): Entry[] {
  const found: Entry[] = [];
  for (const value of Object.values(entry)) {
    for (const candidate of Array.isArray(value) ? value : [value]) {
      if (isEntry(candidate)) found.push(candidate);
    }
  }
  return found;
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && 'url' in value && 'type' in value && 'data' in value && 'slug' in value;
}

/**
 * Whether a request path may be one of the pages ensureFresh renders: an HTML page (a folder or
 * .html) that is not an entry's own page and not in the folders of assets, the search index,
 * the web editor or the open data.
 */
function mayBeListing(urlPath: string, graph: ContentGraph): boolean {
  if (/^\/(assets|pagefind|admin|daten)\//.test(urlPath)) return false;
  if (!urlPath.endsWith('/') && !urlPath.endsWith('.html')) return false;
  const folder = urlPath.replace(/index\.html$/, '');
  return !graph.entries.some((entry) => entry.url === folder);
}

/** The browser reloads the edited page first; then the background work starts. */
const BACKGROUND_DELAY_MS = 300;

/** Lets the event loop serve requests (and a newer edit arrive) before the next step. */
function pause(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`;
}
