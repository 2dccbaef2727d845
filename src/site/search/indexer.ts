/**
 * Builds the Pagefind index while the site renders: every searchable page goes to a worker
 * thread as soon as it is rendered (only its main element, which is all Pagefind reads), and
 * Pagefind parses them in batches on the other core while Eleventy renders the rest. Pagefind's
 * index writing, its biggest single cost, starts as soon as the last page is rendered.
 */
import { Worker } from 'node:worker_threads';

/** What Pagefind needs of a page: everything inside main, which carries data-pagefind-body. */
export function searchDocument(page: string): string | undefined {
  const body = page.indexOf('data-pagefind-body');
  if (body === -1) return undefined;
  const start = page.lastIndexOf('<main', body);
  const end = page.indexOf('</main>', body);
  if (start === -1 || end === -1) return undefined;
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body>${page.slice(start, end + 7)}</body></html>`;
}

/** Pages per message to the worker: one message per page costs more than the copying. */
const PAGES_PER_MESSAGE = 100;

export class SearchIndexer {
  private readonly worker: Worker;
  private count = 0;
  private pending: { url: string; content: string }[] = [];

  /** `outputDir`: the site's folder (the worker keeps its scratch files there until finish). */
  constructor(outputDir: string) {
    this.worker = new Worker(new URL('./index-worker.mjs', import.meta.url), { workerData: { outputDir } });
  }

  /** Hands a rendered page to the index; pages without data-pagefind-body are skipped. */
  add(url: string, page: string): void {
    const content = searchDocument(page);
    if (content === undefined) return;
    this.count++;
    this.pending.push({ url, content });
    if (this.pending.length === PAGES_PER_MESSAGE) this.send();
  }

  private send(): void {
    if (this.pending.length) this.worker.postMessage({ type: 'add', pages: this.pending });
    this.pending = [];
  }

  /** Writes the index to outputPath; rejects with every Pagefind error at once. */
  async finish(outputPath: string): Promise<{ pages: number }> {
    const done = new Promise<{ pages: number; errors: string[] }>((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
    this.send();
    this.worker.postMessage({ type: 'finish', outputPath });
    try {
      const { pages, errors } = await done;
      if (errors.length) throw new Error(`Suchindex: ${errors.join('; ')}`);
      if (pages !== this.count) throw new Error(`Suchindex: ${this.count - pages} Seiten fehlen im Index`);
      return { pages };
    } finally {
      await this.worker.terminate();
    }
  }
}
