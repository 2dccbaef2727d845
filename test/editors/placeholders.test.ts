/**
 * Placeholders in /impressum/ and /datenschutz/ (issue 18): `npm run review` lists each one
 * with file and line as a launch blocker; a production deploy (CONTEXT=production, as Netlify
 * sets it) fails while one remains and publishes nothing; a deploy preview still builds.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runBuild, tempDir } from '../support/site.ts';
import { runScript } from './run.ts';

describe('placeholders are launch blockers', () => {
  it('npm run review lists every placeholder with file and line', async () => {
    const run = await runScript('review', []);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Vor dem Start zu erledigen: \d+ Platzhalter/);
    expect(run.stdout).toMatch(/content\/pages\/impressum\.md:\d+ {2}\[Anschrift/);
    expect(run.stdout).toMatch(/content\/pages\/datenschutz\.md:\d+ {2}\[Kontaktdaten der oder des behördlichen Datenschutzbeauftragten/);
  });

  it('fails a production deploy and publishes nothing; a deploy preview builds', async () => {
    const parent = tempDir('placeholders');
    try {
      const production = await runBuild({ outDir: path.join(parent, 'production'), env: { CONTEXT: 'production' } });
      expect(production.code).toBe(1);
      expect(production.stdout).toMatch(/content\/pages\/impressum\.md:\d+/);
      expect(production.stdout).toContain('CONTEXT=production');
      expect(existsSync(path.join(parent, 'production'))).toBe(false);

      // The deploy preview is the site the test run shares (test/support/site.ts builds it with
      // CONTEXT=deploy-preview from the same content), not a second build of it.
      const preview = inject('siteBuild');
      expect(preview.context).toBe('deploy-preview');
      expect(preview.code).toBe(0);
      expect(existsSync(path.join(inject('siteDir'), 'impressum', 'index.html'))).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 180_000);
});
