/**
 * `npm run review` on a small fixture with chosen `reviewed` dates (CONTENT_TODAY pins "today"):
 * which entries are due, how they are grouped, the share of fresh contacts, the exit codes.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { contactShareLine, germanDate, monthsBetween, reviewContent, type ReviewReport } from '../../src/content/review.ts';
import { expectNoCrash, scratch } from '../helpers.ts';
import { REVIEW_FIXTURE, REVIEW_SHOWN, REVIEW_TODAY, runScript } from './run.ts';

const tmp = scratch('gsn-review-');
afterAll(() => tmp.cleanup());

describe('reviewContent', () => {
  const report = reviewContent(loadContent({ dir: REVIEW_FIXTURE, today: REVIEW_TODAY }));

  it('lists published entries reviewed more than 12 months ago, oldest first', () => {
    expect(report.staleBefore).toBe('2025-11-20');
    expect(report.stale.map((entry) => [entry.type, entry.slug, entry.reviewed])).toEqual([
      ['initiatives', 'runder-tisch-musterstadt', '2024-06-15'],
      ['pages', 'impressum', '2025-01-10'],
      ['contacts', 'biss-musterstadt', '2025-03-01'],
      ['contacts', 'beratung-grenzfall', '2025-11-19'],
    ]);
  });

  it('keeps an entry reviewed exactly 12 months ago and leaves drafts out', () => {
    const slugs = report.stale.map((entry) => entry.slug);
    expect(slugs).not.toContain('hilfetelefon-beispiel');
    expect(slugs).not.toContain('entwurf-beratung');
    expect(report.checked).toBe(11);
  });

  it('knows file, line of `reviewed`, age and regions of each entry', () => {
    const grenzfall = report.stale.find((entry) => entry.slug === 'beratung-grenzfall')!;
    expect(grenzfall).toMatchObject({ file: `${REVIEW_SHOWN}/contacts/beratung-grenzfall.md`, line: 5, months: 12, example: true });
    expect(grenzfall.regions.map((r) => r.id)).toEqual(['landkreis-goettingen', 'landkreis-northeim']);
    const page = report.stale.find((entry) => entry.slug === 'impressum')!;
    expect(page).toMatchObject({ file: `${REVIEW_SHOWN}/pages/impressum.md`, line: 4, regions: [] });
  });

  it('counts the contacts reviewed within 12 months', () => {
    expect(report.contacts).toEqual({ total: 4, fresh: 2, percent: 50 });
    expect(contactShareLine(report)).toBe('50 % der Kontakte sind aktuell (2 von 4)');
  });
});

describe('contactShareLine', () => {
  const withContacts = (fresh: number, total: number, percent: number | null): ReviewReport => ({
    today: REVIEW_TODAY,
    staleBefore: '2025-11-20',
    checked: total,
    stale: [],
    contacts: { total, fresh, percent },
  });
  it('prints the rounded share with both counts', () => {
    const report = reviewContent(loadContent({ dir: REVIEW_FIXTURE, today: REVIEW_TODAY }));
    expect(contactShareLine({ ...report, contacts: { total: 22, fresh: 18, percent: 82 } })).toBe('82 % der Kontakte sind aktuell (18 von 22)');
    expect(contactShareLine(withContacts(0, 0, null))).toBe('Es sind noch keine Kontakte veröffentlicht.');
  });
});

describe('date helpers', () => {
  it('counts whole months and writes German dates', () => {
    expect(monthsBetween('2025-11-20', '2026-11-20')).toBe(12);
    expect(monthsBetween('2025-11-21', '2026-11-20')).toBe(11);
    expect(monthsBetween('2024-06-15', '2026-11-20')).toBe(29);
    expect(germanDate('2025-03-01')).toBe('1. März 2025');
  });
});

describe('npm run review (text)', () => {
  it('groups due entries by type and region, with date and file, and exits 0', async () => {
    const result = await runScript('review', ['--dir', REVIEW_FIXTURE], { CONTENT_TODAY: REVIEW_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'Prüfliste „zuletzt geprüft“ – Stand 20. November 2026',
      'Fällig ist jeder veröffentlichte Eintrag, der vor dem 20. November 2025 zuletzt geprüft wurde.',
      '',
      'Kontakte: 2 fällig',
      '  Landkreis Göttingen',
      '    BISS Musterstadt (Beispieleintrag) – zuletzt geprüft am 1. März 2025 (vor 20 Monaten)',
      `      ${REVIEW_SHOWN}/contacts/biss-musterstadt.md:6`,
      '    Beratungsstelle Grenzfall (Beispieleintrag) – zuletzt geprüft am 19. November 2025 (vor 12 Monaten)',
      `      ${REVIEW_SHOWN}/contacts/beratung-grenzfall.md:5`,
      '  Landkreis Northeim',
      '    Beratungsstelle Grenzfall (Beispieleintrag) – zuletzt geprüft am 19. November 2025 (vor 12 Monaten)',
      `      ${REVIEW_SHOWN}/contacts/beratung-grenzfall.md:5`,
      '',
      'Initiativen: 1 fällig',
      '  Landkreis Göttingen',
      '    Runder Tisch Musterstadt (Beispieleintrag) – zuletzt geprüft am 15. Juni 2024 (vor 2 Jahren)',
      `      ${REVIEW_SHOWN}/initiatives/runder-tisch-musterstadt.md:5`,
      '',
      'Seiten: 1 fällig',
      '  ohne Region',
      '    Impressum – zuletzt geprüft am 10. Januar 2025 (vor 22 Monaten)',
      `      ${REVIEW_SHOWN}/pages/impressum.md:4`,
      '',
      '50 % der Kontakte sind aktuell (2 von 4).',
      '4 Einträge sind seit mehr als 12 Monaten nicht geprüft (von 11). Angaben prüfen, dann in „reviewed“ das Prüfdatum eintragen.',
    ]);
  });

  it('reads CONTENT_DIR and CONTENT_TODAY', async () => {
    const later = await runScript('review', [], { CONTENT_DIR: REVIEW_FIXTURE, CONTENT_TODAY: '2027-10-02' });
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('Stand 2. Oktober 2027');
    expect(later.stdout).toContain('0 % der Kontakte sind aktuell (0 von 4).');
    expect(later.stdout).toContain('Kontakte: 4 fällig');
    expect(later.stdout).toContain('Frauenhaus Musterstadt');
  });

  it('says so when nothing is due', async () => {
    const dir = path.join(tmp.root, 'fresh');
    cpSync(REVIEW_FIXTURE, dir, { recursive: true });
    for (const file of ['contacts/biss-musterstadt.md', 'contacts/beratung-grenzfall.md', 'initiatives/runder-tisch-musterstadt.md', 'pages/impressum.md']) {
      const target = path.join(dir, file);
      writeFileSync(target, readFileSync(target, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2026-11-01'));
    }
    const result = await runScript('review', ['--dir', dir], { CONTENT_TODAY: REVIEW_TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('100 % der Kontakte sind aktuell (4 von 4).');
    expect(result.stdout).toContain('✔ Alle 11 Einträge wurden in den letzten 12 Monaten geprüft.');
    expect(result.stdout).not.toContain('fällig\n');
  });
});

describe('npm run review (json)', () => {
  it('gives tools the same list', async () => {
    const result = await runScript('review', ['--dir', REVIEW_FIXTURE, '--format', 'json'], { CONTENT_TODAY: REVIEW_TODAY });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ReviewReport & { ok: boolean; summary: { stale: number; contacts: string } };
    expect(json.ok).toBe(true);
    expect(json.today).toBe(REVIEW_TODAY);
    expect(json.stale.map((entry) => entry.slug)).toEqual(['runder-tisch-musterstadt', 'impressum', 'biss-musterstadt', 'beratung-grenzfall']);
    expect(json.contacts).toEqual({ total: 4, fresh: 2, percent: 50 });
    expect(json.summary).toEqual({ stale: 4, contacts: '50 % der Kontakte sind aktuell (2 von 4)' });
  });
});

describe('npm run review with broken content', () => {
  const broken = path.join(tmp.root, 'broken');
  const brokenFile = `${broken.split(path.sep).join('/')}/contacts/biss-musterstadt.md`;

  it('prints the validation errors instead of the list and exits 1', async () => {
    cpSync(REVIEW_FIXTURE, broken, { recursive: true });
    const file = path.join(broken, 'contacts', 'biss-musterstadt.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('regions: [landkreis-goettingen]', 'regions: [landkreis-gottingen]'));
    const result = await runScript('review', ['--dir', broken], { CONTENT_TODAY: REVIEW_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${brokenFile}:4  regions[0]  Regionen: unbekannte Region „landkreis-gottingen“ — meinten Sie „landkreis-goettingen“?`);
    expect(result.stdout).toContain('Die Prüfliste wird erstellt, sobald alle Fehler behoben sind.');
    expect(result.stdout).not.toContain('Prüfliste „zuletzt geprüft“');
  });

  it('reports them as JSON with ok: false', async () => {
    const result = await runScript('review', ['--dir', broken, '--format', 'json'], { CONTENT_TODAY: REVIEW_TODAY });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { ok: boolean; errors: number };
    expect(json).toMatchObject({ ok: false, errors: 1 });
  });

  it('refuses an unknown format in German, without a stack trace', async () => {
    const result = await runScript('review', ['--format', 'xml'], { CONTENT_DIR: REVIEW_FIXTURE, CONTENT_TODAY: REVIEW_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unbekanntes Format „xml“');
  });
});
