/**
 * vCard 4.0 (RFC 6350) per contact at /kontakte/<slug>.vcf: text values escaped (§3.4), lines
 * folded at 75 octets without splitting a UTF-8 character (§3.2), CRLF line ends. A Frauenhaus
 * gets an ADR with the city only.
 */
import type { Contact } from '../content/index.ts';
import { contactKinds } from '../schema/enums.ts';
import { formatDate } from '../text/format.ts';
import { site } from '../text/site.ts';
import { serviceId } from './hsds.ts';
import { absolute, isConfidentialLocation, language, neutralVcardPath, publicAddress, telUri, vcardPath } from './public.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a text value: backslash, comma and line breaks. A semicolon is only special inside a
 * compound value (RFC 6350 allows but does not require escaping it elsewhere, and some readers
 * keep the backslash), so it is escaped in components only, see escapeComponent().
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes one component of a compound value (ORG, ADR): also the semicolon that separates them. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/**
 * Folds one content line: at most 75 octets per physical line, continuation lines start with a
 * single space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      // The continuation's leading space counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** The NOTE of a contact: summary, then the facts a phone book has no field for. */
function note(contact: Contact): string {
  const d = contact.data;
  const lines: string[] = [];
  if (d.example) lines.push('Beispieleintrag: erfundene Angaben, die Kontaktdaten sind nicht echt.');
  lines.push(d.summary);
  lines.push(`Art: ${contactKinds[d.kind]}`);
  if (d.person) lines.push(`Ansprechperson: ${d.person}`);
  if (d.hours) lines.push(`Erreichbarkeit: ${d.hours}`);
  if (d.emergency) lines.push('Rund um die Uhr erreichbar');
  if (d.languages?.length) lines.push(`Sprachen: ${d.languages.map((code) => language(code).label).join(', ')}`);
  if (d.accessible !== undefined) lines.push(`Barrierefreier Zugang: ${d.accessible ? 'ja' : 'nein'}`);
  lines.push(`Zuletzt geprüft: ${formatDate(d.reviewed)}`);
  lines.push(`Quelle: ${site.name}, ${absolute(contact.url)}`);
  return lines.join('\n');
}

/** ADR components: PO box; extended; street; locality; region; postal code; country. */
function address(contact: Contact): string | undefined {
  const a = publicAddress(contact);
  if (!a) return undefined;
  const confidential = isConfidentialLocation(contact);
  const street = confidential ? '' : (a.street ?? '');
  const postcode = confidential ? '' : (a.postcode ?? '');
  return ['', '', street, a.city, '', postcode, 'Deutschland'].map(escapeComponent).join(';');
}

/** "2026-08-19" → "20260819T000000Z" (REV is a timestamp). */
function timestamp(date: string): string {
  return `${date.replace(/-/g, '')}T000000Z`;
}

export function vcard(contact: Contact): string {
  const d = contact.data;
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0', `PRODID:-//${escapeText(site.name)}//Offene Daten//DE`, `UID:urn:uuid:${serviceId(contact)}`, 'KIND:org'];
  lines.push(`FN:${escapeText(d.title)}`);
  lines.push(`ORG:${(d.organization ? [d.organization, d.title] : [d.title]).map(escapeComponent).join(';')}`);
  if (d.phone) lines.push(`TEL;VALUE=uri;TYPE=voice;PREF=1:${telUri(d.phone.e164)}`);
  if (d.fax) lines.push(`TEL;VALUE=uri;TYPE=fax:${telUri(d.fax.e164)}`);
  if (d.email) lines.push(`EMAIL;TYPE=work:${escapeText(d.email)}`);
  if (d.website) lines.push(`URL;TYPE=work;PREF=1:${d.website}`);
  lines.push(`URL:${absolute(contact.url)}`);
  const adr = address(contact);
  if (adr) lines.push(`ADR;TYPE=work:${adr}`);
  (d.languages ?? []).forEach((code, i) => lines.push(`LANG;PREF=${i + 1}:${code}`));
  // A kind and a topic may share a label (Täterarbeit): each category once.
  lines.push(`CATEGORIES:${[...new Set([contactKinds[d.kind], ...contact.topics.map((t) => t.label)])].map(escapeText).join(',')}`);
  lines.push(`NOTE:${escapeText(note(contact))}`);
  lines.push(`REV:${timestamp(d.reviewed)}`);
  lines.push(`SOURCE:${absolute(vcardPath(contact))}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Contacts whose name in an address book can endanger the person who saved it (a phone is
 * looked through, address books sync to other devices and accounts): they get a second,
 * neutral vCard. Safety planning advice of counselling services (Hilfetelefon, Frauenhaus
 * and BISS practice) is to store such numbers under an inconspicuous name that only the
 * person understands; a preset "cover" name would soon be known to abusers too, so the card
 * says only "Kontakt" and the page asks the visitor to rename it.
 */
const NEUTRAL_KINDS: ReadonlySet<string> = new Set(['frauenhaus', 'biss', 'beratungsstelle', 'hotline']);

export function hasNeutralVcard(contact: Contact): boolean {
  return NEUTRAL_KINDS.has(contact.data.kind) && contact.data.phone !== undefined;
}

/**
 * The neutral vCard: name "Kontakt" and the phone number, nothing else — no organisation,
 * e-mail, web address, categories, note, product id or source that would name the service.
 */
export function neutralVcard(contact: Contact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Kontakt', 'N:;Kontakt;;;', `TEL;VALUE=uri;TYPE=voice:${telUri(contact.data.phone!.e164)}`, 'END:VCARD'];
  return lines.join(CRLF) + CRLF;
}

/** Every vCard file of a contact: [site path, text]. */
export function vcardFiles(contact: Contact): [string, string][] {
  const files: [string, string][] = [[vcardPath(contact), vcard(contact)]];
  if (hasNeutralVcard(contact)) files.push([neutralVcardPath(contact), neutralVcard(contact)]);
  return files;
}
