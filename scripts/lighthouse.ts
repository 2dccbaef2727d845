/**
 * npx tsx scripts/lighthouse.ts [--site _site] [--runs 1] [--uncompressed] [path …]
 *
 * Lighthouse 12.8.2 (mobile, default simulated throttling) in all four categories on pages of a
 * built site, served with the netlify.toml headers by the tests' server, text gzipped as Netlify
 * serves it (--uncompressed: raw). Without paths: home, a listing, a detail page, /hilfe/ and a
 * search (issue 16's five pages). Prints a Markdown table (with --runs N, each page's median
 * score per category, the performance score of every run in brackets), the load average before
 * and after, and every audit below 0.9. Exits 1 if any score is below 95 or Lighthouse could
 * not run. Build first (`npm run build`). Not part of `npm test`: the score depends on the
 * machine's load.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIGHTHOUSE_CATEGORIES, lighthouse } from '../src/bench/page-metrics.ts';
import { runCli, UsageError } from './cli.ts';

const PAGES = ['/', '/kontakte/', '/kontakte/frauenhaus-oldenburg/', '/hilfe/', '/suche/?q=Beratung'];
const BAR = 95;

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { site: { type: 'string', default: '_site' }, runs: { type: 'string', default: '1' }, uncompressed: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs braucht eine ganze Zahl ≥ 1.');
  const site = path.resolve(values.site);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `Lighthouse 12.8.2, mobil${values.uncompressed ? ', unkomprimiert' : ', gzip'} · Last ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} auf ${os.cpus().length} Kernen`,
  );
  say(`| Seite | ${LIGHTHOUSE_CATEGORIES.join(' | ')} | LCP | TBT | CLS |`);
  say(`| --- |${' ---: |'.repeat(LIGHTHOUSE_CATEGORIES.length + 3)}`);
  let ok = true;
  const notes: string[] = [];
  for (const url of positionals.length ? positionals : PAGES) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouse(site, url, { compress: !values.uncompressed }));
    const done = results.filter((r) => r.scores);
    if (!done.length) {
      ok = false;
      say(`| \`${url}\` | nicht gemessen: ${results[0]?.note} |`);
      continue;
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
    const scores = LIGHTHOUSE_CATEGORIES.map((c) => median(done.map((r) => r.scores![c])));
    if (scores.some((s) => s < BAR)) ok = false;
    const all = runs > 1 ? ` (${done.map((r) => r.scores!.performance).join(', ')})` : '';
    const m = done[0]!.metrics!;
    say(`| \`${url}\` | ${scores.join(' | ').replace(/^(\d+)/, `$1${all}`)} | ${m.lcp} | ${m.tbt} | ${m.cls} |`);
    for (const r of done) notes.push(...(r.failing ?? []).map((f) => `${url}: ${f}`));
    // A run without a result is reported, not dropped: a median of fewer runs must say so.
    for (const r of results.filter((r) => !r.scores)) notes.push(`${url}: ein Lauf ohne Ergebnis (${r.note})`);
  }
  for (const note of [...new Set(notes)]) say(`  ${note.includes('ohne Ergebnis') ? 'Hinweis' : 'unter 0,9'}: ${note}`);
  say(
    `Last danach ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  return ok ? 0 : 1;
});
