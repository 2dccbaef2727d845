/**
 * npm run build: validate → render → export → index, into a fresh folder that replaces _site
 * only when every step succeeded (a failed build never leaves half a site behind).
 */
import { rmSync, renameSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../src/site/build.ts';
import { runCli } from './cli.ts';

runCli(async () => {
  const out = path.resolve(process.env.SITE_DIR ?? '_site');
  const temp = `${out}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  try {
    const ok = await buildSite({ outDir: temp, endsProcess: true });
    if (!ok) return 1;
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
    renameSync(temp, out);
    return 0;
  } finally {
    // Whatever failed (content, Eleventy, Pagefind, the disk), no half-built folder stays behind.
    rmSync(temp, { recursive: true, force: true });
  }
});
