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
  const doc = parseDocument(source, { keepSourceTokens: false });
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
  const doc = parseDocument(source, { lineCounter: lines });
  if (doc.errors.length) return [];
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const value = pair.value as Node | null;
      if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string' || !value.range || !isScalar(pair.key)) return;
      const [start, end, nodeEnd] = value.range;
      const after = source.slice(end, nodeEnd);
      const hash = after.indexOf('#');
      // The comment must sit on the value's own line: a comment on the next line cuts nothing.
      if (hash < 0 || after.slice(0, hash).includes('\n')) return;
      const lineEnd = source.indexOf('\n', end);
      const lost = source.slice(end + hash, lineEnd < 0 ? source.length : lineEnd).trimEnd();
      const whole = source.slice(start, lineEnd < 0 ? source.length : lineEnd).trimEnd();
      const key = String(pair.key.value);
      const path = [...ancestors.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '?')), key];
      problems.push({
        severity: 'warning',
        file,
        line: lines.linePos(start).line,
        field: formatPath(path),
        message: `„${lost}“ wird als Kommentar gelesen und nicht veröffentlicht (ein # nach einem Leerzeichen beginnt in YAML einen Kommentar); veröffentlicht wird nur „${value.value}“`,
        suggestion: `den ganzen Wert in Anführungszeichen setzen: ${key}: "${whole.replace(/["\\]/g, '\\$&')}"`,
        rule: 'yaml-comment',
      });
    },
  });
  return problems;
}
