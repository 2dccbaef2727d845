/**
 * Detail pages that scale (issue 16): the sample content plus 300 initiatives with long titles
 * and summaries, each naming the Hilfetelefon, rendered through the real page loop. The
 * contact's detail page and the numbered pages of its initiatives stay within the 60 KB bar, and
 * every initiative is at most two plain-link clicks from the contact's detail page.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { allPages } from '../../_includes/pages/index.ts';
import { renderPage } from '../../_includes/pages/page-type.ts';
import { RELATED_SHOWN } from '../../_includes/pages/relations.ts';
import { loadContent, type ContentGraph } from '../../src/content/index.ts';
import { PROJECT_ROOT } from '../support/server.ts';

const KB = 1024;
const REFERENCES = 300;
const CONTACT = 'hilfetelefon-gewalt-gegen-frauen';
const letters = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));

describe(`a contact named by ${REFERENCES} initiatives`, () => {
  let dir: string;
  let graph: ContentGraph;
  const written = new Map<string, string>();
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gsn-relations-'));
    cpSync(path.join(PROJECT_ROOT, 'content'), dir, { recursive: true });
    for (let i = 0; i < REFERENCES; i++) {
      const data = {
        title: `Kooperationsprojekt gegen häusliche Gewalt und für den Schutz von Frauen und Kindern im ländlichen Raum, Variante ${letters(i)}`.slice(0, 120),
        summary:
          'Fachkräfte aus Beratung, Polizei, Justiz, Jugendamt und Gesundheitswesen arbeiten zusammen, damit Betroffene schneller Schutz und Beratung erhalten und niemand zwischen den Zuständigkeiten verloren geht.',
        regions: ['landkreis-celle'],
        topics: ['praevention'],
        reviewed: '2026-10-01',
        example: true,
        kind: 'kampagne',
        status: 'aktiv',
        contacts: [CONTACT],
      };
      writeFileSync(path.join(dir, 'initiatives', `kooperation-${letters(i)}.md`), `---\n${stringify(data)}---\n\nZusammenarbeit vor Ort.\n`);
    }
    const result = loadContent({ dir });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    graph = result.graph;
    const contactUrl = `/kontakte/${CONTACT}/`;
    for (const { url, page, item } of allPages(graph, (page) => page.name === 'entry' || page.name === 'entry-relation')) {
      if (url.startsWith(contactUrl)) written.set(url, renderPage(page, item, graph));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"#]+)"/g)].map((m) => m[1]!);

  it('the detail page and every page of its initiatives are at most 60 KB', () => {
    expect(written.size).toBeGreaterThanOrEqual(3);
    const sizes = [...written].map(([url, html]) => ({ url, bytes: Buffer.byteLength(html) }));
    expect(sizes.filter((page) => page.bytes > 60 * KB)).toEqual([]);
  });

  it(`the detail page shows ${RELATED_SHOWN} initiatives and a link to all of them`, () => {
    const detail = written.get(`/kontakte/${CONTACT}/`)!;
    const initiatives = graph.contacts.find((c) => c.slug === CONTACT)!.initiatives.length;
    expect(initiatives).toBeGreaterThan(REFERENCES);
    expect(detail).toContain(`>Alle ${initiatives} Initiativen mit diesem Kontakt</a>`);
    const section = detail.slice(detail.indexOf('id="initiativen"'), detail.indexOf('</section>', detail.indexOf('id="initiativen"')));
    expect(links(section).filter((url) => url.startsWith('/initiativen/'))).toHaveLength(RELATED_SHOWN);
  });

  it('every initiative naming the contact is at most two plain-link clicks from its detail page', () => {
    const start = `/kontakte/${CONTACT}/`;
    const first = new Set(links(written.get(start)!));
    const second = new Set([...first].flatMap((url) => (written.has(url) ? links(written.get(url)!) : [])));
    const reachable = new Set([...first, ...second]);
    const naming = graph.initiatives.filter((initiative) => initiative.contacts.some((c) => c.slug === CONTACT)).map((initiative) => initiative.url);
    expect(naming.length).toBeGreaterThan(REFERENCES);
    expect(naming.filter((url) => !reachable.has(url))).toEqual([]);
  });

  it('the numbered pages are listings: not indexed by the search, titled with their page number', () => {
    const numbered = [...written.keys()].filter((url) => url.includes('/initiativen/'));
    expect(numbered.length).toBeGreaterThan(1);
    for (const url of numbered) expect(written.get(url), url).not.toContain('data-pagefind-body');
    expect(written.get(`/kontakte/${CONTACT}/initiativen/seite-2/`)).toMatch(/<title>Initiativen mit diesem Kontakt: [^<]*Seite 2 von \d+/);
  });
});
