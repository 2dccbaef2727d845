/**
 * The shelter guard: the one place that decides what a contact of kind `frauenhaus` may publish
 * (DESIGN §3, §6e). A shelter's location is confidential, so none of what would really be
 * published may name a street with house number, a postcode, coordinates or a map link:
 *
 * - every string (and number) of the frontmatter, whatever the field — found by walking the data,
 *   not from a list of fields, so a new field is covered the day it is added; URLs and e-mail
 *   addresses are also read percent-decoded and as words ("zum.musterhof.7@…");
 * - the Markdown body as the site renders it (the site's own markdown-it), tags stripped, link
 *   targets and titles included;
 * - the file name, which becomes the page address.
 *
 * Everything is read as a reader would see it (./location-finder.ts: entities decoded, NFKC,
 * invisible characters removed, whitespace collapsed). `address.city` must be a place name.
 * Errors stop validate, build and the preview alike, because the loader calls this for every file.
 *
 * Warnings, never errors: an entry that looks like a shelter (a word of ./shelter-words.ts in
 * the title: Frauenhaus, Schutzwohnung, Mädchenhaus, Krisenwohnung, Notwohnung …) but is not of kind `frauenhaus` and names a location; an initiative or network that
 * refers to a Frauenhaus contact and names an address (`linkedShelterWarnings`).
 */
import type Token from 'markdown-it/lib/token.mjs';
import { markdown } from '../text/markdown.ts';
import { labelOf } from './labels.ts';
import { parseBody, type ParsedBody } from './body-tokens.ts';
import { isPlaceName, knowsPlaces, nearestPlaces } from './known-places.ts';
import { joinBlocks } from './joined-blocks.ts';
import { TableCells } from './table-cells.ts';
import { readableOnce } from './readable-memo.ts';
import { isDirectionsText, URL_IN_TEXT } from './place-links.ts';
import { soundsLikeShelter } from './shelter-words.ts';
import { lineOfReading, locationsInShelterSections, locationsNearShelters } from './shelter-mentions.ts';
import { findLocations, machineWords, mayLocate, readable, streetWord, type Location, type LocationKind } from './location-finder.ts';
import { numberFirstStreets, spelledMachineWords, strayNumbers, type StrayNumber } from './harmless-numbers.ts';
import { positionInUrl } from './url-positions.ts';
import type { ParsedFile } from './parse.ts';
import { formatPath, type Problem, type Severity } from './problems.ts';
import { linkedEntrySizeProblem } from './guarded-size.ts';
import { contentTypes } from '../schema/index.ts';

/** At most this many problems per field or per file body: one adversarial file must not flood the report. */
const MAX_PER_PLACE = 10;

const CONFIDENTIAL = 'die Lage eines Frauenhauses ist vertraulich';

/** What was found, as the object of "scheint … zu nennen", and what stands before the quote that shows it. */
const WHAT: Record<LocationKind, [string, string]> = {
  street: ['eine Anschrift', 'Straße mit Hausnummer '],
  corner: ['eine Straßenecke', ''],
  postcode: ['eine Postleitzahl', ''],
  coordinates: ['Geokoordinaten', ''],
  'map-link': ['einen Kartenlink', ''],
  'place-link': ['einen Link, der zu einem Ort führen kann (Kurzlink, Karte, Route oder Anfahrt)', ''],
};
const FIX: Record<LocationKind, string> = {
  street: 'Straße und Hausnummer entfernen; nur den Ort nennen',
  corner: 'die Straßen entfernen; nur den Ort nennen',
  postcode: 'die Postleitzahl entfernen; nur den Ort nennen',
  coordinates: 'die Koordinaten entfernen; nur den Ort nennen',
  'map-link': 'den Kartenlink entfernen; nur den Ort nennen',
  'place-link': 'den Link entfernen oder die volle Adresse einer Seite ohne Ortsangabe eintragen (keine Kurzlinks, keine Karten-, Routen- oder Anfahrtsseiten)',
};

/** A string of the frontmatter and where it is. */
interface FieldValue {
  path: PropertyKey[];
  value: string;
}

/** Every string and number in `data`, at any depth, with its path (iterative: nesting depth is the editor's). */
function fieldValues(data: unknown): FieldValue[] {
  const out: FieldValue[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') out.push({ path, value });
    else if (typeof value === 'number' || typeof value === 'bigint') out.push({ path, value: String(value) });
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value).reverse()) stack.push({ value: child, path: [...path, key] });
    }
  }
  return out;
}

/** Locations in one value as published: its readable forms, and for a single token (URL, e-mail, slug) its words. */
export function locationsIn(value: string, limit = MAX_PER_PLACE): Location[] {
  const found: Location[] = [];
  // Remembered: the number rule reads the same field next.
  readableOnce(value).forEach((text, variant) => {
    found.push(...findLocations(text, { limit }).map((hit) => withSource(hit, value, variant)));
    // A URL or address without spaces: "+" is a space in a query, separators part words.
    // Without a letter the words add nothing: every rule that needs them needs a street or place name.
    if (!text.includes(' ') && /[@/._+=-]/.test(text) && HAS_LETTER.test(text)) found.push(...machineLocations(text, limit));
    // A bare URL inside text ("Infos: https://…?q=Musterweg+5") is read as words too.
    else if (text.includes('/')) for (const url of urlsIn(text, limit)) found.push(...machineLocations(url, limit));
  });
  // An e-mail local part in number-first order ("14.linden.close@…", read as typed: the reading drops "_"): its words capitalised as an address would be (session 14).
  found.push(...localPartLocations(value.trim(), limit));
  found.push(...queryValueLocations(value, limit));
  // Only when the readings found no position: one message for one position.
  if (!found.some((hit) => LINK_OR_POSITION.has(hit.kind))) found.push(...typedUrlPositions(value, limit));
  return unique(found).slice(0, limit);
}

