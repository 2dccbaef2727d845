/** A problem found in the content, as the editor will read it. */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project, with forward slashes: content/contacts/biss-x.md */
  file: string;
  /** 1-based line in that file; 1 when the problem concerns the whole file. */
  line: number;
  /** Field path as written in the frontmatter: regions[0], address.street; empty for the whole file. */
  field: string;
  /** German sentence saying what is wrong. */
  message: string;
  /** German hint how to fix it. */
  suggestion?: string;
  /** Stable machine name of the rule, for tools and tests. */
  rule: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function byFileAndLine(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.field.localeCompare(b.field);
}
