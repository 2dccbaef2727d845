/**
 * Issue 13 §3 (tester13, hole 6): an unclosed quote is named as such; an id written twice in a vocabulary (usually an entry whose id was
 * overwritten) is one error on that file, at the second occurrence, naming the first and a fix,
 * and the references to the id that went missing are not reported again in other files.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, scratch, shown, validateInProcess } from './helpers.ts';

// The sample content is reviewed up to the real today (the pinned test date lies before some of it).
const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-vocabulary-duplicate-');
afterAll(() => tmp.cleanup());

function contentWithTopics(name: string, edit: (text: string) => string): string {
  const dir = path.join(tmp.root, name);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const file = path.join(dir, 'vocabularies', 'topics.yml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return dir;
}

describe('a duplicate id in topics.yml', () => {
  it('is one error on topics.yml (line of the second id, the first named, a fix) and no "unbekanntes Thema" elsewhere', () => {
    const dir = contentWithTopics('duplicate', (text) => text.replace('- id: wohnungsverweisung', '- id: gewaltschutzgesetz'));
    const result = validateInProcess(dir, TODAY);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const errors = parseText(result.stdout).filter((p) => p.severity === 'Fehler');
    const lines = readFileSync(path.join(dir, 'vocabularies', 'topics.yml'), 'utf8').split('\n');
    const ids = lines.flatMap((line, i) => (line === '- id: gewaltschutzgesetz' ? [i + 1] : []));
    expect(ids).toHaveLength(2);
    expect(errors).toEqual([
      {
        severity: 'Fehler',
        file: shown(dir, 'vocabularies/topics.yml'),
        line: ids[1],
        field: expect.stringMatching(/^\[\d+\]\.id$/),
        text: `Die Kennung „gewaltschutzgesetz“ steht doppelt (zuerst in Zeile ${ids[0]}). — diesem Eintrag seine eigene Kennung geben (meist die, die er vorher hatte) oder ihn löschen; Verweise auf Kennungen, die in dieser Liste fehlen, werden erst danach wieder geprüft`,
      },
    ]);
    expect(result.stdout).not.toContain('unbekanntes Thema');
  });

  it('without a duplicate, a reference to an unknown topic is still an error', () => {
    const dir = contentWithTopics('renamed', (text) => text.replace('- id: wohnungsverweisung', '- id: wohnungsverweisung-neu'));
    const result = validateInProcess(dir, TODAY);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unbekanntes Thema „wohnungsverweisung“');
  });
});

describe('an unclosed quote in topics.yml', () => {
  it('is one error on the line of the quote, naming the field it swallows', () => {
    const dir = contentWithTopics('unclosed', (text) => text.replace('label: "Gewaltschutzgesetz und Schutzanordnungen"', 'label: "Gewaltschutzgesetz und Schutzanordnungen'));
    const result = validateInProcess(dir, TODAY);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const line =
      readFileSync(path.join(dir, 'vocabularies', 'topics.yml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('  label: "Gewaltschutzgesetz')) + 1;
    expect(parseText(result.stdout).filter((p) => p.severity === 'Fehler')).toEqual([
      {
        severity: 'Fehler',
        file: shown(dir, 'vocabularies/topics.yml'),
        line,
        field: '[0].label',
        text: 'Das Anführungszeichen nach „label:“ wird nicht geschlossen: das Feld „description“ darunter wird als Teil des Textes gelesen. — den Text mit einem Anführungszeichen beenden (label: "…")',
      },
    ]);
  });
});
