/**
 * npm run build: validate → render → export → index, into a fresh folder that replaces _site
 * only when every step succeeded (a failed build never leaves half a site behind).
 */
import { rmSync, renameSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/content-dir.ts';
import { buildSite } from '../src/site/build.ts';
import { siteDirRefusal } from '../src/site/site-dir.ts';
import { runCli, UsageError } from './cli.ts';

/** `SEARCH_INDEX`: unset or `on` builds the index, `off` leaves it out; anything else is refused (a typo must not ship a site without search). */
function searchIndexWanted(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new UsageError(`SEARCH_INDEX=${value}: erlaubt sind "on" und "off".`);
}

const USAGE = `npm run build [-- --help]

Prüft alle Inhalte, erzeugt die Website mit Exporten und Suchindex in einem neuen Ordner und
ersetzt _site erst, wenn alles gelungen ist. Exit 1 bei Fehlern in den Inhalten.

  SITE_DIR=ORDNER      in einen anderen Ordner bauen (Standard: _site)
  SEARCH_INDEX=off     ohne Suchindex bauen
  CONTENT_DIR=ORDNER   einen anderen Inhaltsordner verwenden
  -h, --help           diese Hilfe
`;

runCli(async () => {
  // No options but --help: an unknown one is refused (exit 2) instead of building regardless.
  if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: false }).values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = path.resolve(process.env.SITE_DIR ?? '_site');
  // A folder of the project itself is never deleted as the output folder.
  const refusal = siteDirRefusal(out, process.cwd(), contentDir());
  if (refusal) throw new UsageError(`${refusal} Einen eigenen Ordner angeben, z. B. SITE_DIR=_site.`);
  const temp = `${out}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  // Ctrl+C or a stop from CI ends the process before `finally` runs: the half-built folder goes first (outside tester, session 17).
  // A write already under way may add a file while the folder is removed (retried); whatever it
  // leaves, the next build removes first, and Git ignores _site.tmp/.
  const stop = (signal: NodeJS.Signals) => {
    rmSync(temp, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  };
  // SIGHUP: the terminal was closed.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  try {
    // SEARCH_INDEX=off: every page and export, no Pagefind index (BuildOptions.searchIndex).
    const ok = await buildSite({ outDir: temp, endsProcess: true, searchIndex: searchIndexWanted(process.env.SEARCH_INDEX) });
    if (!ok) return 1;
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
    renameSync(temp, out);
    return 0;
  } finally {
    // Whatever failed (content, Eleventy, Pagefind, the disk), no half-built folder stays behind.
    rmSync(temp, { recursive: true, force: true });
  }
});
