/**
 * Hands the validated graph to Eleventy. The build script loads it once and hands it over;
 * the dev server reloads it before every rebuild. Invalid content never reaches a page.
 */
import { loadContent, type ContentGraph, type LoadOptions, type LoadResult } from '../content/index.ts';
import { formatReport } from '../content/report.ts';

let current: ContentGraph | undefined;

export function currentGraph(): ContentGraph {
  if (!current) throw new Error('Der Inhaltsgraph wurde nicht geladen.');
  return current;
}

export class ContentError extends Error {
  constructor(readonly result: LoadResult) {
    super(`${result.errorCount} Fehler im Inhalt`);
  }
}

/** Loads and validates; prints the report; throws ContentError when there are errors. */
export function reloadGraph(options: LoadOptions = {}, print = true): LoadResult {
  const result = loadContent(options);
  if (print && (result.errorCount || result.warningCount)) {
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(formatReport(result, 'text', colour) + '\n');
  }
  if (result.errorCount) throw new ContentError(result);
  current = result.graph;
  return result;
}
