/**
 * CONTRIBUTING.md is the editors' reference: it must explain every field of every content type and
 * vocabulary (derived from the schemas, so adding a field without documenting it fails here), and
 * its examples must be what the tools really print and accept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownFields } from '../../src/content/validate.ts';
import { entryFields } from '../../src/schema/entry.ts';
import { contentTypes, entryTypes, type ContentType } from '../../src/schema/index.ts';
import { buildJsonSchema, type JsonSchema } from '../../src/schema/json-schema.ts';
import { readVocabularies } from '../../src/content/vocabularies.ts';
import { parseAnnotation, parseText, ROOT } from '../helpers.ts';

const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const vocab = readVocabularies(path.join(ROOT, 'content'));

/** The text under the first heading (level 2–4) that contains `marker`, up to the next heading of the same or a higher level. */
function section(marker: string): string {
  const lines = guide.split('\n');
  const start = lines.findIndex((line) => /^#{2,4} /.test(line) && line.includes(marker));
  expect(start, `Abschnitt mit „${marker}“ fehlt in CONTRIBUTING.md`).toBeGreaterThanOrEqual(0);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

const mentions = (text: string, field: string) => text.includes(`\`${field}\``) || text.includes(`\`${field}:`);
const common = section('Felder, die jeder Eintrag hat');
const entryFieldNames = Object.keys(entryFields);

describe('CONTRIBUTING.md explains every field', () => {
  it('the fields every entry has, in their own section', () => {
    expect(entryFieldNames).toEqual(expect.arrayContaining(['title', 'summary', 'regions', 'reviewed']));
    for (const field of entryFieldNames) expect(mentions(common, field), field).toBe(true);
  });

  for (const type of Object.keys(contentTypes) as ContentType[]) {
    it(`every field of ${type}, in the section for content/${type}/`, () => {
      const own = section(`content/${type}/`);
      const schema = buildJsonSchema(type, vocab);
      const properties = schema.properties as Record<string, JsonSchema>;
      const nested = Object.values(properties).flatMap((property) => Object.keys((property.properties as object | undefined) ?? {}));
      const isEntry = (entryTypes as ContentType[]).includes(type);
      for (const field of [...knownFields(contentTypes[type].schema), ...nested]) {
        const documented = mentions(own, field) || (isEntry && entryFieldNames.includes(field) && mentions(common, field));
        expect(documented, `${type}.${field} ist in CONTRIBUTING.md nicht erklärt`).toBe(true);
      }
      // Each field that is not shared is explained in a table row of its own section.
      for (const field of knownFields(contentTypes[type].schema).filter((f) => !isEntry || !entryFieldNames.includes(f))) {
        expect(own, `${type}.${field}`).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
      }
    });
  }

  it('every field of the vocabularies', () => {
    const vocabularies = section('content/vocabularies/');
    for (const name of ['regions', 'topics'] as const) {
      const item = buildJsonSchema(name, vocab).items as JsonSchema;
      for (const field of Object.keys(item.properties as object)) expect(mentions(vocabularies, field), `${name}.${field}`).toBe(true);
    }
    expect(vocabularies).toContain('topics.yml');
    expect(vocabularies).toContain('Pull Request');
  });

  it('every allowed value of the closed lists', () => {
    for (const type of entryTypes) {
      const properties = buildJsonSchema(type, vocab).properties as Record<string, JsonSchema & { items?: JsonSchema }>;
      const own = section(`content/${type}/`);
      for (const [field, property] of Object.entries(properties)) {
        if (field === 'regions' || field === 'topics') continue;
        for (const value of (property.enum ?? property.items?.enum ?? []) as string[]) expect(own.includes(`\`${value}\``), `${type}.${field}: ${value}`).toBe(true);
      }
    }
  });
});

describe('CONTRIBUTING.md covers the editors’ workflow', () => {
  it('names the steps in the GitHub web interface and the slug rules', () => {
    for (const text of ['Add file → Create new file', 'Commit changes', 'Create pull request', 'Fork', 'Branch', 'ä → `ae`', 'ß → `ss`', 'npm run new -- contacts']) expect(guide).toContain(text);
  });

  it('says what is never published', () => {
    const never = section('Was nie veröffentlicht wird');
    for (const text of ['Frauenhäusern', '`street`', '`postcode`', 'Private Telefonnummern', 'Daten von Betroffenen', 'Fallschilderungen', 'Fotos von Personen']) expect(never).toContain(text);
  });

  it('explains reviewed, the 12 months, npm run review, examples and drafts', () => {
    for (const text of ['`reviewed`', '12 Monate', 'npm run review', 'der Kontakte sind aktuell', '`example: true`', '`draft: true`']) expect(guide).toContain(text);
  });

  it('shows real validator output in both formats', () => {
    const blocks = [...guide.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const annotations = blocks.find((block) => block.startsWith('::error'));
    expect(annotations).toBeDefined();
    const parsed = annotations!
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map(parseAnnotation);
    expect(parsed.every((a) => a !== undefined)).toBe(true);
    expect(parsed.length).toBeGreaterThanOrEqual(3);
    const text = blocks.find((block) => /^\s+Fehler {2}/m.test(block));
    expect(text).toBeDefined();
    const problems = parseText(text!);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(parsed.map((a) => `${a!.file}:${a!.line} ${a!.title}`).slice(0, problems.length));
  });

  it('explains the web editor with the screenshots the editor test takes', () => {
    const editor = section('Im Web-Editor bearbeiten');
    for (const text of ['/admin/', 'Mit GitHub anmelden', 'Neu', 'Speichern', 'Pull Request', 'Prüfungen', 'Vorschau', 'Koordinationsstelle', 'Frauenhaus']) expect(editor).toContain(text);
    const images = [...editor.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const image of images) expect(existsSync(path.join(ROOT, image)), image).toBe(true);
    expect(readFileSync(path.join(ROOT, 'test/admin/editor.test.ts'), 'utf8')).toContain("'docs', 'web-editor'");
  });

  it('ends with an English section for developers that points to README.md', () => {
    const developers = section('For developers');
    expect(developers).toContain('README.md');
    expect(developers).toContain('docs/publishing.md');
    expect(developers).toContain('unifiedjs.vscode-remark');
  });
});
