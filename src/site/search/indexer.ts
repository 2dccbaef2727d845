/**
 * Builds the Pagefind index while the site renders: every searchable page is handed to a worker
 * thread as soon as it is rendered, and the worker feeds Pagefind's own process. Indexing
 * (Pagefind's biggest cost) thus runs on the second core instead of after the build, and
 * Pagefind never has to read the written site back from disk.
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

export class SearchIndexer {
  private readonly worker = new Worker(new URL('./index-worker.mjs', import.meta.url));
  private count = 0;

  /** Hands a rendered page to the index; pages without data-pagefind-body are skipped. */
  add(url: string, page: string): void {
    const content = searchDocument(page);
    if (content === undefined) return;
    this.count++;
    this.worker.postMessage({ type: 'add', url, content });
  }

  /** Writes the index to outputPath; rejects with every Pagefind error at once. */
  async finish(outputPath: string): Promise<{ pages: number }> {
    const done = new Promise<{ pages: number; errors: string[] }>((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
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
