/**
 * The editors' commands explain themselves: `--help` (`-h`) prints the options in German and
 * exits 0 without doing anything; an unknown option is refused with exit 2 (`npm run build`
 * ignored every argument and built the site: outside tester, session 16).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { contentTodayProblem } from '../../src/schema/clock.ts';

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['scripts/run.mjs', script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_DIR: '/nicht/vorhanden/site', NO_COLOR: '1' } });

describe('--help of the commands', () => {
  it.each([
    ['build', /^npm run build \[-- --help\]/],
    ['review', /^npm run review \[-- Optionen\]/],
  ])('%s: --help and -h print the usage, exit 0; an unknown option is exit 2 and nothing built', (script, usage) => {
    for (const flag of ['--help', '-h']) {
      const help = run(script, [flag]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(usage);
      expect(help.stdout).toContain('-h, --help');
      expect(help.stderr).toBe('');
    }
    const unknown = run(script, ['--bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe('Unbekannte oder unvollständige Option: --bogus');
    expect(unknown.stdout).toBe('');
  });
});

describe('CONTENT_TODAY', () => {
  it('a real date YYYY-MM-DD pins the day; anything else is exit 2 with a German message, before any work', () => {
    for (const value of ['2026-11-30', '2028-02-29', '', undefined]) expect(contentTodayProblem(value), String(value)).toBeUndefined();
    for (const value of ['2026-13-45', '2026-02-30', '2027-02-29', '20261201', '30.11.2026', ' 2026-11-30'])
      expect(contentTodayProblem(value), value).toMatch(/erwartet wird ein Datum als JJJJ-MM-TT/);
    for (const script of ['validate', 'review', 'build']) {
      const refused = spawnSync(process.execPath, ['scripts/run.mjs', script], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_TODAY: '2026-13-45', SITE_DIR: '/nicht/vorhanden/site', NO_COLOR: '1' },
      });
      expect([script, refused.status]).toEqual([script, 2]);
      expect(refused.stderr).toContain('CONTENT_TODAY=2026-13-45: erwartet wird ein Datum als JJJJ-MM-TT');
      expect(refused.stdout).not.toContain('geprüft');
    }
  });
});
