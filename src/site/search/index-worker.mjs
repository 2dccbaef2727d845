// Builds the Pagefind index in a worker thread while the main thread renders the rest of the
// site. Pages arrive as they are rendered; they are written in batches to a scratch folder that
// Pagefind reads with addDirectory, which parses HTML on all cores (addHTMLFile handles one
// page at a time: 2.5× slower). Plain JavaScript: a worker must start without a TypeScript
// loader (tests, the Eleventy CLI).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const BATCH = 500;
// Inside the output folder (same file system, removed with a failed build's output).
mkdirSync(workerData.outputDir, { recursive: true });
const scratch = mkdtempSync(path.join(workerData.outputDir, '.search-pages-'));
const created = pagefind.createIndex({ forceLanguage: 'de' });
const batches = [];
let batch = 0;
let inBatch = 0;

function flush() {
  if (!inBatch) return;
  const dir = path.join(scratch, String(batch));
  batches.push(created.then(({ index }) => index?.addDirectory({ path: dir })));
  batch++;
  inBatch = 0;
}

parentPort.on('message', async (message) => {
  if (message.type === 'add') {
    for (const page of message.pages) {
      // /kontakte/x/ → <batch>/kontakte/x/index.html, which Pagefind turns back into /kontakte/x/
      const file = path.join(scratch, String(batch), ...page.url.split('/').filter(Boolean), 'index.html');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, page.content);
      if (++inBatch === BATCH) flush();
    }
    return;
  }
  if (message.type !== 'finish') return;
  flush();
  const errors = [];
  let pages = 0;
  try {
    const { index, errors: createErrors } = await created;
    errors.push(...createErrors);
    if (index) {
      for (const result of await Promise.all(batches)) {
        errors.push(...(result?.errors ?? []));
        pages += result?.page_count ?? 0;
      }
      if (!errors.length) errors.push(...(await index.writeFiles({ outputPath: message.outputPath })).errors);
      await index.deleteIndex();
    }
  } catch (error) {
    errors.push(String(error?.message ?? error));
  } finally {
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  parentPort.postMessage({ pages, errors });
});
