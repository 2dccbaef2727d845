/**
 * Builds the Pagefind index while the site renders. Every searchable page is written, as soon as
 * it is rendered, into a scratch folder (only its main element: all Pagefind reads); every few
 * hundred pages Pagefind is asked to read that batch, which it parses on its own threads while
 * the build goes on. Pagefind's index writing, its biggest single cost, thus starts as soon as
 * the last searchable page is rendered instead of after the whole build.
 *
 * Why files and not `addHTMLFile`: Pagefind handles those one at a time (2.5× slower here) and
 * every page would cross the process boundary as base64 JSON; a batch request is a few bytes,
 * written to Pagefind's pipe at once even while the build keeps the event loop busy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { minifyPagefindScripts } from './bundle.ts';
import { withCompoundParts } from './compounds.ts';
import { endOfElement } from './markup.ts';

/**
 * What Pagefind needs of a page: everything inside main, which carries data-pagefind-body,
 * without the elements marked data-pagefind-ignore="all" (related lists, notices), which
 * Pagefind would parse only to skip them whole: a tenth less parsing.
 */
export function searchDocument(page: string): string | undefined {
  const body = page.indexOf('data-pagefind-body');
  if (body === -1) return undefined;
  const start = page.lastIndexOf('<main', body);
  const end = page.indexOf('</main>', body);
  if (start === -1 || end === -1) return undefined;
  // The page's own language: Pagefind keeps one index per language (/en/, /ar/ … search their own).
  const lang = PAGE_LANG.exec(page.slice(0, 200))?.[1] ?? 'de';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${withoutIgnored(page.slice(start, end + 7))}</body></html>`;
}

const IGNORE_ALL = ' data-pagefind-ignore="all"';
const PAGE_LANG = /<html lang="([a-z]{2,3})"/;

/**
 * Cuts every element marked data-pagefind-ignore="all". Works on the site's own markup, where
 * content is always escaped: a `<section` found here is a tag, never text.
 */
export function withoutIgnored(markup: string): string {
  let out = '';
  let from = 0;
  for (let at = markup.indexOf(IGNORE_ALL); at !== -1; at = markup.indexOf(IGNORE_ALL, from)) {
    const start = markup.lastIndexOf('<', at);
    const name = /^<([a-z][a-z0-9]*)[\s>]/.exec(markup.slice(start, at + 1))?.[1];
    const end = name && start >= from ? endOfElement(markup, name, start) : -1;
    if (end === -1) break; // not markup this function understands: leave the rest to Pagefind
    out += markup.slice(from, start);
    from = end;
  }
  return out + markup.slice(from);
}

const PAGES_PER_BATCH = 500;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type Added = Awaited<ReturnType<Index['addDirectory']>>;

export class SearchIndexer {
  private readonly batches: Promise<Added>[] = [];
  private batch = 0;
  private inBatch = 0;
  private count = 0;
  private reading: Promise<{ pages: number; errors: string[] }> | undefined;
  /** Words already looked at for compounds, with what replaces them (shared by every document). */
  private readonly compounds = new Map<string, string>();

  private constructor(
    private readonly index: Index,
    private readonly scratch: string,
    private readonly lexicon: ReadonlySet<string>,
  ) {}

  /**
   * Starts Pagefind; `outputDir` is the site's folder (the scratch files live there until read).
   * `lexicon`: the site's words, for the parts of compounds added to each document (compounds.ts).
   */
  static async start(outputDir: string, lexicon: ReadonlySet<string> = new Set()): Promise<SearchIndexer> {
    // No forceLanguage: each document says its language (searchDocument), German or translated.
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Suchindex konnte nicht angelegt werden: ${errors.join('; ')}`);
    mkdirSync(outputDir, { recursive: true });
    return new SearchIndexer(index, mkdtempSync(path.join(outputDir, '.search-pages-')), lexicon);
  }

  /** Hands a rendered page to the index; pages without data-pagefind-body are skipped. */
  add(url: string, page: string): void {
    if (this.reading) throw new Error('Suchindex: Seite nach dem Einlesen übergeben');
    const document = searchDocument(page);
    if (document === undefined) return;
    // German compounds only in German documents.
    const content = this.lexicon.size && document.startsWith('<!DOCTYPE html><html lang="de">') ? withCompoundParts(document, this.lexicon, this.compounds) : document;
    // /kontakte/x/ → <batch>/kontakte/x/index.html, which Pagefind turns back into /kontakte/x/
    const file = path.join(this.scratch, String(this.batch), ...url.split('/').filter(Boolean), 'index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    this.count++;
    if (++this.inBatch === PAGES_PER_BATCH) this.flush();
  }

  private flush(): void {
    if (!this.inBatch) return;
    this.batches.push(this.index.addDirectory({ path: path.join(this.scratch, String(this.batch)) }));
    this.batch++;
    this.inBatch = 0;
  }

  /**
   * Resolves once Pagefind has parsed every page handed to it (no more pages after this); the
   * scratch files are then removed in the background. Never rejects: `finish` reports errors.
   */
  read(): Promise<void> {
    if (!this.reading) {
      this.flush();
      this.reading = Promise.all(this.batches).then(
        (added) => ({ pages: added.reduce((sum, a) => sum + a.page_count, 0), errors: added.flatMap((a) => a.errors) }),
        (error: unknown) => ({ pages: 0, errors: [String(error)] }),
      );
    }
    return this.reading.then(() => undefined);
  }

  /** Writes the index to outputPath; rejects with every Pagefind error at once. */
  async finish(outputPath: string): Promise<{ pages: number }> {
    await this.read();
    const { pages, errors } = await this.reading!;
    try {
      const written = errors.length ? undefined : this.index.writeFiles({ outputPath });
      // Pagefind has read the scratch files: remove them while it writes the index, once the
      // request has left. rmSync: the promise version costs twice the CPU (0.6 against 0.3 s for
      // 4,000 page folders), a callback into JavaScript per file and folder.
      written?.catch(() => undefined); // awaited below; not unhandled meanwhile
      await new Promise((resolve) => setImmediate(resolve));
      rmSync(this.scratch, { recursive: true, force: true });
      if (written) errors.push(...(await written).errors);
      if (errors.length) throw new Error(`Suchindex: ${errors.join('; ')}`);
      minifyPagefindScripts(outputPath);
      if (pages !== this.count) throw new Error(`Suchindex: ${this.count - pages} Seiten fehlen im Index`);
      return { pages };
    } finally {
      rmSync(this.scratch, { recursive: true, force: true });
      await this.index.deleteIndex();
      await pagefind.close();
    }
  }
}
