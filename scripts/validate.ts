/**
 * npm run validate [-- --format text|github|json] [--dir content]
 * Checks all content and prints every problem; exit 1 on errors, 0 otherwise (warnings never fail).
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content/index.ts';
import { formatReport, type ReportFormat } from '../src/content/report.ts';
import { runCli, UsageError } from './cli.ts';

runCli(() => {
  const { values } = parseArgs({
    options: { format: { type: 'string' }, dir: { type: 'string' } },
    allowPositionals: false,
  });
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
  if (!['text', 'github', 'json'].includes(format)) {
    throw new UsageError(`Unbekanntes Format „${format}“: erlaubt sind text, github, json.`);
  }
  const result = loadContent(values.dir === undefined ? {} : { dir: values.dir });
  const colour = format === 'text' && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true && !process.env.NO_COLOR);
  process.stdout.write(formatReport(result, format, colour) + '\n');
  // GitHub shows only the first annotations of a step; the job summary gets the whole report.
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY && result.problems.length) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `## Inhaltsprüfung\n\n\`\`\`text\n${formatReport(result, 'text', false)}\n\`\`\`\n`);
  }
  return result.errorCount ? 1 : 0;
});
