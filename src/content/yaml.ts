/**
 * The one YAML reader of the project (frontmatter and vocabularies): YAML 1.2, duplicate keys and
 * aliases refused (no alias bombs), line numbers kept for every node so messages can point at them.
 *
 * Two well-kept parsers, each for what it does best: js-yaml reads the common, clean file about
 * eight times faster; the `yaml` package reads anything unusual (anchors, leading-zero numbers,
 * errors) and knows the line of every node, which is looked up only when a problem is reported.
 */
import jsyaml from 'js-yaml';
import { Document, LineCounter, type Tags, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

export interface YamlResult {
  value: unknown;
  /** 1-based line of the node at `path`, falling back to its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  errors: { line: number; message: string }[];
}

const DECIMAL_INT = /^[-+]?(?:0|[1-9][0-9]*)$/;

/** Text that the fast path could read differently: anchors/aliases, numbers with leading zeros. */
const NEEDS_CAREFUL_READ = /(?:^|[\s[{,:-])[&*][^\s]|(?:(?:^|[:-])[ \t]+|[[,][ \t]*)[-+]?0\d+[ \t]*(?:$|[,\]}#])/m;

/**
 * The careful reader (the `yaml` package) takes some 10 s per MB even on clean text, and on some
 * broken text (a line of nameless anchors `& & &`) time grows with the square of the length.
 * Frontmatter and vocabularies are a few KB: beyond MAX_YAML the text is refused unread, and
 * broken text beyond CAREFUL_BROKEN_MAX is explained by the fast reader (its line, a general
 * message), so every input is answered within a fraction of a second.
 */
export const MAX_YAML = 64 * 1024;
const CAREFUL_BROKEN_MAX = 4 * 1024;

/** `lineOffset` is added to every line (frontmatter starts below the opening ---). */
export function readYaml(source: string, lineOffset = 0): YamlResult {
  if (source.length > MAX_YAML) {
    const message = `Zu viele Angaben: ${Math.ceil(source.length / 1024)} KB YAML, erlaubt sind höchstens ${MAX_YAML / 1024} KB (ein Eintrag braucht nur wenige Zeilen, eine Liste der Themen oder Regionen einige Hundert) — lange Texte gehören unter die Angaben, nicht in sie; Kommentarzeilen kürzen`;
    return { value: undefined, errors: [{ line: 1 + lineOffset, message }], lineOf: () => 1 + lineOffset };
  }
  const careful = NEEDS_CAREFUL_READ.test(source);
  if (!careful || source.length > CAREFUL_BROKEN_MAX) {
    try {
      const value = jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA });
      if (!careful) return { value, errors: [], lineOf: lazyLineOf(source, lineOffset) };
    } catch (error) {
      if (source.length > CAREFUL_BROKEN_MAX) {
        const line = ((error as { mark?: { line?: number } }).mark?.line ?? 0) + 1 + lineOffset;
        return { value: undefined, errors: [{ line, message: translateYamlError('', '') }], lineOf: () => line };
      }
      // Fall through: the careful reader explains the problem with its line.
    }
  }
  return readYamlCarefully(source, lineOffset);
}

function readYamlCarefully(source: string, lineOffset: number): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    // The package's own warnings ("Keys with collection values will be stringified …") are English and for developers: the keys are reported as unknown fields.
    logLevel: 'error',
    uniqueKeys: true,
    prettyErrors: false,
    // Phone numbers like 05111208705 written without quotes stay strings (no lost leading zero).
    customTags: (tags) =>
      tags.map((tag) => (typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:int' && !tag.format ? { ...tag, test: DECIMAL_INT } : tag)) as Tags,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors = [...doc.errors, ...doc.warnings].map((error) => {
    const line = lineCounter.linePos(error.pos[0]).line;
    const opening = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? openingQuoteLine(source, line) : undefined;
    // The duplicate key itself stands at the error's position: name it ("title").
    const key = error.code === 'DUPLICATE_KEY' ? /^["']?([^\s:"'#]{1,80})/.exec(source.slice(error.pos[0], error.pos[0] + 90))?.[1] : undefined;
    return { line: (opening ?? line) + lineOffset, message: translateYamlError(error.code, error.message, key) };
  });
  // One mistake often yields several parser errors on the same line: report it once.
  const seen = new Set<string>();
  for (let i = errors.length - 1; i >= 0; i--) {
    const key = `${errors[i]!.line}\u0000${errors[i]!.message}`;
    if (seen.has(key)) errors.splice(i, 1);
    else seen.add(key);
  }
  visit(doc, {
    Alias(_, node) {
      errors.push({ line: lineAt(node.range?.[0] ?? 0), message: 'Anker und Verweise (& und *) sind nicht erlaubt.' });
      return visit.BREAK;
    },
  });
  const value = errors.length ? undefined : doc.toJS({ maxAliasCount: 0 });
  return { value, errors, lineOf: (path) => lineAt(offsetOf(doc, path)) };
}

/**
 * Line lookup that parses again only when a line is asked for (a problem is reported), so the
 * loader need not keep thousands of YAML documents alive.
 */
export function lazyLineOf(source: string, lineOffset = 0): (path: readonly PropertyKey[]) => number {
  let lookup: ((path: readonly PropertyKey[]) => number) | undefined;
  return (path) => (lookup ??= readYamlCarefully(source, lineOffset).lineOf)(path);
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      node = pair.value;
      // A scalar value on the next line (folded text) still reports the key's line.
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item || isAlias(item)) break;
      offset = (item as Node).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/** German wording of the yaml package's error codes: editors never see its English. */
function translateYamlError(code: string, message: string, key?: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return key ? `Das Feld „${key}“ steht doppelt (jedes Feld darf nur einmal vorkommen): eine der beiden Zeilen löschen.` : 'Ein Feld steht doppelt (jedes Feld darf nur einmal vorkommen).';
    case 'MISSING_CHAR':
      return /quote/.test(message)
        ? 'Ein Anführungszeichen wird nicht geschlossen.'
        : 'Eine Klammer oder ein Zeichen fehlt (z. B. die schließende ] einer Liste).';
    case 'BAD_INDENT':
      return /Flow (sequence|map)/.test(message)
        ? 'Eine Liste in [ ] oder { } wird nicht geschlossen oder ist falsch eingerückt.'
        : 'Die Einrückung stimmt nicht: Felder derselben Ebene müssen gleich weit eingerückt sein.';
    case 'TAB_AS_INDENT':
      return 'Tabulator zur Einrückung: bitte Leerzeichen verwenden.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Ungültiges YAML: ein Text mit Doppelpunkt muss in Anführungszeichen stehen, und Folgezeilen dürfen nicht eingerückt beginnen.';
    case 'TAG_RESOLVE_FAILED':
      return 'Unbekannter YAML-Typ (mit ! oder !!): nur einfache Werte, Listen und Felder sind erlaubt.';
    case 'UNEXPECTED_TOKEN':
      return 'Ungültiges YAML: unerwartetes Zeichen (oft ein Apostroph in einem Text in einfachen Anführungszeichen oder eine falsch begonnene Liste).';
    default:
      return 'Ungültiges YAML: die Zeile lässt sich nicht lesen.';
  }
}

/** The line where an unclosed double quote opens (the parser notices only at the end). */
function openingQuoteLine(source: string, errorLine: number): number | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < Math.min(lines.length, errorLine); i++) {
    const quotes = (lines[i]!.replace(/\\./g, '').match(/"/g) ?? []).length;
    if (quotes % 2 === 1) return i + 1;
  }
  return undefined;
}
