/**
 * Refuses a body with a run of more characters than a real address needs without a space, line
 * break or tab, before markdown-it reads it: linkify-it scans ahead to the end of such a run at
 * every `https:` or `www.` it tries (open brackets, parentheses and quotes in a link path), so
 * 1 MB of `[a](https://x.y/` took minutes (issue 13 §3). With runs bounded, every parse is linear.
 */
import type { Problem } from './problems.ts';

/** Longest run of characters without whitespace a body may hold (real links stay far below). */
export const LONGEST_RUN = 1000;

/** The first run longer than LONGEST_RUN in `body` (line counted from `bodyLine`) as a problem, or undefined. Linear, one pass. */
export function longRunProblem(file: string, body: string, bodyLine: number): Problem | undefined {
  let run = 0;
  let line = bodyLine;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 10) line++;
    // Space, tab, line ends and the Unicode spaces markdown-it and linkify-it stop at.
    if (code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) {
      run = 0;
    } else if (++run > LONGEST_RUN) {
      return {
        severity: 'error',
        file,
        line,
        field: '(Text)',
        message: `Der Text enthält mehr als ${LONGEST_RUN} Zeichen ohne Leerzeichen am Stück; so lange Zeichenketten (auch Links) kann die Seite nicht sicher verarbeiten`,
        suggestion: 'die Zeichenkette kürzen oder mit Leerzeichen trennen (lange Links: die kurze Adresse der Seite verwenden)',
        rule: 'long-run',
      };
    }
  }
  return undefined;
}
