/**
 * Issue 13 §4 (tester13, hole 2): a link is judged as the browser reads it (WHATWG URL). A link
 * with a user name before `@` or a backslash (read as `/`) shows one site and opens another; it is
 * refused in every entry type, in link fields and in every body link form (inline, reference,
 * autolink), with exit 1, file, line, field and German message, and `npm run build` publishes nothing.
 * Fixtures: test/fixtures/urls/. Generated variants: test/unit/content/url-reading.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, expectNoCrash, FIXTURES, parseText, PINNED_TODAY, runValidate, scratch, shown } from './helpers.ts';
import { listFiles, runBuild } from './support/site.ts';

const URLS = path.join(FIXTURES, 'urls');
const tmp = scratch('gsn-url-reading-');
afterAll(() => tmp.cleanup());

const FIX = 'die Adresse so eintragen, wie sie in der Adresszeile des Browsers steht: https://, der Name der Website, dann der Pfad mit „/“ – ohne „@“ davor und ohne „\\“';
const USER = 'enthält vor „@“ einen Benutzernamen; ein Browser öffnet nur, was nach „@“ steht';
const BACKSLASH = 'enthält einen umgekehrten Schrägstrich (\\), den ein Browser als „/“ liest';

// Judged as published: the Markdown renderer writes an autolink's `\\` as `%5C`, still a backslash in the authority.
const cases = [
  {
    fixture: 'website-rueckstrich.md',
    target: 'contacts/website-rueckstrich.md',
    line: 8,
    field: 'website',
    message: `Website ist irreführend: „https://bit.ly\\@frauenhaus-celle.de/“ ${BACKSLASH}; ein Browser öffnet „bit.ly“`,
  },
  {
    fixture: 'text-benutzername-kurzlink.md',
    target: 'contacts/text-benutzername-kurzlink.md',
    line: 13,
    field: '(Text)',
    message: `Der Link „https://frauenhaus.example.org@bit.ly/3AbCdEf“ ${USER} („bit.ly“)`,
  },
  {
    fixture: 'beratung-benutzername.md',
    target: 'contacts/beratung-benutzername.md',
    line: 12,
    field: '(Text)',
    message: `Der Link „https://www.niedersachsen.de@evil.example.net/“ ${USER} („evil.example.net“)`,
  },
  {
    fixture: 'beratung-autolink-rueckstrich.md',
    target: 'contacts/beratung-autolink-rueckstrich.md',
    line: 12,
    field: '(Text)',
    message: `%5C%5C@evil.example.net/formular“ ${BACKSLASH}; ein Browser öffnet „evil.example.net“`,
  },
  {
    fixture: 'beratung-verweis.md',
    target: 'contacts/beratung-verweis.md',
    line: 12,
    field: '(Text)',
    message: `Der Link „https://justiz.niedersachsen.de:x@evil.example.net/antrag“ ${USER} („evil.example.net“)`,
  },
  {
    fixture: 'material-kennwort.md',
    target: 'materials/material-kennwort.md',
    line: 9,
    field: 'url',
    message: `Web-Adresse ist irreführend: „https://gast:geheim@evil.example.net/flyer.pdf“ ${USER} („evil.example.net“)`,
  },
];
const files = () => cases.map((c) => ({ from: path.join(URLS, c.fixture), target: c.target }));

describe('npm run validate: links that read differently in a browser', () => {
  it('lists every fixture of urls/ as a case', () => {
    expect(cases.map((c) => c.fixture).sort()).toEqual(readdirSync(URLS).sort());
  });

  it('refuses each with exit 1, file, line, field, German message and fix', async () => {
    const dir = contentWith(path.join(tmp.root, 'validate'), files());
    const result = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const problems = parseText(result.stdout);
    for (const c of cases) {
      const mine = problems.filter((p) => p.file === shown(dir, c.target) && p.text.includes('Browser'));
      expect(mine, `${c.fixture}:\n${result.stdout}`).toHaveLength(1);
      expect(mine[0]).toMatchObject({ severity: 'Fehler', line: c.line, field: c.field });
      const [message, suggestion] = mine[0]!.text.split(' — ');
      expect(message).toContain(c.message);
      expect(suggestion).toBe(FIX);
    }
    // The shortener behind the user name is found by the Frauenhaus guard as well (the host a browser opens).
    expect(problems.some((p) => p.file === shown(dir, 'contacts/text-benutzername-kurzlink.md') && p.text.includes('Kurzlink'))).toBe(true);
  });
});

describe('npm run build with such links', () => {
  it('fails and publishes nothing that holds them', async () => {
    const parent = path.join(tmp.root, 'build');
    const dir = contentWith(path.join(parent, 'content'), files());
    const outDir = path.join(parent, 'site');
    const run = await runBuild({ outDir, contentDir: dir, env: { CONTENT_TODAY: PINNED_TODAY } });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    for (const c of cases) expect(run.stdout, c.fixture).toContain(c.target);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.tmp`)).toBe(false);
    const written = listFiles(parent).filter((rel) => !rel.startsWith('content/'));
    for (const rel of written) expect(readFileSync(path.join(parent, rel), 'utf8'), rel).not.toMatch(/evil\.example|bit\.ly|frauenhaus-celle\.de/);
  });
});
