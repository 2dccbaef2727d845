/**
 * What a card adds to a page, in bytes of the written HTML (UTF-8 after the page's own
 * post-processing: trimmed line ends, non-breaking spaces, characters beyond Latin-1 as
 * references). Listings split by these weights (../lib/paging.ts). Each entry is weighed once
 * per card kind and the figure kept with the entry object (a new graph weighs again), so an
 * entry shown in its type's listing, its A–Z letter, its regions and topics is rendered for
 * weighing only once.
 */
import type { Contact, Entry } from '../../src/content/index.ts';
import type { Strings } from '../../src/i18n/strings.ts';
import { latin1Html, type Html } from '../../src/text/html.ts';
import { keepTogether } from '../../src/text/typeset.ts';
import { contactCard } from './contact-card.ts';
import { entryCard } from './entry-card.ts';

const listingWeights = new WeakMap<Entry, number>();
const helpWeights = new WeakMap<Contact, number>();

/** Bytes of `card` as it is written into a page (renderPage's steps: line ends trimmed, non-breaking spaces, Latin-1). */
export function cardBytes(card: Html): number {
  return Buffer.byteLength(latin1Html(keepTogether(card.value.replace(/[ \t]+\n/g, '\n'))), 'utf8');
}

/** An entry's card in listings, region and topic pages (entryList: contacts without hours). */
export function listingCardBytes(entry: Entry): number {
  let bytes = listingWeights.get(entry);
  if (bytes === undefined) {
    bytes = cardBytes(entry.type === 'contacts' ? contactCard(entry as Contact, 3, { hours: false }) : entryCard(entry, { headingLevel: 3, showType: false }));
    listingWeights.set(entry, bytes);
  }
  return bytes;
}

/** A contact's card on help pages (with its opening hours). */
export function helpCardBytes(contact: Contact): number {
  let bytes = helpWeights.get(contact);
  if (bytes === undefined) {
    bytes = cardBytes(contactCard(contact, 3));
    helpWeights.set(contact, bytes);
  }
  return bytes;
}

const translatedWeights = new WeakMap<Strings, WeakMap<Contact, number>>();

/** A contact's card on a translated help page (/<lang>/hilfe/<kreis>/): labels from `ui`, the language's string table. */
export function translatedHelpCardBytes(contact: Contact, ui: Strings): number {
  let weights = translatedWeights.get(ui);
  if (!weights) translatedWeights.set(ui, (weights = new WeakMap()));
  let bytes = weights.get(contact);
  if (bytes === undefined) {
    bytes = cardBytes(contactCard(contact, 3, { ui }));
    weights.set(contact, bytes);
  }
  return bytes;
}
