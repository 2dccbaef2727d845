/** Small helpers shared by the browser tests: readable failures. */
import type { AxeBuilder } from '@axe-core/playwright';
import type { PageType } from './site.ts';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

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
