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
  const ok = await buildSite({ outDir: temp, endsProcess: true });
  if (!ok) {
    rmSync(temp, { recursive: true, force: true });
    return 1;
  }
  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  renameSync(temp, out);
  return 0;
});
