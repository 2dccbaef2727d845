/**
 * Placeholders editors leave in content until a fact is known, written in square brackets and
 * ending in "vor Veröffentlichung eintragen" (the Impressum's address, the data protection
 * officer …): `[Anschrift … – vor Veröffentlichung eintragen]`. They are launch blockers:
 * `npm run review` lists them, and a production deploy (Netlify sets CONTEXT=production) fails
 * while one remains; local builds and deploy previews still build, so the site can be shown.
 */
import { readFileSync } from 'node:fs';
import type { ContentGraph } from './graph.ts';

export interface Placeholder {
  /** Source file as the validator prints it. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The placeholder without its brackets. */
  text: string;
}

// Square brackets not followed by "(", "[" or ":" (a Markdown link or reference).
const PLACEHOLDER = /\[([^\]\n]*vor Veröffentlichung eintragen[^\]\n]*)\](?![([:])/g;

/** Every placeholder of the published pages and entries, in file order. */
export function findPlaceholders(graph: ContentGraph): Placeholder[] {
  const found: Placeholder[] = [];
  for (const item of [...graph.pages, ...graph.entries]) {
    // The bodies are in memory; only a file with a placeholder is read again, for its lines.
    if (!item.body.includes('vor Veröffentlichung eintragen')) continue;
    let lines: string[];
    try {
      lines = readFileSync(item.file, 'utf8').split(/\r?\n/);
    } catch {
      lines = item.body.split(/\r?\n/);
    }
    lines.forEach((line, i) => {
      for (const match of line.matchAll(PLACEHOLDER)) found.push({ file: item.file, line: i + 1, text: match[1]! });
    });
  }
  return found;
}

/** German lines for the terminal: one per placeholder, with what to do. */
export function formatPlaceholders(placeholders: readonly Placeholder[]): string {
  if (!placeholders.length) return '';
  const head = `Vor dem Start zu erledigen: ${placeholders.length} Platzhalter in den Inhalten`;
  const lines = placeholders.map((p) => `  ${p.file}:${p.line}  [${p.text}]\n      → den Platzhalter durch die echte Angabe ersetzen`);
  return [head, ...lines].join('\n');
}

/** True for Netlify's production deploys, where a placeholder must not go live. */
export function isProductionDeploy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CONTEXT === 'production';
}
