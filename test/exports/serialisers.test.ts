/** The pure serialisers of src/exports/, on their own: UUIDs, CSV, vCard text, XML and JSON-LD escaping. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../src/exports/atom.ts';
import { csvField, toCsv } from '../../src/exports/csv.ts';
import { safeJson } from '../../src/exports/jsonld.ts';
import { telUri } from '../../src/exports/public.ts';
import { GSN_NAMESPACE, NAMESPACE_URL, uuidV5 } from '../../src/exports/uuid.ts';
import { escapeComponent, escapeText, foldLine } from '../../src/exports/vcard.ts';
import { ROOT } from './helpers.ts';

const TRICKY = 'Beratung „Süd“, Haus; "A"\nZeile 2';

describe('uuidV5', () => {
  it('matches RFC 9562 name-based UUIDs (reference values from Python uuid.uuid5)', () => {
    const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://www.gewaltschutz-netz-niedersachsen.de/daten/hsds/', NAMESPACE_URL)).toBe(GSN_NAMESPACE);
    expect(uuidV5('/kontakte/biss-landkreis-goettingen/')).toBe('82c71005-2b0b-5776-8573-ef1e15bdd686');
    expect(uuidV5('Straße Ä')).toBe('15bd9081-8952-5c92-977d-a3d7ffba53d7');
  });

  it('is stable and version 5', () => {
    expect(uuidV5('kontakte/x')).toBe(uuidV5('kontakte/x'));
    expect(uuidV5('kontakte/x')).not.toBe(uuidV5('kontakte/y'));
    expect(uuidV5('kontakte/x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('CSV writer', () => {
  it('quotes separators, quotes and line breaks and doubles quotes', () => {
    expect(csvField(TRICKY)).toBe('"Beratung „Süd“, Haus; ""A""\nZeile 2"');
    expect(csvField('Göttingen')).toBe('Göttingen');
    expect(csvField(' Rand ')).toBe('" Rand "');
    expect(csvField('')).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("https://x.invalid")')).toBe(`"'=HYPERLINK(""https://x.invalid"")"`);
    expect(csvField('+4930123')).toBe("'+4930123");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
  });

  it('round-trips through a real CSV parser: BOM, semicolons, umlauts, commas, quotes, newlines', () => {
    const header = ['Name', 'Wert', 'Ort'];
    const rows = [
      [TRICKY, 'a;b', 'Lüneburg'],
      ['ß', '', 'Zeile\r\nmit CRLF'],
    ];
    const text = toCsv(header, rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parse(Buffer.from(text, 'utf8'), { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    expect(parsed).toEqual([header, ...rows]);
  });
});

describe('vCard text', () => {
  it('escapes backslash, comma and line breaks, and semicolons in components (RFC 6350 §3.4)', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c; d\\ne\\nf');
    expect(escapeComponent('a\\b, c; d\ne')).toBe('a\\\\b\\, c\\; d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `NOTE:${'ü'.repeat(60)}${'€'.repeat(40)}${'a'.repeat(30)}😀😀`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, part] of physical.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // No replacement characters: every physical line is valid UTF-8 on its own.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toMatch(/[\uD800-\uDFFF]/u);
    }
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('FN:kurz')).toBe('FN:kurz');
  });

  it('writes tel: URIs for E.164 and for German short numbers', () => {
    expect(telUri('+495511234567')).toBe('tel:+495511234567');
    expect(telUri('116016')).toBe('tel:116016;phone-context=+49');
  });
});

describe('XML and JSON-LD escaping', () => {
  it('xmlEscape keeps a document well-formed whatever the text', () => {
    const nasty = `</title><x a="1">&amp; 'q' \u0001 ${TRICKY}`;
    const xml = `<?xml version="1.0" encoding="utf-8"?><r a="${xmlEscape(nasty)}">${xmlEscape(nasty)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as { r: { '#text': string; '@_a': string } };
    expect(parsed.r['#text']).toBe(nasty.replace('\u0001', '').trim());
    expect(parsed.r['@_a']).toBe(nasty.replace('\u0001', ''));
  });

  it('safeJson cannot end a <script> element and is still the same JSON', () => {
    const data = { name: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = safeJson(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('confidential addresses, structurally', () => {
  it("only src/exports/public.ts reads a contact's address; every serialiser goes through publicAddress()", () => {
    const dir = path.join(ROOT, 'src', 'exports');
    const readers = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /\b(?:data|d)\.address\b/.test(readFileSync(path.join(dir, file), 'utf8')));
    expect(readers).toEqual(['public.ts']);
  });
});
