/**
 * Kinds a second outside tester of session 17 got past the shelter guard, each confirmed with
 * `npm run validate` exit 0 and the address found in the built site:
 * - in a Frauenhaus body, what the open data (kontakte.json `text`) publish as typed though the
 *   page does not show it: a second definition of a reference label, a code fence's info string;
 *   and what the page shows though no text token holds it: the number an ordered list starts at
 *   ("Lindenallee⏎⏎29221. Celle" shows "29221. Celle");
 * - warnings that were missing: a contact whose organization is a Frauenhaus association and that
 *   publishes a street and postcode; an initiative or network that links to a Frauenhaus page in
 *   its text (not only by `coordinator`/`contacts`) and names an address; a map or directions link
 *   in an entry that refers to a Frauenhaus; an address far below a heading that names a shelter;
 *   titles with shelter words the table lacked ("Frauenasyl", "Interventionswohnung", "Kadın Evi",
 *   "Casa de acogida", "Casa rifugio").
 * Validation runs in-process on a copy of the sample content (loadContent, as `npm run validate`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/content/index.ts';
import { createLoadCache } from '../src/content/load.ts';
import { contentWith, PINNED_TODAY, scratch } from './helpers.ts';
import { frauenhausErrors } from './support/frauenhaus-entry.ts';

const tmp = scratch('gsn-shelter-s17-');
afterAll(() => tmp.cleanup());

const front = (fields: Record<string, string>) =>
  `---\n${Object.entries({ reviewed: PINNED_TODAY, example: 'true', regions: '[landkreis-goettingen]', topics: '[schutzunterkuenfte]', ...fields })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n`;

/** The problems of `files` (path under content/ → text) added to a copy of the sample content. */
function problemsWith(name: string, files: Record<string, string>) {
  const dir = contentWith(path.join(tmp.root, name));
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, ...rel.split('/')), text);
  const { problems } = loadContent({ dir, today: PINNED_TODAY });
  // The preview's loads (with a cache, the linked-shelter warnings remembered per record) find the same,
  // a Frauenhaus linked only in the body included (session 19: the preview missed it).
  const cache = createLoadCache();
  for (let i = 0; i < 2; i++) expect(loadContent({ dir, today: PINNED_TODAY, cache }).problems).toEqual(problems);
  return (rel: string) => problems.filter((p) => p.file.endsWith(rel));
}

/** A Frauenhaus contact whose title and slug hold no shelter word. */
const HIDDEN_SHELTER = `${front({ title: 'Frauen helfen Frauen Celle', summary: 'Sichere Unterkunft für Frauen und ihre Kinder im Landkreis Celle.', kind: 'frauenhaus', phone: '"089 99998 133"', email: 'fhf-celle@example.org', 'address:\n  city': 'Göttingen' })}Wir nehmen Frauen auf.\n`;

describe('a Frauenhaus body: what is published without being shown, and list numbers', () => {
  it('a second reference definition, a fence info string, an ordered list’s start are read', () => {
    for (const body of [
      'Rufen Sie uns an, [hier][info].\n\n[info]: https://www.example.org/info "Infos"\n[info]: https://www.example.org/x "Musterweg 5, 29221 Celle"\n',
      '[a][b]\n\n[b]: https://www.example.org/a\n[B]: https://www.openstreetmap.org/#map=18/52.62/10.08\n',
      '```Lindenallee-13-29221-Celle\ncode\n```\n',
      '```text Musterweg 5, 29221 Celle\ncode\n```\n',
      'Wir sind im Musterweg\n\n5. Aufnahme rund um die Uhr\n',
      'Wir sind in der Lindenallee.\n\n12) Aufnahme rund um die Uhr\n',
      'Lindenallee\n\n29221. Celle\n',
      '- Lindenallee\n\n  7. Stock\n',
    ])
      expect(frauenhausErrors(body), body).not.toEqual([]);
  });

  it('ordinary lists, fences and references pass', () => {
    for (const body of [
      'So kommen Sie zu uns:\n\n1. Anrufen\n2. Termin vereinbaren\n3. Kommen\n',
      'Weiter geht es:\n\n4. Nachsorge\n5. Auszug\n',
      '```text\nBeispiel\n```\n',
      '[Info][i]\n\n[i]: https://www.example.org/info "Infos"\n',
    ])
      expect(frauenhausErrors(body), body).toEqual([]);
  });
});

