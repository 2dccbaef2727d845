/**
 * Every page of the help finder (issue 15): /hilfe/plz/<plz>/ for each of the 796 postcodes and
 * /hilfe/ort/<slug>/ for each place, built from src/geo/data (OSM, ODbL). Each links (and, for
 * one Kreis, forwards) to existing Kreis help pages, is tiny, kept out of the search index and
 * the sitemap, and names the data's licence. The per-page suites check a sample in depth
 * (test/support/html.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listHtmlPages } from '../support/site.ts';

const siteDir = inject('siteDir');
const finderPages = listHtmlPages(siteDir).filter((rel) => /^hilfe\/(plz|ort)\/[^/]+\/index\.html$/.test(rel));
const read = (rel: string) => readFileSync(path.join(siteDir, rel), 'utf8');

describe('help finder pages', () => {
  it('one page per postcode of Lower Saxony (796) and per place', () => {
    expect(finderPages.filter((rel) => rel.startsWith('hilfe/plz/'))).toHaveLength(796);
    expect(finderPages.filter((rel) => rel.startsWith('hilfe/ort/')).length).toBeGreaterThan(900);
  });

  it('each links only existing Kreis help pages, forwards only when exactly one Kreis fits, is small, noindex and not indexed', () => {
    const problems: string[] = [];
    for (const rel of finderPages) {
      const html = read(rel);
      const targets = [...html.matchAll(/<main[\s\S]*?<\/main>/g)][0]![0].match(/href="\/hilfe\/[a-z-]+\/"/g) ?? [];
      const kreise = [...new Set(targets.map((t) => t.slice(6, -1)))].filter((href) => href !== '/hilfe/');
      const refresh = /<meta http-equiv="refresh" content="0; url=(\/hilfe\/[a-z-]+\/)">/.exec(html);
      if (!kreise.length && !html.includes('nicht in Niedersachsen')) problems.push(`${rel}: no Kreis and no "outside" note`);
      for (const href of kreise) if (!existsSync(path.join(siteDir, href, 'index.html'))) problems.push(`${rel}: ${href} missing`);
      if (refresh && (kreise.length !== 1 || refresh[1] !== kreise[0])) problems.push(`${rel}: forwards although ${kreise.length} Kreise`);
      // A postcode shared with another Land (19273, 34355) offers the choice and the hotlines instead.
      const otherLand = html.includes('gsn-emergency-box');
      if (!refresh && kreise.length === 1 && !otherLand) problems.push(`${rel}: one Kreis but no forwarding`);
      if (refresh && otherLand) problems.push(`${rel}: forwards although another Land shares it`);
      if (!html.includes('<meta name="robots" content="noindex">')) problems.push(`${rel}: not noindex`);
      if (html.includes('data-pagefind-body')) problems.push(`${rel}: indexed by Pagefind`);
      if (!html.includes('https://www.openstreetmap.org/copyright')) problems.push(`${rel}: no OSM attribution`);
      if (Buffer.byteLength(html) > 12 * 1024) problems.push(`${rel}: ${Buffer.byteLength(html)} bytes`);
    }
    expect(problems).toEqual([]);
  });

  it('the lookup JSON names its licence and is small', () => {
    const json = read('hilfe/orte.json');
    expect(JSON.parse(json).c).toContain('https://www.openstreetmap.org/copyright');
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(64 * 1024);
  });

  it('_redirects: every postcode and the spellings people type lead to a page; the rest to what to try', () => {
    const lines = read('_redirects').split('\n');
    expect(lines).toContain('/hilfe/ort/29221  /hilfe/plz/29221/  302');
    expect(lines).toContain('/hilfe/ort/bad%20fallingbostel  /hilfe/ort/bad-fallingbostel/  302');
    expect(lines).toContain('/hilfe/ort/bad+fallingbostel  /hilfe/ort/bad-fallingbostel/  302');
    expect(lines).toContain('/hilfe/ort/g%C3%B6ttingen  /hilfe/ort/goettingen/  302');
    // The finder's catch-all ends its rules (the per-language 404 lines of issue #19 follow it).
    expect(lines.filter((l) => l.startsWith('/hilfe/')).at(-1)).toBe('/hilfe/ort/*  /hilfe/finden/  404');
    for (const line of lines.filter((l) => l.startsWith('/hilfe/ort/') && !l.includes('*'))) {
      const to = line.split(/\s+/)[1]!;
      expect(existsSync(path.join(siteDir, to, 'index.html')), line).toBe(true);
    }
  });
});
