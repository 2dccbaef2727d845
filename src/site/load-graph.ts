/**
 * Loads and validates the content for a build or the preview, and prints the report. The graph
 * is returned to the caller, who passes it on as an argument: no module holds it, so a process
 * can build twice (tests, the preview after an edit). Invalid content never reaches a page.
 */
import { contentDir, loadContent, type LoadOptions, type LoadResult } from '../content/index.ts';
import { byFileAndLine } from '../content/problems.ts';
import { formatReport } from '../content/report.ts';
import { reservedUrls } from './reserved.ts';
import { siteLinkProblems } from './internal-links.ts';
import { urlCollisionProblems } from './url-collisions.ts';

/** Thrown by loadGraph when the content has errors; `result` holds every problem (already printed). */
export class ContentError extends Error {
  constructor(readonly result: LoadResult) {
    super(`${result.errorCount} Fehler im Inhalt`);
  }
}

/**
 * loadContent as this site validates it: with the addresses the site publishes itself reserved
 * (./reserved.ts), so a content file on one of them is an error, and with every link within the
 * site and every navigation page checked against the page list (./internal-links.ts). What
 * `npm run validate`, `npm run build` and `npm start` check. Never throws for bad content.
 */
export function loadSiteContent(options: LoadOptions = {}): LoadResult {
  const result = loadContent({ reserved: reservedUrls(), ...options });
  // Two pages on one address (a vocabulary id on a fixed page): an error here, never Eleventy's crash.
  // A link in a text to an address the site does not publish, or a page the navigation links to
  // on every page that the content no longer makes (Impressum renamed): an error with its file.
  const root = contentDir(options.dir);
  const found = [...urlCollisionProblems(result.graph, root), ...siteLinkProblems(result.graph, root, result.problems)];
  if (!found.length) return result;
  return { ...result, problems: [...result.problems, ...found].sort(byFileAndLine), errorCount: result.errorCount + found.length };
}

/** Loads and validates; prints the report (unless `print` is false); throws ContentError when there are errors. */
export function loadGraph(options: LoadOptions = {}, print = true): LoadResult {
  const result = loadSiteContent(options);
  if (print && (result.errorCount || result.warningCount)) {
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(formatReport(result, 'text', colour) + '\n');
  }
  if (result.errorCount) throw new ContentError(result);
  return result;
}
