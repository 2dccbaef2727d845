/** Checks one parsed file against its type's schema and turns zod's findings into editor messages. */
import type { z } from 'zod';
import { contentTypes, type ContentType, type DataOf } from '../schema/index.ts';
import { HINT } from '../schema/fields.ts';
import { labelOf, fieldLabels } from './labels.ts';
import type { ParsedFile } from './parse.ts';
import { formatPath, type Problem } from './problems.ts';
import { didYouMean, didYouMeanField } from './suggest.ts';
import { scalarSource } from './yaml-surprises.ts';

export function validateData<T extends ContentType>(type: T, parsed: ParsedFile): { data: DataOf<T> } | { problems: Problem[] } {
  const schema = contentTypes[type].schema as unknown as z.ZodType<DataOf<T>>;
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { data: result.data };
  return { problems: issuesToProblems(result.error.issues, parsed.file, parsed.lineOf, knownFields(schema), (path) => scalarSource(parsed.frontmatter, path)) };
}

/** The field names a strict object schema allows, for "did you mean" on unknown fields. */
export function knownFields(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: { shape?: object; in?: z.ZodType; schema?: z.ZodType } }).def;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.in) return knownFields(def.in);
  if (def?.schema) return knownFields(def.schema);
  return Object.keys(fieldLabels);
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  fields: string[],
  /** The source text of the value at a path, to quote an unquoted number back as text. */
  sourceOf?: (path: readonly PropertyKey[]) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  // An issue marked `alone` (a Frauenhaus's street: it must go) is the only one reported for its field.
  const alone = new Set(issues.filter((issue) => (issue as { params?: { alone?: boolean } }).params?.alone).map((issue) => formatPath(issue.path as PropertyKey[])));
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (alone.has(formatPath(path)) && !(issue as { params?: { alone?: boolean } }).params?.alone) continue;
    const label = labelOf(path);
    const say = (message: string) => (label ? (/^[a-zäöü]/.test(message) ? `${label} ${message}` : `${label}: ${message}`) : message);
    const [text, hinted] = issue.message.split(HINT) as [string, string | undefined];
    const suggestion = (issue as { params?: { suggestion?: string } }).params?.suggestion ?? hinted;
    const base = { severity: 'error' as const, file, line: lineOf(path), field: formatPath(path), rule: issue.code };

    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        problems.push({
          ...base,
          line: lineOf(keyPath),
          field: formatPath(keyPath),
          message: `unbekanntes Feld „${key}“`,
          suggestion: didYouMeanField(key, fields) ?? `erlaubt sind: ${fields.join(', ')}`,
          rule: 'unknown-field',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const name = String(path[path.length - 1] ?? '');
      problems.push({ ...base, message: say('fehlt (Pflichtfeld)'), suggestion: `das Feld „${name}“ ergänzen`, rule: 'required' });
      continue;
    }
    if (issue.code === 'invalid_value' && (issue.input === null || issue.input === undefined)) {
      problems.push({ ...base, message: say('ist leer (Pflichtfeld)'), suggestion: `einen Wert eintragen: ${issue.values.map(String).join(', ')}`, rule: 'required' });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
      // YAML read the unquoted value as a number or true/false: +4969… lost its +, 0x7530 became 30000.
      const typed = sourceOf?.(path) ?? String(issue.input);
      const name = path[path.length - 1];
      const what = typeof issue.input === 'number' ? 'Zahl' : 'Wahrheitswert';
      const read = String(issue.input) === typed ? '' : ` ${String(issue.input)}`;
      const quoted = `"${typed.replace(/["\\]/g, '\\$&')}"`;
      problems.push({
        ...base,
        message: say(`${text.replace(/;.*$/, '')}: ohne Anführungszeichen liest YAML „${typed}“ als ${what}${read}`),
        suggestion: `in Anführungszeichen schreiben: ${typeof name === 'string' ? `${name}: ${quoted}` : `- ${quoted}`}`,
        rule: 'yaml-number',
      });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.input === null) {
      problems.push({ ...base, message: say('ist leer'), ...(suggestion ? { suggestion } : { suggestion: 'einen Wert eintragen oder die Zeile löschen' }), rule: 'required' });
      continue;
    }
    if (issue.code === 'invalid_value') {
      const values = issue.values.map(String);
      const input = String(issue.input);
      problems.push({
        ...base,
        message: say(`„${input}“ ist kein erlaubter Wert`),
        suggestion: didYouMean(input, values) ?? `erlaubt: ${values.join(', ')}`,
        rule: 'enum',
      });
      continue;
    }
    problems.push({ ...base, message: say(text), ...(suggestion ? { suggestion } : {}) });
  }
  return problems;
}
