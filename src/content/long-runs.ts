/**
 * Refuses a body with a run of more characters than a real address needs without a space, line
 * break or tab, or with more square brackets than any real text has, before markdown-it reads it: linkify-it scans ahead to the end of such a run at
 * every `https:` or `www.` it tries (open brackets, parentheses and quotes in a link path), so
 * 1 MB of `[a](https://x.y/` took minutes (issue 13 §3). With runs bounded, every parse is linear;
 * with brackets and links bounded, it is also quick.
 */
import type { Problem } from './problems.ts';

/** Longest run of characters without whitespace a body may hold (real links stay far below). */
export const LONGEST_RUN = 1000;

/**
 * Most opening square brackets a body may hold (a link or image each; the longest sample body has
 * a few dozen). markdown-it tries a link or image at every one: 1 MB of `![ ` took it 2 s to parse
 * (outside tester, session 13), linear but slow, so more are refused before any parse.
 */
export const MOST_BRACKETS = 5000;

/**
 * Most links a body may hold, counted as linkify finds them: `://`, `www.` and `@` (e-mail). Each
 * costs markdown-it's linkify some 10 µs (normalising, punycode): 1 MB of `https://a.de/1 ` is
 * 66,000 links and took 0.6–0.9 s, 1 MB of bare e-mail addresses 1.3 s (issue 13). The longest
 * list of links in the sample content has a few dozen.
 */
export const MOST_LINKS = 2000;

/**
 * The first run longer than LONGEST_RUN in `body`, the link beyond MOST_LINKS or the bracket beyond MOST_BRACKETS (line counted
 * from `bodyLine`), as a problem, or undefined. Linear, one pass.
 */
export function longRunProblem(file: string, body: string, bodyLine: number): Problem | undefined {
  let run = 0;
  let line = bodyLine;
  let brackets = 0;
  let links = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 10) line++;
    if (isLinkStart(body, i, code) && ++links > MOST_LINKS) {
      return {
        severity: 'error',
        file,
        line,
        field: '(Text)',
        message: `Der Text enthält mehr als ${MOST_LINKS.toLocaleString('de-DE')} Stellen, an denen ein Link oder eine E-Mail-Adresse beginnen kann („://“, „www.“, „@“; ein verlinkter Link zählt doppelt); so viele kann die Seite nicht sicher verarbeiten`,
        suggestion: 'die Links auf mehrere Einträge oder Seiten verteilen',
        rule: 'many-links',
      };
    }
    if (code === 91 && ++brackets > MOST_BRACKETS) {
      return {
        severity: 'error',
        file,
        line,
        field: '(Text)',
        message: `Der Text enthält mehr als ${MOST_BRACKETS.toLocaleString('de-DE')} eckige Klammern „[“ (Links und Bilder); so viele kann die Seite nicht sicher verarbeiten`,
        suggestion: 'den Text auf mehrere Einträge oder Seiten verteilen oder Klammern entfernen, die kein Link sind',
        rule: 'many-brackets',
      };
    }
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

/** True where linkify may find a link: `@`, the `:` of `://`, the `w` of a `www.` not right after a `/`. */
function isLinkStart(body: string, i: number, code: number): boolean {
  if (code === 64) return true;
  if (code === 58) return body.charCodeAt(i + 1) === 47 && body.charCodeAt(i + 2) === 47;
  if ((code | 32) !== 119 || body.charCodeAt(i - 1) === 47) return false;
  return (body.charCodeAt(i + 1) | 32) === 119 && (body.charCodeAt(i + 2) | 32) === 119 && body.charCodeAt(i + 3) === 46;
}
