// Runs Pagefind's Node API in a worker thread, so pages are indexed while the main thread keeps
// rendering (Pagefind's own process works on the second core). Plain JavaScript: a worker must
// start without a TypeScript loader (tests, the Eleventy CLI).
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const created = pagefind.createIndex({ forceLanguage: 'de' });
const added = [];

parentPort.on('message', async (message) => {
  if (message.type === 'add') {
    added.push(created.then(({ index }) => index?.addHTMLFile({ url: message.url, content: message.content })));
    return;
  }
  if (message.type !== 'finish') return;
  const errors = [];
  let pages = 0;
  try {
    const { index, errors: createErrors } = await created;
    errors.push(...createErrors);
    if (index) {
      for (const result of await Promise.all(added)) {
        if (result?.errors.length) errors.push(...result.errors);
        else pages++;
      }
      if (!errors.length) errors.push(...(await index.writeFiles({ outputPath: message.outputPath })).errors);
      await index.deleteIndex();
    }
  } catch (error) {
    errors.push(String(error?.message ?? error));
  } finally {
    await pagefind.close();
  }
  parentPort.postMessage({ pages, errors });
});
