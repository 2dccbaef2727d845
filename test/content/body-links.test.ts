/**
 * Issue 13 §4: links and images in bodies, judged on the parsed Markdown. Every link form
 * (inline, reference, autolink, bare URL) meets the https rule; images from other origins are
 * refused; protocol-relative links are refused. Runs loadContent in-process on a copy of the base.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { contentWith, scratch } from '../helpers.ts';

const TODAY = '2026-11-20';
const tmp = scratch();
afterAll(() => tmp.cleanup());
let counter = 0;

/** The front matter ends on line 8, the blank line after it is line 9: a body starts on line 9. */
const contact = (body: string) =>
  [
    '---',
    'title: Testkontakt Links',
    'summary: Ein Kontakt, den nur dieser Test anlegt, mit genügend Text.',
    'regions: [landkreis-goettingen]',
    'reviewed: 2026-10-01',
    'kind: biss',
    'email: test@example.org',
    '---',
    body,
  ].join('\n');

function problemsOf(body: string) {
  const dir = contentWith(path.join(tmp.root, `links-${++counter}`));
  writeFileSync(path.join(dir, 'contacts', 'testkontakt-links.md'), contact(body));
  return loadContent({ dir, today: TODAY }).problems.map((p) => ({ line: p.line, field: p.field, rule: p.rule, message: p.message, suggestion: p.suggestion, file: p.file }));
}
const rulesOf = (body: string) => problemsOf(body).map((p) => [p.line, p.rule]);

describe('every link form meets the https rule', () => {
  const insecure: [string, string][] = [
    ['inline link', 'Mehr unter [Seite](http://www.example.org/).'],
    ['inline link, upper case scheme', 'Mehr unter [Seite](HTTP://www.example.org/).'],
    ['inline link in angle brackets with title', 'Mehr unter [Seite](<http://www.example.org/a b> "Titel").'],
    ['autolink', 'Mehr unter <http://www.example.org/>.'],
    ['bare URL', 'Mehr unter http://www.example.org/pfad heute.'],
    ['reference link', 'Mehr unter [Seite][quelle].\n\n[quelle]: http://www.example.org/'],
    ['collapsed reference link', 'Mehr unter [Quelle][].\n\n[Quelle]: http://www.example.org/'],
    ['link in a list item', '- eins\n- [zwei](http://www.example.org/)'],
    ['link in a table', '| a | b |\n| - | - |\n| x | [y](http://www.example.org/) |'],
  ];
  it.each(insecure)('%s: insecure-link with a German message', (_name, body) => {
    const problems = problemsOf(body);
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/contacts\/testkontakt-links\.md$/), field: '(Text)', rule: 'insecure-link', message: expect.stringContaining('unsicheren http-Link'), suggestion: 'den Link mit https:// schreiben' }),
    ]);
  });

  it('names the line of the link, and of the definition for a reference link', () => {
    expect(rulesOf('Absatz.\n\nZweiter [Link](http://a.example.org/).')).toEqual([[11, 'insecure-link']]);
    expect(rulesOf('Erster [Link][q] hier.\n\nMehr Text.\n\n[q]: http://a.example.org/')).toEqual([[13, 'insecure-link']]);
    // A bare URL on the second line of a paragraph.
    expect(rulesOf('Erste Zeile\nhttp://a.example.org/ zweite Zeile')).toEqual([[10, 'insecure-link']]);
  });

  it('refuses protocol-relative links and other schemes', () => {
    const [relative] = problemsOf('Siehe [Seite](//www.example.org/pfad).');
    expect(relative).toMatchObject({ line: 9, rule: 'protocol-relative-link', message: 'Der Link „//www.example.org/pfad“ nennt kein https:', suggestion: 'den Link vollständig schreiben: https://www.example.org/pfad' });
    expect(rulesOf('[a](ftp://files.example.org/x.pdf)')).toEqual([[9, 'unsafe-link']]);
    expect(rulesOf('[a](file:///etc/passwd)')).toEqual([[9, 'unsafe-link']]);
    expect(rulesOf('[a][r]\n\n[r]: javascript:alert(1)')).toEqual([[11, 'unsafe-link']]);
  });

  it('refuses https links without their two slashes (a browser opens them below the page, the open data elsewhere)', () => {
    const [missing] = problemsOf('Siehe [Seite](https:evil.example.net).');
    expect(missing).toMatchObject({ line: 9, rule: 'incomplete-link', message: 'Dem Link „https:evil.example.net“ fehlen die zwei Schrägstriche nach „https:“', suggestion: 'den Link vollständig schreiben: https://evil.example.net' });
    expect(rulesOf('[a](HTTPS:/evil.example.net/x)')).toEqual([[9, 'incomplete-link']]);
    expect(rulesOf('[a][r]\n\n[r]: https:evil.example.net')).toEqual([[11, 'incomplete-link']]);
    expect(rulesOf('[a](https:///evil.example.net) [b](https:////evil.example.net)')).toEqual([
      [9, 'incomplete-link'],
      [9, 'incomplete-link'],
    ]);
    expect(rulesOf('[a](https://ok.example.org/) [b](HTTPS://ok.example.org/)')).toEqual([]);
  });

  it('leaves safe links, code and words that only look like domains alone', () => {
    expect(
      problemsOf(
        [
          'Siehe www.example.org und den leitfaden.md, die Datei bericht.pdf und example.com.',
          '',
          '[Hilfe](https://www.example.org/), [intern](/kontakte/), [Abschnitt](#inhalt), <https://www.example.org/>, https://www.example.org/x',
          '',
          '[Mail](mailto:a@example.org), a@example.org, [Anruf](tel:+495111208705)',
          '',
          '`http://code.example.org` und',
          '',
          '```',
          'http://fenced.example.org ![x](https://t.example.org/p.gif)',
          '```',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('bodies show no images, above all none from other origins', () => {
  const remote: [string, string, number?][] = [
    ['https image', '![Logo](https://cdn.example.org/logo.png)'],
    ['http image', '![Logo](http://cdn.example.org/logo.png)'],
    ['protocol-relative image', '![Logo](//cdn.example.org/logo.png)'],
    ['reference image (line of its definition)', '![Logo][bild]\n\n[bild]: https://cdn.example.org/logo.png', 11],
    ['image inside a link', '[![Logo](https://cdn.example.org/logo.png)](/kontakte/)'],
    ['data URI image', '![Pixel](data:image/gif;base64,R0lGODlhAQABAAAAACw=)'],
    ['tracking pixel with empty alt', 'Text ![](https://t.example.org/p.gif?id=1) Text'],
  ];
  it.each(remote)('%s: remote-image', (_name, body, line = 9) => {
    const problems = problemsOf(body).filter((p) => p.rule === 'remote-image');
    expect(problems).toEqual([
      expect.objectContaining({ line, field: '(Text)', message: expect.stringMatching(/^Das Bild „.+“/), suggestion: expect.stringContaining('content/materials/') }),
    ]);
  });
  it('refuses a local image too: the site publishes no image files, it would be broken', () => {
    expect(problemsOf('![Schaubild](/materialien/dateien/schaubild.png)')).toEqual([
      expect.objectContaining({ line: 9, rule: 'image-in-body', message: 'Das Bild „/materialien/dateien/schaubild.png“ wird nicht veröffentlicht; der Text kann keine Bilder zeigen' }),
    ]);
  });
});
