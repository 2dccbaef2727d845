/**
 * DESIGN §7, injection: content is data, never code.
 * - Template syntax in a title or body is shown literally (no template engine ever sees it).
 * - Markup and script URLs in content are rejected by validation: exit 1, nothing published.
 * - Drafts in the content folder are never published.
 * Each case builds a copy of content/ plus one added file, with `npm run build`'s script.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allElements, byTag, first, loadPages, textOf } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { runBuild, tempDir, type BuildRun } from '../support/site.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A week ago: a valid `reviewed` date whatever day the tests run. */
const reviewed = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

function contact(fields: Record<string, string>, body: string): string {
  const front = {
    title: '"Testkontakt Injektion"',
    summary: 'Ein Testeintrag, der prüft, dass Inhalte nie als Code ausgeführt werden.',
    regions: '[niedersachsen]',
    reviewed,
    example: 'true',
    kind: 'sonstige',
    email: 'test@example.org',
    ...fields,
  };
  return `---\n${Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n${body}\n`;
}

/** Copies content/ to a temp folder, adds files (path relative to the content folder) and builds. */
async function buildWith(files: Record<string, string>): Promise<{ run: BuildRun; contentDir: string; outDir: string }> {
  const parent = tempDir('injection');
  temps.push(parent);
  const contentDir = path.join(parent, 'content');
  const outDir = path.join(parent, 'site');
  cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(contentDir, rel), text);
  const run = await runBuild({ outDir, contentDir });
  return { run, contentDir, outDir };
}

describe('template syntax in content is shown literally', () => {
  let built: Awaited<ReturnType<typeof buildWith>>;
  const slug = 'test-vorlagen-syntax';
  const draftSlug = 'test-entwurf-unveroeffentlicht';
  const TITLE = 'Test {{ title }} "Zitat" & {% raw %} Kontakt';

  beforeAll(async () => {
    built = await buildWith({
      [`contacts/${slug}.md`]: contact({ title: `'${TITLE}'` }, 'Rechnung: {{ 7*7 }} Ende.\n\nRoh: {% raw %} und {{ page.url }} und ${process.env.HOME} Ende.'),
      [`contacts/${draftSlug}.md`]: contact({ title: '"Unveröffentlichter Entwurf"', draft: 'true' }, 'Dieser Entwurf darf nie erscheinen.'),
    });
  });

  it('the build succeeds', () => {
    expect(built.run.code, `${built.run.stdout}\n${built.run.stderr}`).toBe(0);
  });

  it('the body shows {{ 7*7 }} and {% raw %} literally, not 49', () => {
    const html = readFileSync(path.join(built.outDir, 'kontakte', slug, 'index.html'), 'utf8');
    const page = loadPages(built.outDir).find((p) => p.url === `/kontakte/${slug}/`)!;
    const main = textOf(first(page.doc, (el) => el.name === 'main')!);
    expect(main).toContain('Rechnung: {{ 7*7 }} Ende.');
    expect(main).not.toContain('Rechnung: 49');
    expect(main).toContain('Roh: {% raw %} und {{ page.url }} und ${process.env.HOME} Ende.');
    expect(html).not.toContain(process.env.HOME ?? '/root');
  });

  it('the title shows {{ title }} literally and escaped', () => {
    const pages = loadPages(built.outDir);
    const page = pages.find((p) => p.url === `/kontakte/${slug}/`)!;
    expect(textOf(byTag(page.doc, 'h1')[0]!)).toBe(TITLE);
    expect(textOf(byTag(page.doc, 'title')[0]!)).toContain(TITLE);
    for (const other of pages) {
      // Outside <script> data blocks (JSON-LD), & and " arrive as entities, never raw.
      const markup = other.html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
      expect(markup, other.url).not.toContain('"Zitat" &');
      // No attribute was cut short by the quote: wherever the title is used, it is whole.
      for (const el of allElements(other.doc)) {
        for (const value of Object.values(el.attribs)) {
          if (value.includes('{{ title }}')) expect(value, `${other.url} <${el.name}>`).toContain(TITLE);
        }
      }
    }
  });

  it('a draft in the content folder gets no page and no link', () => {
    expect(existsSync(path.join(built.outDir, 'kontakte', draftSlug))).toBe(false);
    const mentions = loadPages(built.outDir).filter((p) => p.html.includes(draftSlug) || p.html.includes('Unveröffentlichter Entwurf'));
    expect(mentions.map((p) => p.url)).toEqual([]);
  });
});

describe('markup and script URLs in content are rejected, nothing is published', () => {
  const cases = [
    { name: '<script> in the body', slug: 'test-script-im-text', file: contact({}, 'Hallo <script>alert(1)</script> Welt.') },
    { name: '<img onerror> in the title', slug: 'test-img-im-titel', file: contact({ title: '"<img src=x onerror=alert(1)>"' }, 'Text ohne Auffälligkeiten.') },
    { name: 'javascript: link in the body', slug: 'test-javascript-link', file: contact({}, 'Bitte [x](javascript:alert(1)) klicken.') },
    { name: 'image from another origin (tracking pixel)', slug: 'test-fremdes-bild', file: contact({}, 'Hallo ![](https://t.example.org/pixel.gif?id=1) Welt.') },
    { name: 'bare http URL', slug: 'test-http-url', file: contact({}, 'Mehr unter http://www.example.org/seite heute.') },
    { name: 'protocol-relative link', slug: 'test-protokollrelativ', file: contact({}, 'Siehe [Seite](//www.example.org/pfad).') },
  ];

  it.each(cases)('$name: exit 1, a message naming the file, no output', async ({ slug, file }) => {
    const { run, outDir } = await buildWith({ [`contacts/${slug}.md`]: file });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.code, output).toBe(1);
    expect(output).toContain(`contacts/${slug}.md`);
    expect(output, 'no stack trace for editors').not.toMatch(/\n\s+at\s.+\(.*:\d+:\d+\)/);
    expect(existsSync(outDir), 'the output folder was written').toBe(false);
    expect(existsSync(`${outDir}.tmp`), 'a half-built folder was left behind').toBe(false);
  });
});
