/**
 * npm run review [-- --format text|github|json] [--dir content]
 * Lists published entries whose `reviewed` date is more than 12 months old (CONTENT_TODAY pins
 * "today"), grouped by type and region, and the share of up-to-date contacts.
 * Exit 0 whatever it finds (stale entries are warnings); exit 1 only when the content has
 * validation errors, which are printed instead.
 */
import { appendFileSync } from 'node:fs';
import { loadSiteContent } from '../src/site/load-graph.ts';
import { formatReport } from '../src/content/report.ts';
import { formatReviewGithub, formatReviewJson, formatReviewMarkdown, formatReviewText, reviewContent } from '../src/content/review.ts';
import { findPlaceholders, formatPlaceholders } from '../src/content/placeholders.ts';
import { colourWanted, reportOptions, runCli } from './cli.ts';

const USAGE = `npm run review [-- Optionen]

Listet veröffentlichte Einträge, deren Prüfdatum („reviewed“) mehr als 12 Monate zurückliegt,
nach Art und Region, und den Anteil aktueller Kontakte. Exit 0, außer die Inhalte haben Fehler.

  --dir ORDNER      einen anderen Inhaltsordner prüfen (Standard: content)
  --format FORMAT   text (Standard), github (Anmerkungen in GitHub Actions) oder json
  -h, --help        diese Hilfe
`;

runCli(() => {
  const { format, dir } = reportOptions(USAGE);
  const colour = format === 'text' && colourWanted();
  const result = loadSiteContent(dir === undefined ? {} : { dir });

  if (result.errorCount) {
    process.stdout.write(`${formatReport(result, format, colour)}\n`);
    if (format !== 'json') process.stdout.write('Die Prüfliste wird erstellt, sobald alle Fehler behoben sind.\n');
    return 1;
  }

  const report = reviewContent(result);
  const text = format === 'json' ? formatReviewJson(report) : format === 'github' ? formatReviewGithub(report) : formatReviewText(report, colour);
  process.stdout.write(`${text}\n`);
  // Launch blockers: placeholders left in the content (a production deploy fails on them).
  const placeholders = findPlaceholders(result.graph);
  if (placeholders.length && format === 'text') process.stdout.write(`\n${formatPlaceholders(placeholders)}\n`);
  if (placeholders.length && format === 'github') {
    for (const p of placeholders) process.stdout.write(`::error file=${p.file},line=${p.line},title=Platzhalter vor dem Start ersetzen::[${p.text}]\n`);
  }
  // In GitHub Actions the whole list also goes to the job summary: annotations are capped per step.
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summary) {
    try {
      appendFileSync(summary, formatReviewMarkdown(report));
    } catch {
      // No summary file: the annotations and the log still carry everything.
    }
  }
  return 0;
});
