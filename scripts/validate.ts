/**
 * npm run validate [-- --format text|github|json] [--dir content]
 * Checks all content and prints every problem; exit 1 on errors, 0 otherwise (warnings never fail).
 */
import { appendFileSync } from 'node:fs';
import { loadSiteContent } from '../src/site/load-graph.ts';
import { formatReport } from '../src/content/report.ts';
import { colourWanted, reportOptions, runCli } from './cli.ts';

runCli(() => {
  const { format, dir } = reportOptions();
  const result = loadSiteContent(dir === undefined ? {} : { dir });
  const colour = format === 'text' && colourWanted();
  process.stdout.write(formatReport(result, format, colour) + '\n');
  // GitHub shows only the first annotations of a step; the job summary gets the whole report.
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY && result.problems.length) {
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `## Inhaltsprüfung\n\n\`\`\`text\n${formatReport(result, 'text', false)}\n\`\`\`\n`);
  }
  return result.errorCount ? 1 : 0;
});
