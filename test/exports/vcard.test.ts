/** /kontakte/<slug>.vcf of the built site: RFC 6350 form checked line by line, then parsed with ical.js. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/content/index.ts';
import { telUri, vcardPath } from '../../src/exports/public.ts';
import { vcard } from '../../src/exports/vcard.ts';
import { site } from '../../src/text/site.ts';
import { forgedShelter, publishedGraph, readSite, SECRET_POSTCODE, SECRET_STREET, siteDir } from './helpers.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Physical lines of a vCard file, checked for CRLF, 75 octets and UTF-8 on their own. */
function physicalLines(raw: Buffer): string[] {
  const text = utf8.decode(raw);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] === 0x0d && raw[i + 1] === 0x0a) {
      const line = raw.subarray(start, i);
      expect(line.length, `line of ${line.length} octets`).toBeLessThanOrEqual(75);
      lines.push(utf8.decode(line)); // throws if a character was split
      start = i + 2;
    }
  }
  return lines;
}

/** RFC 6350 §3.2: a line starting with a space continues the previous one. */
function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

function parsed(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

const contacts = publishedGraph().contacts;

describe.each(contacts.map((contact) => ({ slug: contact.slug, contact })))('$slug.vcf', ({ contact }) => {
  const raw = () => readFileSync(path.join(siteDir(), vcardPath(contact)));

  it('is well-formed: CRLF, folded at 75 octets, BEGIN/VERSION/END', () => {
    const lines = unfold(physicalLines(raw()));
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    for (const line of lines) expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
  });

  it("parses, with the contact's values", () => {
    const card = parsed(raw().toString('utf8'));
    const d = contact.data;
    expect(card.getFirstPropertyValue('kind')).toBe('org');
    expect(card.getFirstPropertyValue('fn')).toBe(d.title);
    expect(card.getFirstPropertyValue('org')).toEqual(d.organization ? [d.organization, d.title] : d.title);
    const tels = card.getAllProperties('tel').map((p) => ({ type: p.getParameter('type'), value: p.getFirstValue() }));
    expect(tels).toEqual([...(d.phone ? [{ type: 'voice', value: telUri(d.phone.e164) }] : []), ...(d.fax ? [{ type: 'fax', value: telUri(d.fax.e164) }] : [])]);
    expect(card.getFirstPropertyValue('email') ?? undefined).toBe(d.email);
    expect(String(card.getFirstPropertyValue('note'))).toContain(d.summary);
    expect(String(card.getFirstPropertyValue('rev'))).toContain(d.reviewed);
    expect(card.getFirstPropertyValue('source')).toBe(`${site.url}${vcardPath(contact)}`);
    const adr = card.getFirstPropertyValue('adr') as string[] | null;
    if (!d.address) expect(adr).toBeNull();
    else {
      expect(adr![3]).toBe(d.address.city);
      if (d.kind === 'frauenhaus') expect([adr![2], adr![5]]).toEqual(['', '']);
      else expect([adr![2], adr![5]]).toEqual([d.address.street ?? '', d.address.postcode ?? '']);
    }
  });

  it('is linked from the contact page as "Kontakt speichern (vCard)"', () => {
    const page = readSite(`${contact.url}index.html`);
    expect(page).toMatch(new RegExp(`<a [^>]*href="${vcardPath(contact).replace(/\./g, '\\.')}"[^>]*>Kontakt speichern \\(vCard\\)</a>`));
  });
});

describe('vCard escaping', () => {
  it('round-trips commas, semicolons, backslashes, quotes and line breaks', () => {
    const base = contacts[0]!;
    const title = 'Beratung „Süd“, Haus; "A" \\ Ende';
    const summary = `Zeile 1, mit Komma; und Semikolon\nZeile 2 – ${'lang '.repeat(30)}äöü`;
    const forged: Contact = { ...base, data: { ...base.data, title, summary, organization: 'Träger; e. V., Nord' } };
    const text = vcard(forged);
    const lines = physicalLines(Buffer.from(text, 'utf8'));
    expect(lines.length).toBeGreaterThan(unfold(lines).length); // something was folded
    const card = parsed(text);
    expect(card.getFirstPropertyValue('fn')).toBe(title);
    expect(card.getFirstPropertyValue('org')).toEqual(['Träger; e. V., Nord', title]);
    expect(String(card.getFirstPropertyValue('note'))).toContain(summary);
  });

  it('never writes street or postcode for a Frauenhaus, whatever the data holds', () => {
    const shelter = contacts.find((c) => c.data.kind === 'frauenhaus')!;
    const text = vcard(forgedShelter(shelter));
    expect(text).not.toContain(SECRET_STREET);
    expect(text).not.toContain(SECRET_POSTCODE);
    expect(parsed(text).getFirstPropertyValue('adr')).toEqual(['', '', '', 'Celle', '', '', 'Deutschland']);
    // The same data as another kind does show them: the test would see a leak.
    expect(vcard(forgedShelter(shelter, 'beratungsstelle'))).toContain(SECRET_STREET);
  });
});
