/**
 * npm run validate [-- --format text|github|json] [--dir content]
 * Checks all content and prints every problem; exit 1 on errors, 0 otherwise (warnings never fail).
 *
 * On large content a second thread checks the largest files (src/content/check-pool.ts): it is
 * started first, and the validator's modules are imported only after it (dynamic imports, which
 * the bundle of scripts/run.mjs evaluates lazily), so both threads load them at the same time.
 * The worker runs this same script and only serves checks. VALIDATE_THREADS=1 never starts it,
 * VALIDATE_THREADS=2 always does (for tests and measurements); unset: by size and spare core.
 */
import { appendFileSync } from 'node:fs';
import { isFileCheckWorker, startFileChecks } from '../src/content/check-pool.ts';
import { colourWanted, reportOptions, runCli, UsageError } from './cli.ts';

/** `VALIDATE_THREADS`: unset or empty decides by size and a spare core, `1` never, `2` always; anything else is refused (a typo must not silently measure the other setting). */
function threadsWanted(value: string | undefined): 'auto' | 'never' | 'always' {
  if (value === undefined || value === '') return 'auto';
  if (value === '1') return 'never';
  if (value === '2') return 'always';
  throw new UsageError(`VALIDATE_THREADS=${value}: erlaubt sind 1 (ein Thread) und 2 (ein zweiter für die größten Dateien); ohne Angabe entscheidet die Prüfung selbst.`);
}

const USAGE = `npm run validate [-- Optionen]

Prüft alle Inhalte (content/) und nennt jedes Problem mit Datei, Zeile, Feld und Lösung.
Exit 1 bei Fehlern, sonst 0 (Warnungen lassen die Prüfung nie scheitern).

  --dir ORDNER      einen anderen Inhaltsordner prüfen (Standard: content)
  --format FORMAT   text (Standard), github (Anmerkungen in GitHub Actions) oder json
  --no-cache        alle Dateien neu prüfen (sonst werden unveränderte Dateien aus dem
                    letzten Lauf übernommen, solange Programm, Daten und Tag gleich sind)
  -h, --help        diese Hilfe
`;

if (isFileCheckWorker()) {
  // No top-level await: scripts/run.mjs runs this script as a CommonJS bundle (for V8's code cache).
  void import('../src/content/check-worker.ts').then(({ serveFileChecks }) => serveFileChecks());
} else {
  runCli(async () => {
    const { format, dir, cache } = reportOptions(USAGE, { cacheOption: true });
    const checks = startFileChecks(new URL(import.meta.url), dir, threadsWanted(process.env.VALIDATE_THREADS));
    const [{ loadSiteContent }, { formatReport }, { bundleCodeKey, keptPlaceOfBundle, openKeptOutcomes }] = await Promise.all([
      import('../src/site/load-graph.ts'),
      import('../src/content/report.ts'),
      import('../src/content/kept-outcomes.ts'),
    ]);
    // Only the bundle of scripts/run.mjs knows its code by a hash; under tsx every file is checked.
    const codeKey = cache ? bundleCodeKey(import.meta.url) : undefined;
    const kept = codeKey ? openKeptOutcomes(codeKey, keptPlaceOfBundle(import.meta.url)) : undefined;
    let result;
    try {
      result = loadSiteContent({ ...(dir === undefined ? {} : { dir }), ...(checks ? { checks } : {}), ...(kept ? { kept } : {}) });
    } finally {
      checks?.close();
    }
    kept?.save();
    const colour = format === 'text' && colourWanted();
    process.stdout.write(formatReport(result, format, colour) + '\n');
    // GitHub shows only the first annotations of a step; the job summary gets the whole report.
    if (format === 'github' && process.env.GITHUB_STEP_SUMMARY && result.problems.length) {
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, `## Inhaltsprüfung\n\n\`\`\`text\n${formatReport(result, 'text', false)}\n\`\`\`\n`);
    }
    return result.errorCount ? 1 : 0;
  });
}
