/**
 * GitHub workflow annotations, as the pull-request checks show them on the changed lines:
 * `npm run validate` (errors), `npm run review` (warnings), `npm run schemas -- --check`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotation } from '../../src/content/report.ts';
import { contentWith, expectNoCrash, parseAnnotation, PINNED_TODAY, ROOT, scratch, shown, unescapeAnnotation, type RunResult } from '../helpers.ts';
import { REVIEW_FIXTURE, REVIEW_SHOWN, REVIEW_TODAY, runScript } from './run.ts';

const tmp = scratch('gsn-annotations-');
afterAll(() => tmp.cleanup());

/** A contact with the mistakes editors make most: typo in a region, a German field name, a shelter's street. */
const BROKEN_CONTACT = `---
title: Frauenhaus Musterstadt
summary: Schutz und Unterkunft für Frauen und ihre Kinder im Landkreis Göttingen.
regions: [landkreis-gottingen]
reviewed: 2026-03-12
kind: frauenhaus
phone: "030 23125 203"
adresse:
  city: Göttingen
address:
  street: Musterweg 1
  city: Göttingen
---

Text.
`;

function annotations(stdout: string) {
  return stdout
    .split('\n')
    .map(parseAnnotation)
    .filter((a) => a !== undefined)
    .map((a) => ({ ...a, file: unescapeAnnotation(a.file), title: unescapeAnnotation(a.title), message: unescapeAnnotation(a.message) }));
}

describe('npm run validate --format github', () => {
  let dir: string;
  let explicit: RunResult;
  let automatic: RunResult;
  beforeAll(async () => {
    dir = contentWith(path.join(tmp.root, 'validate'));
    writeFileSync(path.join(dir, 'contacts', 'frauenhaus-musterstadt.md'), BROKEN_CONTACT);
    [explicit, automatic] = await Promise.all([
      runScript('validate', ['--dir', dir, '--format', 'github'], { CONTENT_TODAY: PINNED_TODAY }),
      runScript('validate', ['--dir', dir], { CONTENT_TODAY: PINNED_TODAY, GITHUB_ACTIONS: 'true' }),
    ]);
  });

  it('prints one ::error per problem at the file and line of the field, and exits 1', () => {
    expectNoCrash(explicit);
    expect(explicit.code).toBe(1);
    const file = shown(dir, 'contacts/frauenhaus-musterstadt.md');
    const found = annotations(explicit.stdout);
    expect(found.map((a) => [a.severity, a.file, a.line, a.title])).toEqual([
      ['error', file, 4, 'regions[0]'],
      ['error', file, 8, 'adresse'],
      ['error', file, 11, 'address.street'],
    ]);
    expect(found[0]!.message).toBe('Regionen: unbekannte Region „landkreis-gottingen“ — meinten Sie „landkreis-goettingen“?');
    expect(found[1]!.message).toBe('unbekanntes Feld „adresse“ — meinten Sie „address“?');
    expect(found[2]!.message).toContain('darf bei einem Frauenhaus nicht veröffentlicht werden');
  });

  it('ends with the German summary as a plain log line', () => {
    const lines = explicit.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ \d+ Dateien geprüft: 3 Fehler in 1 Datei\. Die Website wird erst gebaut, wenn alle Fehler behoben sind\.$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning) file=/);
  });

  it('is chosen automatically under GITHUB_ACTIONS=true', () => {
    expect(automatic.code).toBe(1);
    expect(automatic.stdout).toBe(explicit.stdout);
  });
});

describe('npm run review --format github', () => {
  let explicit: RunResult;
  let automatic: RunResult;
  const summaryFile = path.join(tmp.root, 'step-summary.md');
  beforeAll(async () => {
    writeFileSync(summaryFile, '');
    [explicit, automatic] = await Promise.all([
      runScript('review', ['--dir', REVIEW_FIXTURE, '--format', 'github'], { CONTENT_TODAY: REVIEW_TODAY }),
      runScript('review', ['--dir', REVIEW_FIXTURE], { CONTENT_TODAY: REVIEW_TODAY, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile }),
    ]);
  });

  it('prints one ::warning per due entry at its `reviewed:` line and exits 0', () => {
    expectNoCrash(explicit);
    expect(explicit.code).toBe(0);
    const warnings = annotations(explicit.stdout).filter((a) => a.severity === 'warning');
    expect(warnings.map((a) => [a.file, a.line, a.title])).toEqual([
      [`${REVIEW_SHOWN}/initiatives/runder-tisch-musterstadt.md`, 5, 'Prüfung fällig'],
      [`${REVIEW_SHOWN}/pages/impressum.md`, 4, 'Prüfung fällig'],
      [`${REVIEW_SHOWN}/contacts/biss-musterstadt.md`, 6, 'Prüfung fällig'],
      [`${REVIEW_SHOWN}/contacts/beratung-grenzfall.md`, 5, 'Prüfung fällig'],
    ]);
    expect(warnings[3]!.message).toBe(
      'Beratungsstelle Grenzfall (Landkreis Göttingen, Landkreis Northeim): zuletzt geprüft am 19. November 2025 (vor 12 Monaten) — Angaben prüfen und in „reviewed“ das Prüfdatum eintragen',
    );
  });

  it('adds the share of fresh contacts as a notice and the summary as a log line', () => {
    const lines = explicit.stdout.trimEnd().split('\n');
    // % is escaped as %25 in workflow commands; GitHub shows "50 % der Kontakte …".
    expect(lines).toContain('::notice title=Aktualität der Kontakte::50 %25 der Kontakte sind aktuell (2 von 4)');
    expect(lines.at(-1)).toBe('4 Einträge sind seit mehr als 12 Monaten nicht geprüft (von 11). Angaben prüfen, dann in „reviewed“ das Prüfdatum eintragen.');
  });

  it('is chosen automatically under GITHUB_ACTIONS=true and writes the whole list to the job summary', () => {
    expect(automatic.code).toBe(0);
    expect(automatic.stdout).toBe(explicit.stdout);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('### Prüfliste „zuletzt geprüft“ – Stand 20. November 2026');
    expect(summary).toContain(
      '| Kontakte | Landkreis Göttingen, Landkreis Northeim | Beratungsstelle Grenzfall | 19. November 2025 (vor 12 Monaten) | `test/fixtures/review/contacts/beratung-grenzfall.md:5` |',
    );
  });
});

describe('npm run schemas -- --check under GitHub Actions', () => {
  it('annotates each stale schema file as an error', async () => {
    const out = path.join(tmp.root, 'schemas');
    cpSync(path.join(ROOT, 'schemas'), out, { recursive: true });
    writeFileSync(path.join(out, 'topics.schema.json'), '{}\n');
    const result = await runScript('schemas', ['--check', '--out', out], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    const found = annotations(result.stdout);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: shown(out, 'topics.schema.json'), line: 1, title: 'JSON-Schema' });
    expect(found[0]!.message).toContain('npm run schemas ausführen');
  });
});

describe('annotation()', () => {
  it('escapes properties and data like the validator', () => {
    expect(annotation('warning', 'content/a,b.md', 3, 'Prüfung: fällig', '50 %\nneu')).toBe('::warning file=content/a%2Cb.md,line=3,title=Prüfung%3A fällig::50 %25%0Aneu');
    expect(annotation('notice', undefined, undefined, 'Kontakte', 'ok')).toBe('::notice title=Kontakte::ok');
  });
});
