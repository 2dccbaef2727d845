/** Reads one content file: bytes → text (BOM/CRLF tolerated) → frontmatter + Markdown body. */
import matter from 'gray-matter';
import { readYaml } from './yaml.ts';
import type { Problem } from './problems.ts';

export interface ParsedFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Line of the first body line, to point at problems in the text. */
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  /** The raw frontmatter, for a later line lookup without keeping the parsed document. */
  frontmatter: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: fileProblem(file, 'Die Datei ist UTF-16-kodiert.', 'die Datei als UTF-8 speichern', 'encoding') };
  }
  if (bytes.includes(0)) return { problem: fileProblem(file, 'Die Datei ist keine Textdatei.', 'nur Markdown-Dateien (.md) ablegen', 'encoding') };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: fileProblem(file, 'Die Datei ist nicht UTF-8-kodiert (Umlaute gehen verloren).', 'die Datei als UTF-8 speichern', 'encoding') };
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

export function parseContent(file: string, text: string): { parsed: ParsedFile } | { problems: Problem[] } {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  if (firstLine.trimEnd() !== '---') {
    return {
      problems: [fileProblem(file, 'Die Datei beginnt nicht mit dem Frontmatter.', 'die erste Zeile muss genau --- lauten, danach die Felder, dann wieder ---', 'frontmatter')],
    };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return {
      problems: [fileProblem(file, 'Das Frontmatter wird nicht mit --- abgeschlossen.', 'nach dem letzten Feld eine Zeile mit --- einfügen', 'frontmatter')],
    };
  }
  let yaml: ReturnType<typeof readYaml> | undefined;
  let frontmatter = '';
  const file_ = matter(text, {
    language: 'yaml',
    engines: {
      // gray-matter would otherwise evaluate ---js frontmatter: only our YAML reader runs.
      yaml: (source: string) => {
        frontmatter = source;
        yaml = readYaml(source);
        return (yaml.value ?? {}) as object;
      },
    },
  });
  if (!yaml) yaml = readYaml('');
  if (yaml.errors.length) {
    return {
      problems: yaml.errors.map((error) => ({ severity: 'error', file, line: error.line, field: '', message: error.message, rule: 'yaml' })),
    };
  }
  const data = yaml.value ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [fileProblem(file, 'Das Frontmatter ist keine Liste von Feldern (name: wert).', 'jedes Feld als „name: wert“ in eine eigene Zeile schreiben', 'frontmatter')] };
  }
  const body = file_.content;
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  return { parsed: { file, data: data as Record<string, unknown>, body, bodyLine, lineOf: yaml.lineOf, frontmatter } };
}

/** A problem with a whole file or folder; `message` is a complete German sentence. */
export function fileProblem(file: string, message: string, suggestion: string, rule: string, line = 1): Problem {
  return { severity: 'error', file, line, field: '', message, suggestion, rule };
}
