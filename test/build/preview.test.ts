/**
 * The preview (`npm start`) updates incrementally after an edit: it must end up with exactly the
 * site a full build of the same content produces, page by page, and the running server must show
 * an edit without a restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/server.ts';
import { listFiles, tempDir } from '../support/site.ts';
import { freePort, until } from '../../src/bench/preview.ts';
import { formatBytes } from '../../src/text/format.ts';
import { readXlsx } from '../exports/helpers.ts';

interface Update {
  step: string;
  ok: boolean;
  pages: number;
  removed: number;
}

describe('incremental preview update', () => {
  let work: string;
  let updates: Update[];
  let built: boolean;
  let priorityKept: boolean;
  let onRequest: Record<string, boolean>;

  beforeAll(() => {
    work = tempDir('preview');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/preview-driver.ts', work], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1790000000', CONTENT_TODAY: '2026-11-24', NO_COLOR: '1' },
      // Three full builds and nine updates: 322 s measured on the shared 2-core machine at load 35.
      timeout: 600_000,
    });
    if (run.status !== 0) throw new Error(`preview driver failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    ({ updates, onRequest, built, priorityKept } = JSON.parse(run.stdout.trim().split('\n').at(-1)!));
  }, 660_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('accepts every valid edit and keeps the last good state on a broken one', () => {
    expect(built).toBe(true);
    expect(priorityKept).toBe(true);
    expect(updates.map((u) => [u.step, u.ok])).toEqual([
      ['title of a contact that initiatives and networks link to', true],
      ['regions and topics of an initiative', true],
      ['a new initiative that links to existing entries', true],
      ['a valid and a broken edit together', false],
      ['the broken edit fixed', true],
      ['the new initiative deleted', true],
      ['an initiative turned into a draft', true],
      ['an initiative renamed', true],
      ['a region renamed in the vocabulary', true],
    ]);
    expect(updates.filter((u) => u.removed).map((u) => u.step)).toEqual(['the new initiative deleted', 'an initiative turned into a draft', 'an initiative renamed']);
  });

  it('writes a listing left for later before it is served, and only once', () => {
    expect(onRequest).toEqual({
      listingStaleAfterUpdate: true,
      entryRequestRendersNothing: true,
      listingRequestRenders: true,
      listingFreshWhenServed: true,
      secondRequestRendersNothing: true,
    });
  });

  it('renders far fewer pages for an entry edit than the site has', () => {
    const total = listFiles(path.join(work, 'entries-full'), (rel) => rel.endsWith('.html') && !rel.startsWith('admin/')).length;
    const entryEdit = updates[0]!.pages;
    expect(entryEdit).toBeLessThan(total * 0.75);
    // a vocabulary change renders every page but /daten/ (written in the background)
    expect(updates.at(-1)!.pages).toBe(total - 1);
  });

  for (const stage of ['entries', 'vocabulary']) {
    it(`ends with the same files as a full build (${stage})`, () => {
      const notIndex = (rel: string) => !rel.startsWith('pagefind/');
      const preview = path.join(work, `${stage}-preview`);
      const full = path.join(work, `${stage}-full`);
      const files = listFiles(full, notIndex).sort();
      expect(listFiles(preview, notIndex).sort()).toEqual(files);
      const differing = files.filter((rel) => !readFileSync(path.join(preview, rel)).equals(readFileSync(path.join(full, rel))));
      expect(differing).toEqual([]);
      expect(listFiles(path.join(preview, 'pagefind'), (rel) => rel.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    });
  }
});

describe('npm start', () => {
  let work: string;
  let server: ChildProcess;
  let output = '';
  let port: number;
  const base = () => `http://localhost:${port}`;

  beforeAll(async () => {
    work = tempDir('start');
    cpSync(path.join(PROJECT_ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: path.join(work, 'content'), SITE_DIR: path.join(work, 'site'), PORT: String(port), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(
      () => output.includes(`http://localhost:${port}/`),
      60_000,
      () => output,
    );
  }, 90_000);
  afterAll(() => {
    server?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('serves the site with the headers of netlify.toml', async () => {
    const response = await fetch(`${base()}/kontakte/frauenhaus-celle/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('Frauenhaus');
  });

  it('answers the help finder form without JavaScript like Netlify (netlify.toml + _redirects)', async () => {
    const hop = async (url: string) => fetch(`${base()}${url}`, { redirect: 'manual' });
    let response = await hop('/hilfe/finden/?q=29221');
    expect([response.status, response.headers.get('location')]).toEqual([302, '/hilfe/ort/29221/']);
    response = await hop('/hilfe/ort/29221/');
    expect([response.status, response.headers.get('location')]).toEqual([302, '/hilfe/plz/29221/']);
    response = await hop('/hilfe/finden/?q=Celle');
    expect([response.status, response.headers.get('location')]).toEqual([302, '/hilfe/ort/Celle/']);
    response = await hop('/hilfe/ort/Celle/');
    expect([response.status, response.headers.get('location')]).toEqual([302, '/hilfe/ort/celle/']);
    const page = await (await hop('/hilfe/plz/29221/')).text();
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/hilfe/landkreis-celle/">');
    response = await hop('/hilfe/finden/?q=xyzzy');
    response = await hop(response.headers.get('location')!);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('keinen Ort in Niedersachsen gefunden');
  });

  it('shows an edited entry without a restart, and its new title in the search index', async () => {
    const file = path.join(work, 'content', 'contacts', 'frauenhaus-celle.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Frauenhaus Celle Vorschautest'));
    await until(
      async () => (await (await fetch(`${base()}/kontakte/frauenhaus-celle/`)).text()).includes('Frauenhaus Celle Vorschautest'),
      10_000,
      () => output,
    );
    expect(output).toMatch(/Vorschau aktualisiert in \d+,\d+ s: \d+ Seiten? \(contacts\/frauenhaus-celle\.md\)/);
    // The listing shows it too, and the background work rewrites the index.
    expect(await (await fetch(`${base()}/kontakte/a-z/`)).text()).toContain('Frauenhaus Celle Vorschautest');
    await until(
      () => /Suchindex \(\d+ Seiten\) und offene Daten aktualisiert/.test(output),
      30_000,
      () => output,
    );
    const contacts = await (await fetch(`${base()}/daten/kontakte.json`)).text();
    expect(contacts).toContain('Frauenhaus Celle Vorschautest');
    // The binary export too, and /daten/ names the size written.
    const xlsx = await fetch(`${base()}/daten/kontakte.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml.sheet');
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    const { sheet } = await readXlsx(bytes);
    expect((sheet.getColumn(2).values as unknown[]).includes('Frauenhaus Celle Vorschautest')).toBe(true);
    expect(await (await fetch(`${base()}/daten/`)).text()).toContain(formatBytes(bytes.length));
    const fragments = path.join(work, 'site', 'pagefind', 'fragment');
    const indexed = readdirSync(fragments).map((name) => gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8'));
    expect(indexed.some((fragment) => fragment.includes('Frauenhaus Celle Vorschautest'))).toBe(true);
  });

  it('reports a broken edit and keeps serving the last good page', async () => {
    const file = path.join(work, 'content', 'contacts', 'frauenhaus-celle.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2026-13-45'));
    await until(
      () => output.includes('Die Vorschau zeigt weiter den letzten fehlerfreien Stand'),
      10_000,
      () => output,
    );
    expect(output).toContain('frauenhaus-celle.md:');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    const page = await (await fetch(`${base()}/kontakte/frauenhaus-celle/`)).text();
    expect(page).toContain('Frauenhaus Celle Vorschautest');
  });
});
