/**
 * Validator bugs found while writing the tests, NOT fixed here (src/ belongs to another task).
 * Each test states the correct behaviour and is marked `it.fails`: it passes while the bug is
 * there and turns red once the bug is fixed — then remove `.fails` to keep the fix in place.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../src/content/index.ts';
import { formatText } from '../src/content/report.ts';
import { BAD, BASE, FIXTURES, contentWith, scratch } from './helpers.ts';

const TODAY = '2026-11-20';
const tmp = scratch();
afterAll(() => tmp.cleanup());
let counter = 0;
function copyWith(files: Record<string, string>): string {
  const dir = contentWith(path.join(tmp.root, `bug-${++counter}`));
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
  return dir;
}
const bad = (name: string) => readFileSync(path.join(BAD, name), 'utf8');

describe('known validator bugs', () => {
  afterEach(() => vi.unstubAllEnvs());

  // src/schema/contact.ts postcode: an unquoted 3707 is the number 3707 and is padded to "03707".
  // (An unquoted 01067 already stays the string "01067" thanks to the YAML reader's int rule,
  // so the padding only ever turns 4-digit typos into "valid" postcodes.)
  it.fails('an unquoted 4-digit postcode (3707) is an error, not silently "03707"', () => {
    const text = bad('postleitzahl-vierstellig.md').replace('postcode: "3707"', 'postcode: 3707');
    const dir = copyWith({ 'contacts/postleitzahl-vierstellig.md': text });
    const result = loadContent({ dir, today: TODAY });
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'address.postcode', message: expect.stringContaining('keine fünfstellige Postleitzahl') }));
  });

  // src/schema/fields.ts pastDate calls clock.today() (CONTENT_TODAY or the real date), so the
  // `today` option of loadContent pins staleness but not "reviewed not in the future".
  it.fails('loadContent({ today }) also decides what "in the future" means', () => {
    vi.stubEnv('CONTENT_TODAY', '');
    const result = loadContent({ dir: BASE, today: '2026-06-01' });
    // every base entry was reviewed after 2026-06-01
    expect(result.problems.filter((p) => p.field === 'reviewed' && p.message.includes('liegt in der Zukunft')).length).toBe(9);
  });

  // src/content/load.ts vocab(): readText() already pushed "kann nicht gelesen werden —
  // Dateirechte prüfen" for the missing file, so the intended "fehlt" message is never used.
  it.fails('a missing vocabulary says "fehlt", not "kann nicht gelesen werden — Dateirechte prüfen"', () => {
    const dir = copyWith({});
    rmSync(path.join(dir, 'vocabularies', 'topics.yml'));
    const problem = loadContent({ dir, today: TODAY }).problems.find((p) => p.file.endsWith('vocabularies/topics.yml'));
    expect(problem?.message).toBe('Die Datei fehlt');
  });

  // src/content/parse.ts: fileProblem() prefixes "Die Datei " to messages that start with
  // "das Frontmatter …": "Die Datei das Frontmatter wird nicht mit --- abgeschlossen".
  it.fails('frontmatter messages are grammatical German', () => {
    const dir = copyWith({ 'contacts/ohne-abschluss.md': bad('ohne-abschluss.md'), 'contacts/frontmatter-liste.md': bad('frontmatter-liste.md') });
    for (const problem of loadContent({ dir, today: TODAY }).problems) expect(problem.message).not.toMatch(/^Die Datei das /);
  });

  // src/content/load.ts: folders are reported as "Die Datei ist ein unbekannter Ordner" /
  // "Die Datei ist ein Unterordner".
  it.fails('folder problems do not call the folder "Die Datei"', () => {
    const dir = copyWith({});
    contentWith(dir, [
      { from: path.join(BAD, 'unbekannter-ordner.md'), target: 'kontakte/biss-hannover.md' },
      { from: path.join(BAD, 'unterordner.md'), target: 'contacts/archiv/biss-alt.md' },
    ]);
    const problems = loadContent({ dir, today: TODAY }).problems;
    expect(problems.length).toBe(2);
    for (const problem of problems) expect(problem.message).not.toMatch(/^Die Datei ist ein (unbekannter Ordner|Unterordner)/);
  });

  // src/content/yaml.ts: an unclosed quote is reported at the end of the frontmatter (line 7),
  // not where the quote opens (line 2, title).
  it.fails('an unclosed quote points at the line where the quote opens', () => {
    const dir = copyWith({ 'contacts/yaml-anfuehrungszeichen.md': bad('yaml-anfuehrungszeichen.md') });
    const problem = loadContent({ dir, today: TODAY }).problems[0];
    expect(problem?.line).toBe(2);
  });

  // src/content/report.ts formatText/problemLine print values from the content unescaped: a
  // newline in a value starts a new output line (here "::error file=evil.md…", which GitHub
  // Actions would execute as a workflow command if the text format is used in CI) and escape
  // sequences reach the terminal. The github format escapes correctly.
  it.fails('the text report does not pass newlines or escape sequences from content through', () => {
    const dir = contentWith(path.join(tmp.root, 'bug-text-injection'), [{ from: path.join(FIXTURES, 'injection', 'art-zeilenumbruch.md'), target: 'contacts/art-zeilenumbruch.md' }]);
    const text = formatText(loadContent({ dir, today: TODAY }), false);
    expect(text).not.toMatch(/^::/m);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
  });
});
