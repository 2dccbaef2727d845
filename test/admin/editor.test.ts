/**
 * The real web editor, offline in Chromium: /admin/ from the built site with its netlify.toml
 * headers, Sveltia's local-repository backend on a copy of content/ in the browser's private
 * file system (OPFS; the directory picker is answered with that folder). Through the form it
 * creates a contact (title with umlauts, region, phone, a Frauenhaus without street); the file
 * the CMS writes must pass `npm run validate` and render. Screenshots for CONTRIBUTING.md are
 * taken on the way: into docs/web-editor/ with UPDATE_SCREENSHOTS=1 (then commit them), else into
 * a temporary folder, so that a test run leaves the working tree clean.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldDoc } from '../../src/schema/field-docs.ts';
import { openPage, type OpenedPage } from '../support/browser.ts';
import { endSession, startSession } from '../support/session.ts';
import { runBuild, tempDir } from '../support/site.ts';
import type { StaticServer } from '../support/server.ts';
import { ROOT, validateInProcess } from '../helpers.ts';

const siteDir = inject('siteDir');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const SHOTS = UPDATE ? path.join(ROOT, 'docs', 'web-editor') : tempDir('screenshots');
const TITLE = 'Frauenhaus Südheide Beispiel';
const SLUG = 'frauenhaus-suedheide-beispiel';

/** The text files of content/ (binary material files are not needed to edit a contact). */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/\.(md|yml)$/.test(entry.name)) files[child] = readFileSync(path.join(ROOT, child), 'utf8');
    }
  };
  walk('content');
  // Sveltia accepts a folder as repository when it has .git.
  files['.git/HEAD'] = 'ref: refs/heads/main\n';
  return files;
}

async function fillRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (entries) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    for (const [rel, text] of Object.entries(entries)) {
      const parts = rel.split('/');
      const name = parts.pop()!;
      let dir = root;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

async function readRepository(page: Page, rel: string): Promise<string | undefined> {
  return page.evaluate(async (file) => {
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = file.split('/');
      const name = parts.pop()!;
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(name)).getFile()).text();
    } catch {
      return undefined;
    }
  }, rel);
}

async function listRepository(page: Page, rel: string): Promise<string[]> {
  return page.evaluate(async (folder) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
    return names.sort();
  }, rel);
}

/**
 * Clicks „Speichern“ until `saved` holds, at most a minute. On a loaded CI machine a click right
 * after the last input was once not taken (the file never written, session 19; 3 s alone): as an
 * editor would, the test clicks again after 10 s without a result.
 */
async function saveUntil(page: Page, saved: () => Promise<boolean>): Promise<void> {
  const save = page.getByRole('button', { name: 'Speichern', exact: true });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    await save.click({ timeout: 10_000 }).catch(() => undefined);
    for (const tenSeconds = Date.now() + 10_000; Date.now() < tenSeconds; await page.waitForTimeout(300)) if (await saved()) return;
  }
  expect(await saved(), 'saved within a minute').toBe(true);
}

/**
 * Fills a text field until it holds `value`, at most 30 s. Under load the editor set up a new
 * entry's fields after the test had typed the title: it was empty at „Speichern“, which the editor
 * then refused ("Dieses Feld ist erforderlich", session 19).
 */
