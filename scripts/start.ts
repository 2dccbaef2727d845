/**
 * npm start: validate, build, index and serve the site on http://localhost:8080, rebuilding on
 * every change to content/ (the graph is reloaded and validated again before each rebuild).
 */
import { rmSync } from 'node:fs';
import Eleventy from '@11ty/eleventy';
import { ContentError, reloadGraph } from '../src/site/graph-source.ts';
import { summaryLine } from '../src/content/report.ts';
import { headersFor, readHeaderRules } from '../src/site/headers.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  let result;
  try {
    result = reloadGraph({ includeDrafts: process.env.DRAFTS === '1' });
  } catch (error) {
    if (error instanceof ContentError) {
      process.stdout.write('Die Website wird erst gestartet, wenn alle Fehler behoben sind.\n');
      return 1;
    }
    throw error;
  }
  if (!result.problems.length) process.stdout.write(`${summaryLine(result)}\n`);
  rmSync('_site', { recursive: true, force: true });
  const port = Number(process.env.PORT ?? 8080);
  // The same headers as online (CSP, Referrer-Policy …), so the preview shows what Netlify serves.
  const headers = headersFor(await readHeaderRules(), '/');
  const eleventy = new Eleventy('.', '_site', {
    configPath: 'eleventy.config.ts',
    quietMode: true,
    runMode: 'serve',
    config: (eleventyConfig: any) => eleventyConfig.setServerOptions({ headers, port }),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  process.stdout.write(`\nDie Website läuft auf http://localhost:${port}/ – Änderungen in content/ werden sofort übernommen. Beenden mit Strg+C.\n`);
  return new Promise<number>(() => {});
});