/** Numbers of one to four digits that stand alone in a link target's path segments or query values ("/12", "?n=12"). */
function hrefNumbers(href: string): string[] {
  return [...href.matchAll(/(?<=[/=])(\d{1,4})(?=$|[/?&#;])/g)].map((match) => match[1]!).slice(0, 3);
}

/** Findings that already name a URL or a position: a typed URL's position adds nothing to them. */
const LINK_OR_POSITION: ReadonlySet<LocationKind> = new Set<LocationKind>(['coordinates', 'place-link', 'map-link']);

/**
 * Positions in URLs as typed (`?cp=52.6234~10.0812`, `?pos=52.6234_10.0812`, Bing's and others'
 * forms): the readings drop "_" and "~" as emphasis marks, which runs the two numbers together
 * (outside tester, session 18).
 */
function typedUrlPositions(value: string, limit: number): Location[] {
  if (!/[_~*`]/.test(value) || !/\d/.test(value)) return [];
  const urls = /^(?:https?:\/\/|www\.)\S+$/i.test(value.trim()) ? [value.trim()] : urlsIn(value, limit);
  return urls.flatMap((url) => (positionInUrl(url) ? [{ kind: 'coordinates' as const, text: url.slice(0, 80), offset: 0 }] : []));
}

/** Locations in a URL's or e-mail address's words, also with a house number in words read as one (`spelledMachineWords`). */
function machineLocations(text: string, limit: number): Location[] {
  const found = findLocations(machineWords(text), { machine: true, limit });
  const spelled = spelledMachineWords(text);
  if (spelled !== undefined) {
    found.push(...findLocations(spelled, { machine: true, limit }));
    const capitalised = spelled.replace(/(?<![\p{L}\p{M}])\p{Ll}/gu, (c) => c.toUpperCase());
    found.push(...numberFirstStreets(capitalised, limit).map((hit) => ({ kind: 'street' as const, ...hit })));
  }
  return found;
}

/**
 * Locations in the values of a URL's query read together, as the site it opens reads them
 * (outside tester, session 17: "?s=Lindenallee&n=12", "?strasse=Musterweg&hausnummer=5"): the
 * names between the values no longer keep a street from its number.
 */
function queryValueLocations(value: string, limit: number): Location[] {
  if (!value.includes('=') || (!value.includes('?') && !value.includes('#'))) return [];
  const found: Location[] = [];
  for (const url of /^(?:https?:\/\/|www\.)\S+$/i.test(value.trim()) ? [value.trim()] : urlsIn(value, limit)) {
    // The query, and a fragment written like one ("#s=Lindenallee&n=12": the page's script reads it).
    const [beforeHash, ...hash] = url.split('#');
    const query = [beforeHash!.split('?').slice(1).join('?'), hash.join('#')].filter((part) => part.includes('=')).join('&');
    const values = query
      .split(/[&;]/)
      .map((pair) => pair.slice(pair.indexOf('=') + 1))
      .filter((text, i, all) => text && all.length > 1 && i < 50)
      .map((text) => readableOnce(text.replace(/\+/g, ' '))[0]!);
    if (values.length > 1) found.push(...findLocations(values.join(' '), { limit }));
  }
  return found;
}

/**
 * Locations in the local part of an e-mail address that its other readings miss: number-first
 * streets (`14.linden.close@example.org` → "14 Linden Close"), and numbers run together with letters
 * (`fh29221@example.org` → "fh 29221": a postcode; outside tester, session 17).
 */
function localPartLocations(text: string, limit: number): Location[] {
  const local = /^(?:mailto:)?([^@\s/?]{1,64})@[^@\s]{1,253}$/i.exec(text)?.[1];
  if (!local || !/\d/.test(local)) return [];
  const words = machineWords(local.replaceAll('_', '.'));
  const capitalised = words.replace(/(?<![\p{L}\p{M}])\p{Ll}/gu, (c) => c.toUpperCase());
  const found: Location[] = numberFirstStreets(capitalised, limit).map((hit) => ({ kind: 'street', ...hit }));
  const apart = words.replace(/(?<=\p{L})(?=\p{Nd})|(?<=\p{Nd})(?=\p{L})/gu, ' ');
  if (apart !== words) found.push(...findLocations(apart, { limit }));
  return found;
}

/** Texts longer than this are not traced back to what was typed (each trace reads the text ~20 times); the message quotes the reading. */
const TRACEABLE = 4000;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The part of `source` that reads as the finding (`hit`, found at its offset in reading `variant`
 * of `source`): the shortest prefixes whose reading reaches the finding's start and end, widened
 * to whole words. Editors see what they typed ("вул. Мустервег 5"), not the reading ("wul. Musterweg 5").
 */
export function sourceSpan(source: string, variant: number, from: number, to: number): string | undefined {
  if (source.length > TRACEABLE) return undefined;
  const reach = (p: number) => {
    const read = readable(source.slice(0, p));
    return (read[variant] ?? read[0]!).length;
  };
  let lo = 0;
  let hi = source.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach(mid + 1) > from) hi = mid;
    else lo = mid + 1;
  }
  let start = lo;
  hi = source.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach(mid) >= to) hi = mid;
    else lo = mid + 1;
  }
  let end = Math.max(lo, start + 1);
  while (start > 0 && WORD_CHAR.test(source[start - 1]!) && WORD_CHAR.test(source[start]!)) start--;
  while (end < source.length && WORD_CHAR.test(source[end]!) && WORD_CHAR.test(source[end - 1]!)) end++;
  // Never half a character: a letter or digit beyond the BMP ("𝟏𝟐") is two code units (outside tester, session 16).
  if (start > 0 && isLowSurrogate(source.charCodeAt(start)) && isHighSurrogate(source.charCodeAt(start - 1))) start--;
  if (end < source.length && isLowSurrogate(source.charCodeAt(end)) && isHighSurrogate(source.charCodeAt(end - 1))) end++;
  const span = source.slice(start, end).replace(/\s+/g, ' ').trim();
  return span || undefined;
}

/** `hit` with the words as typed in `source`, when they differ from the reading. */
function withSource(hit: Location, source: string, variant: number): Location {
  if (source === hit.text || source.length > TRACEABLE) return hit;
  const typed = sourceSpan(source, variant, hit.offset, hit.offset + hit.text.length);
  return typed && typed !== hit.text ? { ...hit, source: typed.slice(0, 120) } : hit;
}

const HAS_LETTER = /\p{L}/u;

/** Bare URLs in `text` that may hold an address or a position: a query, a fragment or digits (others are words the text rules saw). */
function urlsIn(text: string, limit: number): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) {
    if (urls.length >= limit) break;
    if (/[?#=&\d]/.test(match[0])) urls.push(match[0]);
  }
  return urls;
}

/** Keeps the values of a batch apart: a control character no reading removes and no rule reads across. */
const APART = ' \u0001 ';

/**
 * `locationsIn` for many short values at once (the link targets of a body, one per link: 1 MB of
 * distinct links is 32,000 of them). They are read joined, so the fixed cost of a reading is paid
 * once, not per link; each finding is traced back to its value. Findings by value index.
 */
export function locationsInEach(values: readonly string[], limit = MAX_PER_PLACE): Map<number, Location[]> {
  const out = new Map<number, Location[]>();
  if (!values.length) return out;
  const add = (text: string, hits: Location[], shift = (offset: number) => offset) => {
    const seps: number[] = [];
    for (let at = text.indexOf('\u0001'); at >= 0; at = text.indexOf('\u0001', at + 1)) seps.push(at);
    for (const hit of hits) {
      const offset = shift(hit.offset);
      let lo = 0;
      let hi = seps.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (seps[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      out.set(lo, unique([...(out.get(lo) ?? []), hit]).slice(0, limit));
    }
  };
  for (const text of readable(values.map((value) => value.replaceAll('\u0001', '')).join(APART))) {
    add(text, findLocations(text, { limit }));
    // A value without spaces (URL, e-mail) is read as words too; a value with spaces for its bare URLs.
    const machine = text
      .split('\u0001')
      .map((value) => {
        const trimmed = value.trim();
        const read = (token: string) => [machineWords(token), spelledMachineWords(token)].filter(Boolean).join(' , ');
        if (!trimmed.includes(' ') && /[@/._+=-]/.test(trimmed)) return read(trimmed);
        return trimmed.includes('/') ? urlsIn(trimmed, limit).map(read).join(' , ') : '';
      })
      .join(APART);
    add(machine, findLocations(machine, { machine: true, limit }));
  }
  // E-mail addresses (a body's `mailto:` links) and query values as `locationsIn` reads them.
  values.forEach((value, i) => {
    const hits = [...(value.includes('@') && /\d/.test(value) ? localPartLocations(value.trim(), limit) : []), ...queryValueLocations(value, limit)];
    // Only when the readings found no position in this value: one message for one position.
    if (![...hits, ...(out.get(i) ?? [])].some((hit) => LINK_OR_POSITION.has(hit.kind))) hits.push(...typedUrlPositions(value, limit));
    if (hits.length) out.set(i, unique([...(out.get(i) ?? []), ...hits]).slice(0, limit));
  });
  return out;
}

function unique(found: Location[]): Location[] {
  const seen = new Set<string>();
  return found.filter((hit) => {
    const key = `${hit.kind}\u0000${hit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A stretch of the rendered body and the source lines it came from (0-based, end exclusive). */
interface BodyPart {
  text: string;
  from: number;
  to: number;
  /** A link target or image source: read like a URL field. */
  url?: boolean;
  /** The link's text when it promises directions ("So finden Sie uns", "Anfahrt"): the link is refused wherever it points. */
  directions?: string;
}

/**
 * What a reader sees of an inline token's children: text, code and line breaks, an image as its
 * description (the site's renderer shows images so: src/text/markdown.ts). Read from the tokens, not
 * the rendered HTML: the same text without rendering, escaping and stripping tags again (a body of
 * 30,000 links paid for all three). Markup only the renderer adds (" (externer Link)" for screen
 * readers) is no text the editor wrote.
 */
function visibleText(children: readonly Token[], env: Record<string, unknown>): string {
  let out = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' || child.type === 'html_inline') out += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += '\n';
    else if (child.type === 'image') out += markdown.renderer.renderInlineAsText(child.children ?? [], markdown.options, env);
  }
  return out;
}
/** A link text that `readable` would leave as it is: ASCII words, no entity, escape or emphasis, no letters spaced apart. */
const PLAIN_LINK_TEXT = /^(?![^]*(?:^|[^A-Za-z])[A-Za-z] [A-Za-z] )[A-Za-z0-9 .,:;!?()'/-]{0,200}$/;

/**
 * The body as the site publishes it, block by block: parsed by the site's markdown-it, its visible
 * text read from the tokens (`visibleText`), entities decoded later by `readable`.
 */
export function renderedBody(body: string, parsed: ParsedBody = parseBody(body)): BodyPart[] {
  // The location and number rules both read the parts of one parse: made once per parse (kept with it, never across parses).
  const made = renderedOf.get(parsed);
  if (made?.body === body) return made.parts;
  const parts: BodyPart[] = [];
  const { env } = parsed;
  let from = 0;
  let to = 1;
  const cells = new TableCells();
  // The numbers an ordered list shows when it starts elsewhere than at 1 ("29221. Celle": the page
  // shows "29221."; outside tester, session 17): the next item's text begins with its number.
  const numbering: (number | undefined)[] = [];
  let marker = '';
  for (const token of parsed.tokens) {
    if (token.map) [from, to] = token.map;
    cells.see(token);
    if (token.type === 'ordered_list_open') {
      const start = Number(token.attrGet('start') ?? 1);
      numbering.push(start !== 1 && Number.isSafeInteger(start) ? start : undefined);
    } else if (token.type === 'bullet_list_open') numbering.push(undefined);
    else if (token.type === 'ordered_list_close' || token.type === 'bullet_list_close') numbering.pop();
    else if (token.type === 'list_item_open' && numbering.at(-1) !== undefined) {
      const n = numbering.at(-1)!;
      marker = `${n}${token.markup || '.'} `;
      numbering[numbering.length - 1] = n + 1;
    }
    if (token.type === 'inline') {
      parts.push({ text: marker + cells.read(visibleText(token.children ?? [], env)), from, to });
      marker = '';
      let link: { href: string; text: string; title: string } | undefined;
      for (const child of token.children ?? []) {
        if (child.type === 'link_open') link = { href: child.attrGet('href') ?? '', text: '', title: child.attrGet('title') ?? '' };
        else if (child.type === 'link_close' && link) {
          // Plain ASCII words read as they stand; anything else (entities, other scripts, spaced letters) is read first.
          const read = (value: string) => (PLAIN_LINK_TEXT.test(value) ? value.trim() : readable(value)[0]!);
          const text = read(link.text);
          // The title shows as a tooltip ("Anfahrt zum Haus": session 18).
          const promise = isDirectionsText(text) ? text : link.title && isDirectionsText(read(link.title)) ? read(link.title) : undefined;
          if (promise !== undefined) parts.push({ text: link.href, from, to, url: true, directions: promise });
          // A street as the link text and its number only in the target ("[Lindenallee](https://example.org/12)",
          // "?n=12"): the page shows the street, the link the number (outside tester, session 18). Read together.
          const numbers = streetWord(text) ? hrefNumbers(link.href) : [];
          for (const number of numbers) parts.push({ text: `${text} ${number}`, from, to });
          link = undefined;
        } else if (link && (child.type === 'text' || child.type === 'code_inline')) link.text += child.content;
        for (const [name, value] of child.attrs ?? []) {
          if (name === 'href' || name === 'src') parts.push({ text: value, from, to, url: true });
          else if (name === 'title') parts.push({ text: value, from, to });
        }
        if (child.type === 'image') parts.push({ text: markdown.renderer.renderInlineAsText(child.children ?? [], markdown.options, env), from, to });
      }
    } else if (token.type === 'fence' || token.type === 'code_block') {
      // A fence's info string is published too: a class on the page ("language-…"), as typed in the open data.
      parts.push({ text: token.info ? `${token.info}\n${token.content}` : token.content, from, to });
    }
  }
  parts.push(...referenceDefinitions(body, env));
  renderedOf.set(parsed, { body, parts });
  return parts;
}
const renderedOf = new WeakMap<ParsedBody, { body: string; parts: BodyPart[] }>();

/**
 * Reference definitions (`[label]: href "title"`): the page shows only those a link uses, but the
 * open data (kontakte.json `text`) publish the Markdown source, so every definition is read: its
 * target like a URL field, its label and title like text.
 */
function referenceDefinitions(body: string, env: Record<string, unknown>): BodyPart[] {
  const references = env.references as Record<string, { href?: string; title?: string }> | undefined;
  if (!references) return [];
  // markdown-it keeps each label normalised (upper case, spaces collapsed); one pass over the source
  // finds the line that defines it and the label as typed (a lookup per definition would be quadratic).
  const defined = new Map<string, { line: number; typed: string }>();
  const parts: BodyPart[] = [];
  body.split('\n').forEach((text, line) => {
    const typed = REFERENCE_LINE.exec(text)?.[1];
    const key = typed?.trim().replace(/\s+/g, ' ').toUpperCase();
    if (!key) return;
    if (!defined.has(key)) defined.set(key, { line, typed: typed! });
    // markdown-it keeps the first definition of a label; the others are in the published source
    // all the same (outside tester, session 17): read as typed, target and all.
    else parts.push({ text: text.replace(REFERENCE_LINE, ''), from: line, to: line + 1 }, { text: DEFINED_TARGET.exec(text)?.[1] ?? '', from: line, to: line + 1, url: true });
  });
  for (const [label, { href = '', title = '' }] of Object.entries(references)) {
    const { line, typed } = defined.get(label) ?? { line: 0, typed: label };
    parts.push({ text: href, from: line, to: line + 1, url: true }, { text: `${typed} ${title}`, from: line, to: line + 1 });
  }
  return parts;
}

/** The start of a reference definition's line: `[label]:` (a label has at most 999 characters). */
const REFERENCE_LINE = /^ {0,3}\[([^\]]{1,999})\]:/;
/** The target of a reference definition's line, with or without angle brackets. */
const DEFINED_TARGET = /^ {0,3}\[[^\]]{1,999}\]:[ \t]{0,100}<?([^\s<>]{1,2000})/;

interface BodyLocation extends Location {
  /** 0-based line of the body. */
  line: number;
}

/**
 * Locations in the rendered body. Blocks are read joined, so an address split across two
 * paragraphs or list items is found too; each finding is traced back to its source line.
 */
export function bodyLocations(body: string, limit = MAX_PER_PLACE, parsed?: ParsedBody): BodyLocation[] {
  // Parsing costs more than reading: a body that cannot hold a location is left unparsed, unless
  // it was parsed already for the other checks.
  if (!parsed && !readable(body).some(mayLocate)) return [];
  const parts = renderedBody(body, parsed);
  const lines = body.split('\n');
  const found: BodyLocation[] = [];
  const lineOf = (part: BodyPart, hit: Location): number => {
    // The block's first line that holds the finding's first word (as typed), else the block's first line.
    const word = (hit.source ?? hit.text).split(/[\s.]/, 1)[0]!.toLowerCase();
    for (let line = part.from; line < Math.min(part.to, lines.length); line++) {
      if (lines[line]!.toLowerCase().includes(word)) return line;
    }
    return part.from;
  };
  const urls = parts.filter((p) => p.url);
  // Each distinct target read once: linkified text repeats one URL as often as it is typed.
  const distinct = new Map<string, number>();
  for (const part of urls) if (!distinct.has(part.text)) distinct.set(part.text, distinct.size);
  const urlHits = locationsInEach([...distinct.keys()], limit);
  urls.forEach((part) => {
    const hits = urlHits.get(distinct.get(part.text)!) ?? [];
    for (const hit of hits) found.push({ ...hit, line: part.from });
    // A directions text on a link the URL rules already refuse needs no second message.
    if (part.directions && !hits.some((hit) => hit.kind === 'map-link' || hit.kind === 'place-link')) {
      found.push({ kind: 'place-link', text: `${part.directions} (${part.text})`.slice(0, 80), offset: 0, line: part.from });
    }
  });
  const texts = parts.filter((p) => !p.url);
  const variants = texts.map((part) => readableOnce(part.text));
  const readings = variants.reduce((most, v) => Math.max(most, v.length), 1);
  for (let variant = 0; variant < readings; variant++) {
    // One text with a known start offset per block, so a finding maps back to its block.
    const { joined, starts } = joinBlocks(variants.map((v) => v[variant] ?? v[0]!));
    for (const found_ of findLocations(joined, { limit })) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= found_.offset) lo = mid;
        else hi = mid - 1;
      }
      // Quoted as typed when the finding lies within one block (the block's text as rendered, entities as typed).
      const inBlock = found_.offset + found_.text.length <= starts[lo]! + (variants[lo]![variant] ?? variants[lo]![0]!).length;
      const hit = inBlock ? withSource({ ...found_, offset: found_.offset - starts[lo]! }, texts[lo]!.text, variant) : found_;
      found.push({ ...hit, offset: found_.offset, line: lineOf(texts[lo]!, hit) });
    }
  }
  const seen = new Set<string>();
  return found
    .filter((hit) => {
      const key = `${hit.line}\u0000${hit.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line)
    .slice(0, limit);
}

function problem(severity: Severity, file: string, line: number, field: string, message: string, suggestion: string, rule: string): Problem {
  return { severity, file, line, field, message: wholeCharacters(message), suggestion, rule };
}

/** Half of a character beyond the BMP, as a quote cut to length can leave it (content files are valid UTF-8: they hold none). */
const HALF_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without halves of characters: a message quotes the editor's text cut to a length, which may split a pair. */
function wholeCharacters(text: string): string {
  return text.replace(HALF_CHARACTER, '');
}

/** "Träger scheint …", "Der Text scheint …": the subject of a message about `path`. */
function subject(path: PropertyKey[]): string {
  return labelOf(path) ?? formatPath(path);
}

/** `address.city` of a shelter: a place name, nothing that could lead to the house. */
function cityProblem(parsed: ParsedFile): Problem | undefined {
  const address = parsed.data.address;
  if (!address || typeof address !== 'object' || Array.isArray(address)) return undefined;
  const city = (address as Record<string, unknown>).city;
  if (city === undefined || city === null) return undefined;
  const value = String(city);
  const text = readable(value)[0]!;
  // Quoted as typed ("Целле, вул. Мустервег 5"), with the reading when it differs.
  const shown = value.replace(/\s+/g, ' ').trim().slice(0, 80);
  const typed = shown === text.slice(0, 80) ? shown : `${shown}“, gelesen als „${text.slice(0, 80)}`;
  // A Gemeinde may end like a street (Burweg, Moorweg): a known place name is a place name.
  if (isPlaceName(text)) return undefined;
  const street = streetWord(text);
  if (!/\p{Nd}/u.test(text) && !street && !locationsIn(value, 1).length) {
    // A landmark or a street next to the place ("Celle (Am Markt)", "Celle – beim Bahnhof") is
    // no place name: the city must be a Gemeinde or Kreis of Lower Saxony as the table names it.
    if (!knowsPlaces()) return undefined; // the place table could not be read: nothing to compare with
    const nearest = nearestPlaces(text);
    return problem(
      'error',
      parsed.file,
      parsed.lineOf(['address', 'city']),
      'address.city',
      `Ort „${typed}“ ist kein bekannter Ortsname in Niedersachsen (Gemeinde oder Kreis); ein Zusatz wie ein Platz oder Gebäude kann die Lage verraten; ${CONFIDENTIAL}`,
      nearest.length ? `nur den Ortsnamen eintragen: ${nearest.map((name) => `„${name}“`).join(' oder ')}` : 'nur den Ortsnamen eintragen: den Namen der Gemeinde oder des Kreises in Niedersachsen, z. B. „Celle“',
      'shelter-city-unknown',
    );
  }
  return problem(
    'error',
    parsed.file,
    parsed.lineOf(['address', 'city']),
    'address.city',
    `Ort muss ein Ortsname sein, ohne Ziffern und ohne Straße („${typed}“); ${CONFIDENTIAL}`,
    'nur den Ort eintragen, z. B. „Celle“',
    'shelter-city',
  );
}

/** Problems for every location found in the entry's fields, body and file name. */
function locationProblems(parsed: ParsedFile, slug: string, severity: Severity, say: (what: [string, string]) => string, fix: (kind: LocationKind) => string, rule: string, kinds?: ReadonlySet<LocationKind>, body?: ParsedBody): Problem[] {
  const problems: Problem[] = [];
  const wanted = (hit: Location) => !kinds || kinds.has(hit.kind);
  for (const { path, value } of fieldValues(parsed.data)) {
    const field = formatPath(path);
    // A shelter's city has its own, stricter rule; its street and postcode fields are refused
    // outright by the contact schema (mirrored in the JSON Schema for editors): one message each.
    if (severity === 'error' && SHELTER_OWN_RULES.has(field)) continue;
    // Phone and fax are checked as German phone numbers by the contact schema: their digit groups are no postcode or house number.
    const inField = (hit: Location) => wanted(hit) && !(PHONE_FIELDS.has(field) && NUMBER_KINDS.has(hit.kind));
    const hit = locationsIn(value).find(inField);
    if (hit) problems.push(problem(severity, parsed.file, parsed.lineOf(path), field, `${subject(path)} ${say(what(hit))}`, fixFor(hit, fix), `${rule}-${hit.kind}`));
  }
  for (const hit of bodyLocations(parsed.body, MAX_PER_PLACE, body).filter(wanted)) {
    problems.push(problem(severity, parsed.file, parsed.bodyLine + hit.line, '(Text)', `Der Text ${say(what(hit))}`, fixFor(hit, fix), `${rule}-${hit.kind}`));
  }
  const hit = locationsIn(slug).find(wanted);
  if (hit) {
    problems.push(problem(severity, parsed.file, 1, '', `Der Dateiname ${say(objectAndQuote(hit))}`, 'die Datei umbenennen: nur Art und Ort, z. B. frauenhaus-celle.md', `${rule}-${hit.kind}`));
  }
  return problems;
}

const SHELTER_OWN_RULES = new Set(['address.city', 'address.street', 'address.postcode']);
const PHONE_FIELDS = new Set(['phone', 'fax']);
const NUMBER_KINDS: ReadonlySet<LocationKind> = new Set(['street', 'postcode']);

/** The object and the quote of a message about `hit`: what the editor typed, and how the guard read it when that differs. */
function objectAndQuote(hit: Location): [string, string] {
  const [object, before] = WHAT[hit.kind];
  return [object, hit.source ? `${before}„${hit.source}“, gelesen als „${hit.text}“` : `${before}„${hit.text}“`];
}

/** The object and quote of a message about `hit`; a Postfach's postcode says why it is refused too. */
function what(hit: Location): [string, string] {
  const [object, quote] = objectAndQuote(hit);
  return hit.postbox ? [object, `${quote} nach einem Postfach; auch die Postleitzahl eines Postfachs verrät die Gegend`] : [object, quote];
}

function fixFor(hit: Location, fix: (kind: LocationKind) => string): string {
  return hit.postbox ? 'das Postfach ohne Postleitzahl nennen (z. B. „Postfach 1102“); den Ort trägt address.city' : fix(hit.kind);
}

/**
 * What the guard says about one parsed content file: errors for a Frauenhaus contact that would
 * publish its location, a warning for an entry that looks like a shelter and names one.
 * `type` is the content folder (contacts, initiatives, …), `slug` the file name without .md;
 * `body`, when given, is the body already parsed (./body-tokens.ts), so it is not parsed again.
 */
export function shelterProblems(type: string, slug: string, parsed: ParsedFile, body?: ParsedBody): Problem[] {
  if (type === 'contacts' && parsed.data.kind === 'frauenhaus') {
    // Both passes read the same parse of the body (loadContent hands one in; a caller that does not gets it parsed once here, not once per pass).
    const parsedBody = body ?? parseBody(parsed.body);
    const problems = locationProblems(parsed, slug, 'error', ([what, quote]) => `scheint ${what} zu nennen (${quote}); ${CONFIDENTIAL}`, (kind) => FIX[kind], 'shelter', undefined, parsedBody);
    problems.push(...numberProblems(parsed, problems, 'in einem Frauenhaus-Eintrag', CONFIDENTIAL, 'shelter', parsedBody));
    const city = cityProblem(parsed);
    return city ? [city, ...problems] : problems;
  }
  // The title, or the organization that runs it (outside tester, session 17: a BISS of "Frauenhaus Celle e. V." with a street and postcode).
  const named = (['title', 'organization'] as const).find((field) => typeof parsed.data[field] === 'string' && soundsLikeShelter(parsed.data[field]));
  if (!named) return namedShelterWarnings(parsed);
  return locationProblems(
    parsed,
    slug,
    'warning',
    ([what, quote]) => `nennt ${what} (${quote}), und ${named === 'title' ? 'der Titel klingt' : 'der Träger (organization) klingt'} nach einem Frauenhaus oder einer Schutzwohnung`,
    // Only contacts have a `kind`: other types are told to move the shelter to a contact.
    () =>
      type === 'contacts'
        ? 'ist es ein Frauenhaus oder eine Schutzwohnung: „kind: frauenhaus“ setzen und die Anschrift entfernen'
        : 'ist es ein Frauenhaus oder eine Schutzwohnung: die Anschrift entfernen (ein Frauenhaus wird als Kontakt mit „kind: frauenhaus“ eingetragen, ohne Anschrift)',
    'shelter-lookalike',
    undefined,
    body,
  );
}

/**
 * Warnings for any entry or page that names a shelter next to a location (tester, session 8):
 * "Das Frauenhaus Celle (Buchenallee 23, 29221 Celle)" on an about page publishes the location
 * though no Frauenhaus entry does. A street with number, postcode, coordinates or a map or place
 * link within a short stretch before or after a word of ./shelter-words.ts, in any field or the
 * body, as read (./shelter-mentions.ts).
 */
const NAMED_FIX: Record<LocationKind, string> = {
  street: 'die Anschrift entfernen',
  corner: 'die Straßen entfernen',
  postcode: 'die Anschrift entfernen',
  coordinates: 'die Koordinaten entfernen',
  'map-link': 'den Link entfernen',
  'place-link': 'den Link entfernen',
};

function namedShelterWarnings(parsed: ParsedFile): Problem[] {
  const warnings: Problem[] = [];
  const message = (hit: Location) => {
    const [object, quote] = objectAndQuote(hit);
    return `nennt ${object} (${quote}) neben einem Frauenhaus oder einer Schutzwohnung; ${CONFIDENTIAL}`;
  };
  const suggestion = (hit: Location) => `${NAMED_FIX[hit.kind]}: von einem Frauenhaus nur den Ort nennen`;
  for (const { path, value } of fieldValues(parsed.data)) {
    if (warnings.length >= MAX_PER_PLACE) break;
    const hit = locationsNearShelters(value, 1).hits[0];
    if (hit) warnings.push(problem('warning', parsed.file, parsed.lineOf(path), formatPath(path), `${subject(path)} ${message(withSource(hit, value, 0))}`, suggestion(hit), `shelter-named-${hit.kind}`));
  }
  const { read, hits } = locationsNearShelters(parsed.body, MAX_PER_PLACE);
  const near = hits.map((hit) => ({ hit, line: lineOfReading(parsed.body, read, hit.offset, hit.text) }));
  const lines = new Set<number>();
  for (const { hit, line } of [...near, ...locationsInShelterSections(parsed.body, MAX_PER_PLACE)]) {
    // Reported where the location stands (it may be a paragraph before or after the shelter's name), once a line.
    if (lines.has(line) || warnings.length >= MAX_PER_PLACE) continue;
    lines.add(line);
    warnings.push(problem('warning', parsed.file, parsed.bodyLine + line, '(Text)', `Der Text ${message(hit)}`, suggestion(hit), `shelter-named-${hit.kind}`));
  }
  return warnings;
}

/** Fields a number rule does not read: the city, street and postcode have their own rules, phone and fax are checked as phone numbers, links and addresses by the link rules. */
const NOT_NUMBER_TEXT = new Set([...SHELTER_OWN_RULES, ...PHONE_FIELDS, 'email', 'website', 'url', 'translation_of', 'lang']);
/** A value that is one URL or e-mail address: judged by the link and location rules. */
const LINK_VALUE = /^(?:https?:\/\/|www\.|mailto:)\S{0,2000}$|^[^\s@]{1,64}@[^\s@]{1,253}$/i;

/**
 * The burden-reversing number rule (./harmless-numbers.ts): every number of a field or the body
 * that stands in no harmless form is an error on that field or line — unless a location rule has
 * already reported the field or line with its more precise message.
 */
function numberProblems(parsed: ParsedFile, reported: readonly Problem[], where: string, why: string, rule: string, body?: ParsedBody): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set(reported.map((p) => `${p.field}\u0000${p.field === '(Text)' ? p.line : ''}`));
  const message = (subjectText: string, hit: StrayNumber, typed: string | undefined) => {
    const quote = (typed && typed !== hit.text ? `„${typed}“, gelesen als „${hit.text}“` : `„${hit.text}“`) + (hit.context.length > hit.text.length ? ` in „${hit.context}“` : '');
    if (hit.kind === 'coordinates') return `${subjectText} scheint Geokoordinaten zu nennen (${quote}); ${why}`;
    return `${subjectText} nennt eine Zahl, die keine Uhrzeit, kein Datum, keine Anzahl mit Einheit, keine Telefonnummer und kein Paragraf ist (${quote}); ${where} dürfen Zahlen nur so stehen, denn ${why}`;
  };
  const suggestion = (hit: StrayNumber) =>
    hit.kind === 'coordinates' ? FIX.coordinates : 'die Einheit oder das Bezugswort dazuschreiben („12 Plätze“, „9–15 Uhr“, „Raum 3“, „§ 238 StGB“) oder die Zahl weglassen; nie eine Anschrift nennen';
  const find = (value: string): [StrayNumber, string | undefined] | undefined => {
    for (const [variant, text] of readableOnce(value).entries()) {
      const [hit] = strayNumbers(text, 1);
      if (hit) return [hit, sourceSpan(value, variant, hit.offset, hit.offset + hit.text.length)];
    }
    return undefined;
  };
  for (const { path, value } of fieldValues(parsed.data)) {
    const field = formatPath(path);
    if (NOT_NUMBER_TEXT.has(field) || seen.has(`${field}\u0000`) || LINK_VALUE.test(value.trim())) continue;
    const found = find(value);
    if (!found) continue;
    seen.add(`${field}\u0000`);
    problems.push(problem('error', parsed.file, parsed.lineOf(path), field, message(subject(path), ...found), suggestion(found[0]), `${rule}-number`));
  }
  if (!/\S/.test(parsed.body)) return problems;
  const lines = parsed.body.split('\n');
  let count = 0;
  for (const part of renderedBody(parsed.body, body)) {
    if (part.url || count >= MAX_PER_PLACE) continue;
    const found = find(part.text);
    if (!found) continue;
    const [hit, typed] = found;
    const word = (typed ?? hit.text).split(/[\s.]/, 1)[0]!.toLowerCase();
    let line = part.from;
    for (let l = part.from; l < Math.min(part.to, lines.length); l++) {
      if (lines[l]!.toLowerCase().includes(word)) {
        line = l;
        break;
      }
    }
    const key = `(Text)\u0000${parsed.bodyLine + line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    count++;
    problems.push(problem('error', parsed.file, parsed.bodyLine + line, '(Text)', message('Der Text', hit, typed), suggestion(hit), `${rule}-number`));
  }
  return problems;
}

/**
 * Errors for a translated core-help page (content/translations/<lang>/*.md, issue #19): it talks
 * about shelters by design and, per docs/translations.md, names no local address or number, so any
 * street with house number, postcode, coordinates or map/place link in title, summary or body is
 * refused — it could be a shelter's, and no reviewer reads the language.
 */
export function translatedPageProblems(parsed: ParsedFile, body?: ParsedBody): Problem[] {
  const problems = translatedLocationProblems(parsed, body);
  return [...problems, ...numberProblems(parsed, problems, 'auf einer übersetzten Hilfeseite', CONFIDENTIAL, 'translation', body)];
}

function translatedLocationProblems(parsed: ParsedFile, body?: ParsedBody): Problem[] {
  return locationProblems(
    parsed,
    '',
    'error',
    ([what, quote]) => `scheint ${what} zu nennen (${quote}); übersetzte Hilfeseiten nennen keine Anschriften, denn die Lage eines Frauenhauses ist vertraulich`,
    (kind) => `${FIX[kind].replace(/; nur den Ort nennen$/, '')}; Anschriften stehen nur in den Kontakten (content/contacts/)`,
    'translation-location',
    undefined,
    body,
  );
}

/**
 * Site texts that appear on many pages and never need an address: vocabulary labels and
 * descriptions (content/vocabularies/), interface strings (content/translations/…/strings.yml),
 * text downloads of materials (`body`: the file's text). Refused outright, shelter named or not,
 * when they name a street with number, a postcode, coordinates or a map link: the same reading and
 * rules as for a Frauenhaus entry (tester13, hole 3). `where` names the texts in the message
 * ("Themen und Regionen"); `data` holds only the texts (the caller leaves out ids and codes).
 */
export function siteTextProblems(file: string, data: Record<string, unknown> | unknown[], lineOf: (path: readonly PropertyKey[]) => number, where: string, body = ''): Problem[] {
  const parsed = { file, data: data as Record<string, unknown>, body, bodyLine: 1, lineOf, frontmatter: '' };
  return locationProblems(
    parsed,
    '',
    'error',
    ([what, quote]) => `scheint ${what} zu nennen (${quote}); ${where} nennen keine Anschriften, denn die Lage eines Frauenhauses ist vertraulich`,
    (kind) => `${FIX[kind].replace(/; nur den Ort nennen$/, '')}; Anschriften stehen nur in den Kontakten (content/contacts/)`,
    'site-text-location',
  );
}

/** What the guard reads of a validated record (resolve.ts's ValidRecord; not imported, so the translation loader can use the guard without a cycle through the graph). */
interface GuardedRecord {
  type: string;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
}

// A corner places a house as well as its number (session 14: "AK Celle – Treffen Ecke Lindenkamp/Mühlenweg");
// a map or directions link as well as an address (outside tester, session 17: "[Lageplan](https://maps.app.goo.gl/…)").
const ADDRESS_KINDS: ReadonlySet<LocationKind> = new Set(['street', 'postcode', 'corner', 'coordinates', 'map-link', 'place-link']);
/** A link to a contact's page in a body, as a path or a full URL ("/kontakte/frauen-helfen-frauen-celle/"): the slug. */
export const CONTACT_LINK = new RegExp(`${contentTypes.contacts.path.replace(/\//g, '\\/')}([a-z0-9-]{1,200})(?![a-z0-9-])`, 'g');

/**
 * The title of an entry that refers to a Frauenhaus is shown on the Frauenhaus's own page (the
 * entries that name it): an address there sits next to the shelter, so it is an error (tester13, hole 4).
 */
function titleOnShelterPage(problem: Problem): Problem {
  return {
    ...problem,
    severity: 'error',
    message: `${problem.message}; der Titel steht auf der Seite des Frauenhauses, die Anschrift stünde dort neben ihm, und die Lage eines Frauenhauses ist vertraulich`,
    suggestion: 'die Anschrift aus dem Titel entfernen (Ort und Art des Treffens genügen, z. B. „AK Celle – Quartalstreffen“)',
    rule: `${problem.rule}-title`,
  };
}

/**
 * Warnings for initiatives and networks that refer to a Frauenhaus contact (contacts,
 * coordinator) and name an address (street with number, postcode, corner or coordinates) in any field or the body:
 * the address may be the shelter's; an error when it is in the title (`titleOnShelterPage`), and
 * when the body is longer than LINKED_ENTRY_LIMIT (./guarded-size.ts: read word by word, like the shelter's own entry).
 * Runs on the validated records, after every file is read.
 */
export function linkedShelterWarnings(records: readonly GuardedRecord[]): Problem[] {
  const shelters = new Map<string, string>();
  for (const record of records) {
    if (record.type === 'contacts' && record.data.kind === 'frauenhaus') shelters.set(record.slug, String(record.data.title));
  }
  if (!shelters.size) return [];
  const warnings: Problem[] = [];
  for (const record of records) {
    if (record.type !== 'initiatives' && record.type !== 'networks') continue;
    // Its references, and the Frauenhaus pages its text links to (outside tester, session 17: a Markdown link refers as well).
    const refs = [record.data.coordinator, ...(Array.isArray(record.data.contacts) ? record.data.contacts : []), ...Array.from(record.body.matchAll(CONTACT_LINK), (match) => match[1])];
    const shelter = refs.find((ref): ref is string => typeof ref === 'string' && shelters.has(ref));
    if (!shelter) continue;
    // Read word by word for the shelter's address: as long as a Frauenhaus entry's own text may be, at most (./guarded-size.ts).
    const tooLong = linkedEntrySizeProblem(record.file, record.body, shelters.get(shelter)!, shelter);
    if (tooLong) {
      warnings.push(tooLong);
      continue;
    }
    const parsed: ParsedFile = { file: record.file, data: record.data, body: record.body, bodyLine: record.bodyLine, lineOf: record.lineOf, frontmatter: '' };
    warnings.push(
      ...locationProblems(
        parsed,
        record.slug,
        'warning',
        ([what, quote]) => `nennt ${what} (${quote}), und der Eintrag verweist auf das Frauenhaus „${shelters.get(shelter)}“ (${shelter})`,
        (kind) => `prüfen, ob das die Lage des Frauenhauses verrät; dann ${NAMED_FIX[kind]}`,
        'shelter-linked',
        ADDRESS_KINDS,
      ).map((problem) => (problem.field === 'title' ? titleOnShelterPage(problem) : problem)),
    );
  }
  return warnings;
}

