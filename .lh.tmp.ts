// Lighthouse, mobile, all four categories, on the pages given; prints scores and failing audits.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '/work/wt/bytes/test/support/server.ts';
const root = process.env.SITE ?? '/work/wt/bytes/_site';
const pages = process.argv.slice(2);
const server = await startServer({ root });
const out = mkdtempSync(path.join(os.tmpdir(), 'lh-'));
const flags = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
for (const p of pages) {
  const report = path.join(out, 'r.json');
  try {
    await promisify(execFile)('npx', ['--yes', 'lighthouse@12.8.2', server.origin + p, '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${flags}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 300000, maxBuffer: 1 << 26 });
  } catch (e) { console.log(p, 'FAILED', String(e).slice(0, 300)); continue; }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const c = r.categories; const a = r.audits;
  console.log([p, ...['performance','accessibility','best-practices','seo'].map(k => Math.round(c[k].score*100)), a['largest-contentful-paint'].displayValue, a['first-contentful-paint'].displayValue, a['total-blocking-time'].displayValue, a['cumulative-layout-shift'].displayValue, a['speed-index'].displayValue].join(' | '));
  for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) { const au = a[ref.id]; if (ref.weight > 0 && au.score !== null && au.score < 0.9) console.log('   ', k, ref.id, au.score, au.displayValue ?? ''); }
  if (process.env.LH_KEEP) require('node:fs').copyFileSync(report, process.env.LH_KEEP + '-' + p.replace(/\W+/g, '_') + '.json');
}
await server.close();
