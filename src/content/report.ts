/** Formats validation problems for people (text), GitHub Actions (annotations) and tools (JSON). */
import type { LoadResult } from './load.ts';
import type { Problem } from './problems.ts';

export type ReportFormat = 'text' | 'github' | 'json';

/**
 * Content can put any character into a message (it quotes the editor's values): control
 * characters are shown as \u escapes, so nothing can forge extra lines or terminal codes; so are
 * the bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), which would reorder the line they
 * stand in, in a terminal and on GitHub (outside tester, session 17).
 */
export function visible(text: string, keep = ''): string {
  return text.replace(HIDDEN, (c) => (keep.includes(c) ? c : (ESCAPED[c] ??= escapeOf(c))));
}
/**
 * Control and line-separator characters, and every format or default-ignorable character (bidi
 * marks, zero widths, BOM, variation selectors, tags, fillers: outside tester, session 17) but the
 * zero-width non-joiner, which Persian writing needs between letters.
 */
const HIDDEN = /(?!\u200c)[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** HIDDEN but C0 controls, which JSON.stringify escapes itself (and whose line breaks lay out the JSON). */
const HIDDEN_IN_JSON = /(?!\u200c)[\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** `\u202e`, or `\u{e0041}` beyond the BMP. */
const escapeOf = (c: string) => {
  const code = c.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};
const ESCAPED: Record<string, string> = {};

export function problemLine(problem: Problem): string {
  const where = `${visible(problem.file)}:${problem.line}`;
  const field = problem.field ? `  ${visible(problem.field)}` : '';
  const hint = problem.suggestion ? ` — ${visible(problem.suggestion)}` : '';
  return `${where}${field}  ${visible(problem.message)}${hint}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(result: Pick<LoadResult, 'errorCount' | 'warningCount' | 'filesChecked' | 'problems'>): string {
  const files = plural(result.filesChecked, 'Datei', 'Dateien');
  const warnings = result.warningCount ? `, ${plural(result.warningCount, 'Warnung', 'Warnungen')}` : '';
  if (!result.errorCount) return `✔ ${files} geprüft: keine Fehler${warnings}.`;
  const failing = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  return `✖ ${files} geprüft: ${plural(result.errorCount, 'Fehler', 'Fehler')} in ${plural(failing, 'Datei', 'Dateien')}${warnings}. Die Website wird erst gebaut, wenn alle Fehler behoben sind.`;
}

/** Plain text grouped by file; colour only when writing to a terminal. */
export function formatText(result: LoadResult, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  let current = '';
  for (const problem of result.problems) {
    if (problem.file !== current) {
      if (current) out.push('');
      out.push(paint('1', visible(problem.file)));
      current = problem.file;
    }
    const tag = problem.severity === 'error' ? paint('31', 'Fehler  ') : paint('33', 'Warnung ');
    out.push(`  ${tag}${problemLine(problem)}`);
  }
  if (out.length) out.push('');
  out.push(paint(result.errorCount ? '31;1' : '32;1', summaryLine(result)));
  return out.join('\n');
}

/** GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const FOLDER_RULES = new Set(['unknown-folder', 'subfolder', 'no-content']);

export function formatGithub(result: LoadResult): string {
  const out = result.problems.map((problem) => {
    const title = problem.field ? problem.field : FOLDER_RULES.has(problem.rule) ? 'Ordner' : 'Datei';
    const message = problem.suggestion ? `${problem.message} — ${problem.suggestion}` : problem.message;
    return `::${problem.severity} file=${escapeProperty(visible(problem.file, '\r\n'))},line=${problem.line},title=${escapeProperty(visible(title, '\r\n'))}::${escapeData(visible(message, '\r\n'))}`;
  });
  out.push(summaryLine(result));
  return out.join('\n');
}

/**
 * One GitHub workflow command (`::warning file=…,line=…,title=…::message`), escaped like
 * formatGithub's; for other reports that annotate files (npm run review, npm run schemas).
 */
export function annotation(severity: 'error' | 'warning' | 'notice', file: string | undefined, line: number | undefined, title: string, message: string): string {
  const props = [file === undefined ? '' : `file=${escapeProperty(visible(file, '\r\n'))}`, line === undefined ? '' : `line=${line}`, `title=${escapeProperty(visible(title, '\r\n'))}`].filter(Boolean).join(',');
  return `::${severity} ${props}::${escapeData(visible(message, '\r\n'))}`;
}

export function formatJson(result: LoadResult): string {
  // The same characters as JSON escapes (the same strings to a JSON reader, harmless in a terminal).
  return JSON.stringify(
    {
      ok: result.errorCount === 0,
      filesChecked: result.filesChecked,
      errors: result.errorCount,
      warnings: result.warningCount,
      problems: result.problems,
    },
    null,
    2,
  ).replace(HIDDEN_IN_JSON, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

export function formatReport(result: LoadResult, format: ReportFormat, colour = false): string {
  return format === 'json' ? formatJson(result) : format === 'github' ? formatGithub(result) : formatText(result, colour);
}
