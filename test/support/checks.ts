/** Small helpers shared by the browser tests: axe runs and readable failures. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import type { PageType } from './site.ts';

/** The rule set every page is held to: WCAG 2.1 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The minified build of the same axe-core: a third of the source to parse in every page.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's `axe.run` on the page as it is now, with the tags (default WCAG_TAGS) or the named
 * rules: the rules and results of @axe-core/playwright's AxeBuilder, at less cost. axe is injected
 * once per document (into every frame, as AxeBuilder's legacy mode does), not on every run, and no
 * blank page is opened to merge partial results; only violations get their selectors computed
 * (`resultTypes`), as only they are asserted (passes, incomplete and inapplicable keep one node each).
 */
export async function runAxe(page: Page, only: { tags?: string[]; rules?: string[] } = {}): Promise<AxeResults> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === 'undefined').catch(() => false)) await frame.evaluate(AXE_SOURCE);
  }
  const options: RunOptions = {
    runOnly: only.rules ? { type: 'rule', values: only.rules } : { type: 'tag', values: only.tags ?? WCAG_TAGS },
    resultTypes: ['violations'],
  };
  return page.evaluate((runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions), options);
}

/** Fails the test when the built site has no page of this type. */
export function requireUrl(type: PageType): asserts type is PageType & { url: string } {
  if (!type.url) throw new Error(`Im gebauten Auftritt gibt es keine Seite vom Typ „${type.name}“ (${type.pattern}).`);
}

/** axe violations as text: rule, impact, what to fix, and each offending element. */
export function formatAxeViolations(url: string, violations: readonly Result[]): string {
  if (!violations.length) return '';
  const lines = [`${violations.length} axe violation(s) on ${url}:`];
  for (const violation of violations) {
    lines.push(`\n• ${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}\n  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 10)) {
      lines.push(`  – ${node.target.join(' ')}\n    ${node.html.slice(0, 200)}`);
      if (node.failureSummary) lines.push(`    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
    }
    if (violation.nodes.length > 10) lines.push(`  … and ${violation.nodes.length - 10} more elements`);
  }
  return lines.join('\n');
}
