/**
 * YAML that reads differently from what the editor typed. Two kinds, both looked up in the
 * source with the `yaml` package (which keeps every scalar's source text and position), and only
 * when the cheap reading already hints at them:
 * - `summary: Kampagne #HinsehenStattWeghören` – a ` #` starts a comment: "Kampagne" is published
 *   and the rest silently dropped (a warning naming the lost text);
 * - `phone: +496990009123` – an unquoted number: the + is gone (validate.ts asks for quotes and
 *   quotes the editor's own text back from here).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { formatPath, type Problem } from './problems.ts';
import { MAX_YAML } from './yaml.ts';

/**
 * The source text of the scalar at `path` in a YAML document (`+496990009123` where the value
 * read is the number 496990009123); undefined when there is no scalar there.
 */
export function scalarSource(source: string, path: readonly PropertyKey[]): string | undefined {
  // The yaml package is slow on large text (see yaml.ts); frontmatter that large is refused anyway.
  if (source.length > MAX_YAML) return undefined;
  const doc = parseDocument(source, { keepSourceTokens: false, logLevel: 'error' });
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return source.slice(node.range[0], node.range[1]);
}

/**
 * Warnings for unquoted values that a same-line ` #` cuts short. `source` is the frontmatter as
 * read by lineOf (the same line numbering), `file` the file reported.
 */
export function commentCutWarnings(file: string, source: string): Problem[] {
  // Most files hold no # at all: nothing to parse again.
  if (source.length > MAX_YAML || !/[ \t]#/.test(source)) return [];
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, logLevel: 'error' });
  if (doc.errors.length) return [];
  const problems: Problem[] = [];
  /** A comment on the same line after `end` and before `until`: where its ` #` starts, or -1. */
  const commentAt = (end: number, until: number) => {
    const gap = source.slice(end, Math.max(end, until));
    const match = /(?:^|[ \t])#/.exec(gap);
    if (!match || gap.slice(0, match.index).includes('\n')) return -1;
    return end + match.index + (gap[match.index] === '#' ? 0 : 1);
  };
  /** The comment's text from `at` to the end of its line. */
  const lostAt = (at: number) => {
    const lineEnd = source.indexOf('\n', at);
    return source.slice(at, lineEnd < 0 ? source.length : lineEnd).trimEnd();
  };
  const warn = (start: number, path: string[], message: string, suggestion: string) =>
    problems.push({ severity: 'warning', file, line: lines.linePos(start).line, field: formatPath(path), message, suggestion, rule: 'yaml-comment' });
  const COMMENT = '(ein # nach einem Leerzeichen beginnt in YAML einen Kommentar)';
  /** For a code (an id, a choice, a reference, a date) quotes would make the comment part of it: the comment goes on a line of its own. */
  const OWN_LINE = 'den Kommentar in eine eigene Zeile darüber schreiben (# am Zeilenanfang) oder löschen';
  const pathOf = (ancestors: readonly unknown[], last: string) => [...ancestors.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '?')), last];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const value = pair.value as Node | null;
      if (!isScalar(pair.key) || !value?.range) return;
      const key = String(pair.key.value);
      const [start, end, nodeEnd] = value.range;
      // A list in brackets with a comment after it that swallowed its items: "languages: [de] #, tr]" (outside tester, session 18).
      // A plain remark after a closed list loses nothing ("[de, en] # Kommentar").
      if ((isSeq(value) || isMap(value)) && value.flow) {
        const at = commentAt(end, nodeEnd);
        if (at >= 0 && /[,\]}]/.test(lostAt(at)))
          warn(start, pathOf(ancestors, key), `„${cut(lostAt(at))}“ wird als Kommentar gelesen und fehlt in der Liste ${COMMENT}; veröffentlicht wird nur „${cut(source.slice(start, end))}“`, 'die Einträge vor das # schreiben und das # entfernen');
        return;
      }
      if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string') return;
      const at = commentAt(end, nodeEnd);
      if (at < 0) return;
      const lineEnd = source.indexOf('\n', at);
      // Whitespace as one space: the value's own line breaks and tabs are no part of it (and would be refused in quotes).
      const quoted = source.slice(start, lineEnd < 0 ? source.length : lineEnd).trimEnd().replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&');
      const code = /^(?:[\p{Ll}\d][\p{Ll}\d-]*|\d{4}-\d{2}-\d{2})$/u.test(value.value);
      warn(
        start,
        pathOf(ancestors, key),
        `„${cut(lostAt(at))}“ wird als Kommentar gelesen und nicht veröffentlicht ${COMMENT}; veröffentlicht wird nur „${cut(value.value)}“`,
        code ? OWN_LINE : `den ganzen Wert in Anführungszeichen setzen: ${key}: "${cut(quoted)}"`,
      );
    },
    // Items of a list, in brackets or one per line, followed by what looks like another item: "- en #tr, ar", "[de, en, #tr⏎ ar]"
    // (outside tester, session 18); not a remark ("- de  # Deutsch", "[de, # weitere folgen⏎ ]").
    Seq(_, seq, ancestors) {
      seq.items.forEach((item, i) => {
        if (!isScalar(item) || !item.range || (item.type !== 'PLAIN' && item.type !== 'QUOTE_DOUBLE' && item.type !== 'QUOTE_SINGLE')) return;
        const next = seq.items[i + 1] as Node | undefined;
        const until = next?.range?.[0] ?? seq.range?.[1] ?? item.range[2];
        const at = commentAt(item.range[1], until);
        if (at < 0) return;
        const lost = lostAt(at);
        if (/^#\s/.test(lost) && !/[,\]}]/.test(lost)) return;
        warn(item.range[0], pathOf(ancestors, String(i)), `„${cut(lost)}“ wird als Kommentar gelesen und fehlt in der Liste ${COMMENT}`, 'den Eintrag ohne # schreiben (jeder Eintrag für sich, durch Kommas getrennt) oder die Zeile löschen');
      });
    },
  });
  return problems;
}

/** A quote shortened for a message: at most 80 characters (a whole value may be 60 KB). */
function cut(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