describe('warnings next to a shelter', () => {
  const of = problemsWith('warnings', {
    'contacts/frauen-helfen-frauen-celle.md': HIDDEN_SHELTER,
    'contacts/biss-celle-test.md': `${front({ title: 'BISS Landkreis Celle Test', summary: 'Beratung nach einem Polizeieinsatz im Landkreis Celle.', kind: 'biss', organization: 'Frauenhaus Celle e. V.', phone: '"089 99998 132"', email: 'biss-test@example.org', 'address:\n  street': 'Lindenallee 13\n  postcode: "29221"\n  city: Celle' })}Beratung.\n`,
    'networks/netzwerk-test-celle.md': `${front({ title: 'Netzwerk Test Celle', summary: 'Ein Netzwerk im Landkreis Celle, das sich reihum trifft.', level: 'lokal', sectors: '[beratung]' })}Gastgeberin im Mai ist [Frauen helfen Frauen Celle](/kontakte/frauen-helfen-frauen-celle/). Wir treffen uns dort im Musterweg 5, 29221 Celle.\n`,
    'networks/netzwerk-test-karte.md': `${front({ title: 'Netzwerk Test Karte', summary: 'Ein Netzwerk im Landkreis Celle.', level: 'lokal', sectors: '[beratung]', coordinator: 'frauen-helfen-frauen-celle' })}Treffpunkt: [Lageplan](https://maps.app.goo.gl/AbCdEf123)\n`,
    'pages/ueber-uns-test.md': `---\ntitle: Über uns Test\nsummary: Eine Testseite mit einem Abschnitt über ein Frauenhaus.\nreviewed: ${PINNED_TODAY}\n---\n\n## Frauenhaus Celle\n\nSeit vielen Jahren arbeiten wir eng zusammen. Die Kolleginnen beraten, begleiten und vermitteln, und sie sind für viele Frauen die erste Anlaufstelle in der Region.\n\nPost bitte nicht an das Haus schicken. Paketannahme für Spenden: Musterweg 5, 29221 Celle.\n\n## Andere Stellen\n\nAm Markt 3 ist das Rathaus.\n`,
    'contacts/frauenasyl-test.md': `${front({ title: 'Frauenasyl Celle Test', summary: 'Unterkunft.', kind: 'sonstige', phone: '"089 99998 134"', 'address:\n  street': 'Lindenallee 14\n  city: Celle' })}Text.\n`,
  });

  it('a contact run by a Frauenhaus association with a street and postcode', () => {
    const warnings = of('contacts/biss-celle-test.md');
    expect(warnings.map((p) => [p.severity, p.field, p.rule])).toEqual([
      ['warning', 'address.street', 'shelter-lookalike-street'],
      ['warning', 'address.postcode', 'shelter-lookalike-postcode'],
    ]);
    expect(warnings[0]!.message).toContain('der Träger (organization) klingt nach einem Frauenhaus');
  });

  it('a network linking a Frauenhaus page in its text, or with a map link', () => {
    expect(of('networks/netzwerk-test-celle.md').map((p) => [p.severity, p.line, p.rule])).toEqual([
      ['warning', 12, 'shelter-linked-street'],
      ['warning', 12, 'shelter-linked-postcode'],
    ]);
    const [map] = of('networks/netzwerk-test-karte.md');
    expect(map).toMatchObject({ severity: 'warning', line: 13, rule: 'shelter-linked-map-link' });
    expect(map!.message).toContain('verweist auf das Frauenhaus „Frauen helfen Frauen Celle“');
    expect(map!.suggestion).toContain('den Link entfernen');
  });

  it('an address far below a heading that names a shelter, not in the next section', () => {
    expect(of('pages/ueber-uns-test.md').map((p) => [p.severity, p.line, p.rule])).toEqual([['warning', 11, 'shelter-named-street']]);
  });

  it('titles with the new shelter words', () => {
    expect(of('contacts/frauenasyl-test.md').map((p) => p.rule)).toContain('shelter-lookalike-street');
  });

  it('the Frauenhaus itself and the sample content stay as they were', () => {
    expect(of('contacts/frauen-helfen-frauen-celle.md')).toEqual([]);
    expect(of('contacts/frauenhaus-goettingen.md')).toEqual([]);
  });
});
