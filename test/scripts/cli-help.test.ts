/**
 * The editors' commands explain themselves: `--help` (`-h`) prints the options in German and
 * exits 0 without doing anything; an unknown option is refused with exit 2 (`npm run build`
 * ignored every argument and built the site: outside tester, session 16).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

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
