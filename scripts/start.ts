/**
 * npm start: validate, build, index and serve the site on http://localhost:8080 (only on this
 * computer unless HOST says otherwise, see src/site/preview-server.ts). After that,
 * every change in the content folder updates the preview incrementally (src/site/preview.ts):
 * the edited page is there in well under a second, the search index and open data follow in the
 * background. Content with errors is reported and the preview keeps the last good state.
 * Changes to styles and browser scripts rebuild the whole site; changes to TypeScript code need
 * a restart (Node keeps loaded modules).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { contentDir, type LoadOptions } from '../src/content/index.ts';
import { createLoadCache, type LoadCache } from '../src/content/load.ts';
import { summaryLine } from '../src/content/report.ts';
import { siteEleventy } from '../src/site/build.ts';
import { ContentError, loadGraph } from '../src/site/load-graph.ts';
import { headersFor, readHeaderRules } from '../src/site/headers.ts';
import { Preview } from '../src/site/preview.ts';
import { startPreviewServer } from '../src/site/preview-server.ts';
import { finderRequestHandler } from '../src/site/redirects.ts';
import { runCli, UsageError } from './cli.ts';
import { siteDirRefusal } from '../src/site/site-dir.ts';

const OUT = process.env.SITE_DIR ?? '_site';
const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (s: number) => `${s.toLocaleString('de-DE', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} s`;

runCli(async () => {
  // A folder of the project itself is never deleted as the output folder.
  const refusal = siteDirRefusal(path.resolve(OUT), process.cwd(), contentDir());
  if (refusal) throw new UsageError(`${refusal} Einen eigenen Ordner angeben, z. B. SITE_DIR=_site.`);
  const load: LoadOptions & { cache: LoadCache } = { dir: contentDir(), includeDrafts: process.env.DRAFTS === '1', cache: createLoadCache() };
  let result;
  try {
    result = loadGraph(load);
  } catch (error) {
    if (error instanceof ContentError) {
      say('Die Website wird erst gestartet, wenn alle Fehler behoben sind.');
      return 1;
    }
    throw error;
  }
  if (!result.problems.length) say(summaryLine(result));
  rmSync(OUT, { recursive: true, force: true });
  await (await siteEleventy(OUT, result.graph)).write();

  const port = Number(process.env.PORT ?? 8080);
  // The same headers as online (CSP, Referrer-Policy …), so the preview shows what Netlify serves.
  const rules = await readHeaderRules();
  let listening;
  const preview = new Preview(OUT, load, result.graph, say);
  // Pages an update left for later are written before they are served (src/site/preview.ts).
  const prepare = (urlPath: string) => preview.ensureFresh(urlPath);
  try {
    // The help finder's no-JavaScript URLs, answered as Netlify does (netlify.toml, _redirects).
    const onRequest = { '/hilfe/*': finderRequestHandler(OUT) };
    listening = await startPreviewServer({ dir: OUT, port, host: process.env.HOST, headersFor: (urlPath) => headersFor(rules, urlPath), log: say, onRequest, prepare });
  } catch (error) {
    say(`Die Vorschau kann nicht auf ${process.env.HOST ?? ''}:${port} gestartet werden (${(error as Error).message}). HOST und PORT prüfen.`);
    return 1;
  }
  const { server, url, shared } = listening;
  // The newest good graph: the preview's, after every edit.
  const fullBuild = async () => (await siteEleventy(OUT, preview.graph)).write();

  // Editors' saves arrive as bursts of events (temporary file, rename): collect them briefly.
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let busy = Promise.resolve();
  const schedule = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending = new Set();
      busy = busy.then(() => {
        let update;
        try {
          update = preview.update(files);
        } catch (error) {
          // A bug must not end the preview: report it like the command-line scripts do.
          say(`Interner Fehler bei der Aktualisierung: ${error instanceof Error ? error.message : String(error)} – bitte dem Entwicklungsteam melden.`);
          return;
        }
        if (!update.ok) {
          say('Die Vorschau zeigt weiter den letzten fehlerfreien Stand; nach der Korrektur wird sie sofort aktualisiert.');
          return;
        }
        say(
          `✔ Vorschau aktualisiert in ${seconds(update.seconds)}: ${update.pages} ${update.pages === 1 ? 'Seite' : 'Seiten'}${update.removed ? `, ${update.removed} entfernt` : ''} (${files.join(', ')}).`,
        );
        server.reload({});
      });
    }, 20);
  };
  // chokidar, not fs.watch: Node's recursive watcher on Linux loses a file that an editor
  // replaced by renaming (sed -i, many editors' safe save).
  const ignored = (file: string) => path.basename(file).startsWith('.');
  // Links are not followed: a link in content/ is refused by validation, and must not make the
  // watcher walk the folder it points at.
  const contentWatcher = watch(load.dir!, { ignoreInitial: true, ignored, followSymlinks: false }).on('all', (_event, file) => schedule(path.relative(load.dir!, file)));
  const codeWatcher = watch(['src', '_includes'], { ignoreInitial: true, ignored }).on('all', (_event, changed) => {
    const file = path.relative('.', changed);
    if (/^src[\\/](styles|client|assets)[\\/]/.test(file)) {
      busy = busy.then(async () => {
        await preview.settled();
        try {
          await fullBuild();
          say(`✔ Website neu erzeugt (${file}).`);
          server.reload({});
        } catch (error) {
          say(`Die Website konnte nicht neu erzeugt werden: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    } else if (file.endsWith('.ts')) {
      say(`Code geändert (${file}): bitte die Vorschau mit Strg+C beenden und npm start neu starten.`);
    }
  });

  // Only announce the preview once an edit can no longer slip past the watchers.
  await Promise.all([contentWatcher, codeWatcher].map((watcher) => new Promise<void>((resolve) => watcher.once('ready', () => resolve()))));
  say(`\nDie Website läuft auf ${url}${shared ? ' (auch für andere Geräte im Netz erreichbar)' : ''} – Änderungen in ${folderName(load.dir!)} werden sofort übernommen. Beenden mit Strg+C.`);
  return new Promise<number>(() => {});
});

/** The content folder as the editor knows it: relative to the project when inside it (content/), else its absolute path (CONTENT_DIR). */
function folderName(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return `${relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir}/`;
}