async function fillUntil(field: Locator, value: string): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await field.inputValue().catch(() => '')) === value) return true;
        await field.fill(value).catch(() => undefined);
        return false;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the web editor in Chromium (local repository, offline)', () => {
  let session: { server: StaticServer; browser: Browser };
  let opened: OpenedPage;
  let written: string | undefined;

  beforeAll(async () => {
    session = await startSession(siteDir);
    opened = await openPage(session.browser, session.server.origin, '/admin/', {
      contextOptions: { viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 },
      // The origin private file system it fills lives in the context: no other page may share it.
      freshContext: true,
      beforeGoto: async (page) => {
        // The directory picker answers with the prepared folder in the private file system.
        await page.addInitScript(() => {
          (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
            (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
        });
      },
    });
    await fillRepository(opened.page, contentFiles());
  });

  afterAll(async () => {
    await opened?.close();
    await endSession(session ?? {});
    if (!UPDATE) rmSync(SHOTS, { recursive: true, force: true });
  });

  it('opens /admin/ in German, from our origin only', async () => {
    const { page } = opened;
    await expect.poll(() => page.getByRole('button', { name: /^Mit \W*GitHub\W* anmelden$/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect(page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' }).isVisible()).resolves.toBe(true);
    await shot(page, '1-anmelden');
  });

  it('creates a Frauenhaus contact through the form and writes it as Markdown', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' }).click();
    await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click({ timeout: 20_000 });
    await fillUntil(page.getByRole('textbox', { name: 'Titel', exact: true }), TITLE);
    await fillUntil(page.getByRole('textbox', { name: 'Kurzbeschreibung', exact: true }), 'Schutz und Unterkunft für Frauen und ihre Kinder im Heidekreis, rund um die Uhr erreichbar.');
    await choose(page, 'Regionen', 'Heidekreis');
    await page.getByRole('button', { name: 'Heute' }).click();
    await page.getByRole('switch', { name: 'Beispieleintrag', exact: true }).click();
    await choose(page, 'Art', 'Frauenhaus');
    await fillUntil(page.getByRole('textbox', { name: 'Telefon', exact: true }), '030 23125 100');
    // The form renders fields as they scroll into view.
    const city = page.getByRole('textbox', { name: 'Ort', exact: true });
    await page.mouse.move(280, 500);
    // An optional object is added with its checkbox ("Adresse hinzufügen").
    const addAddress = page.getByRole('checkbox', { name: /Adresse\W* hinzufügen/ });
    // Under load the form renders late: keep scrolling until the checkbox is there.
    await expect
      .poll(
        async () => {
          if (await addAddress.count()) return true;
          await page.mouse.wheel(0, 250);
          return false;
        },
        { timeout: 60_000, interval: 300 },
      )
      .toBe(true);
    await addAddress.click();
    // The address's fields render once they scroll into view, below the checkbox.
    await expect
      .poll(
        async () => {
          if (await city.count()) return true;
          await page.mouse.wheel(0, 250);
          return false;
        },
        { timeout: 60_000, interval: 300 },
      )
      .toBe(true);
    await fillUntil(city, 'Walsrode');
    // The street field tells the editor the Frauenhaus rule before anything is saved.
    await expect(page.getByText(fieldDoc('contacts', 'street')!.help).first().isVisible()).resolves.toBe(true);
    await shot(page, '2-formular');
    await saveUntil(page, async () => (await readRepository(page, `content/contacts/${SLUG}.md`)) !== undefined);
    written = await readRepository(page, `content/contacts/${SLUG}.md`);
    await shot(page, '3-gespeichert');
    expect(written).toMatch(/^---\n[\s\S]*\n---\n/);
    expect(written).toContain(`title: ${TITLE}`);
    expect(written).toMatch(/^kind: frauenhaus$/m);
    expect(written).toMatch(/^regions:\n {2}- landkreis-heidekreis$/m);
    expect(written).toMatch(/^phone: "?030 23125 100"?$/m);
    expect(written).toMatch(/^example: true$/m);
    expect(written).toMatch(/^ {2}city: Walsrode$/m);
    expect(written).not.toMatch(/street|postcode/);
    expect(opened.foreignRequests()).toEqual([]);
    expect(opened.record.cspViolations).toEqual([]);
    expect(opened.record.pageErrors).toEqual([]);
    // Its waits (up to a minute each on a loaded machine) need more than the suite's 60 s.
  }, 180_000);

  // Validated in process (npm run validate's own two calls, test/helpers.ts): the CLI's exit codes are
  // tested as child processes in test/validate.cli.test.ts; the build stays `npm run build`'s.
  it('the file passes validation (the report of npm run validate) and renders as a contact page', async () => {
    expect(written).toBeDefined();
    const dir = tempDir('cms');
    try {
      const content = path.join(dir, 'content');
      cpSync(path.join(ROOT, 'content'), content, { recursive: true });
      writeFileSync(path.join(content, 'contacts', `${SLUG}.md`), written!);
      const validate = validateInProcess(content, null);
      expect(validate.stdout + validate.stderr).not.toMatch(/Fehler {2}/);
      expect(validate.code).toBe(0);
      const out = path.join(dir, 'site');
      const build = await runBuild({ outDir: out, contentDir: content });
      expect(build.code, build.stdout + build.stderr).toBe(0);
      const html = readFileSync(path.join(out, 'kontakte', SLUG, 'index.html'), 'utf8');
      expect(html).toContain(`<h1`);
      expect(html).toContain(TITLE);
      // A Frauenhaus with a street is rejected by CI with the rule in German.
      writeFileSync(path.join(content, 'contacts', `${SLUG}.md`), written!.replace('  city: Walsrode', '  street: Musterstraße 12\n  city: Walsrode'));
      const rejected = validateInProcess(content, null);
      expect(rejected.code).not.toBe(0);
      expect(rejected.stdout).toContain('darf bei einem Frauenhaus nicht veröffentlicht werden');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('lists the new entry with the others and changes it', async () => {
    const { page } = opened;
    expect(await listRepository(page, 'content/contacts')).toContain(`${SLUG}.md`);
    await page.getByText(TITLE, { exact: true }).first().click();
    const summary = page.getByRole('textbox', { name: 'Kurzbeschreibung', exact: true });
    await fillUntil(summary, 'Schutz und Unterkunft für Frauen und ihre Kinder im Heidekreis; Aufnahme auch nachts.');
    await shot(page, '4-aendern');
    await saveUntil(page, async () => (await readRepository(page, `content/contacts/${SLUG}.md`))?.includes('Aufnahme auch nachts') === true);
    const changed = (await readRepository(page, `content/contacts/${SLUG}.md`))!;
    // Only the changed field differs.
    expect(changed.replace(/^summary: .*$/m, '')).toBe(written!.replace(/^summary: .*$/m, ''));
    expect(opened.foreignRequests()).toEqual([]);
  }, 120_000);
});
