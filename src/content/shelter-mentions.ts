/**
 * Locations named near a shelter word in any text (issue 13, session 8): "Das Frauenhaus Celle
 * (Buchenallee 23, 29221 Celle)", "Buchenallee 23 – dort ist das Frauen&shy;haus", "Приют для
 * женщин: 52.62, 10.08". The shelter guard (./shelter-guard.ts) warns about each on pages and
 * entries that are no Frauenhaus.
 *
 * The text is read once (`readable`: entities, soft hyphens, look-alike letters, numbers in words),
 * the shelter words of ./shelter-words.ts are found in that reading, and the location rules
 * (`findLocations`) run on the stretches up to `NEAR` characters before and after each word,
 * merged where they overlap: every character is scanned at most once, so the cost stays linear.
 */
import { findLocations, readable, type Location } from './location-finder.ts';
import { shelterWordsIn } from './shelter-words.ts';

/** How far before or after a shelter's name an address still reads as its address. */
export const NEAR = 120;

/**
 * What every text that could name a shelter holds somewhere: a letter outside ASCII, an entity or
 * escape, or a piece of an ASCII shelter word. Texts without (1 MB of "www.a.b/x ") are not read.
 */
const MAY_NAME_SHELTER = /[^\0-\x7f]|[&%]|haus|wohn|schutz|zuflucht|unterkunft|shelter|refuge|safe|sigin|konuk|kobiet|schron|chronion|adapost|refugiu|protejat|primire|femei|femmes|projekt|prijut|ubeschi|pritul|showisch|krisis|krisow|hostel|maison|foyer/i;

export interface Mentions {
  /** The text as read; offsets of `hits` are offsets in it. */
  read: string;
  hits: Location[];
}

/** Locations within `NEAR` characters of a shelter word in `text` (as typed), at most `limit`. */
export function locationsNearShelters(text: string, limit: number): Mentions {
  if (!MAY_NAME_SHELTER.test(text)) return { read: text, hits: [] };
  const read = readable(text)[0]!;
  const windows: [number, number][] = [];
  for (const word of shelterWordsIn(read)) {
    // Widened to whole words, so no number or street name is cut in two.
    let from = Math.max(0, word.start - NEAR);
    for (let n = 0; from > 0 && read[from - 1] !== ' ' && n < 40; n++) from--;
    let to = Math.min(read.length, word.end + NEAR);
    for (let n = 0; to < read.length && read[to] !== ' ' && n < 40; n++) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const hits: Location[] = [];
  for (const [from, to] of windows) {
    if (hits.length >= limit) break;
    for (const hit of findLocations(read.slice(from, to), { limit: limit - hits.length })) hits.push({ ...hit, offset: hit.offset + from });
  }
  return { read, hits };
}

/**
 * The 0-based line of `source` (as typed, lines intact) where a finding at `offset` of its reading
 * `read` stands: the line nearest to the proportional estimate that holds the finding's first word.
 */
export function lineOfReading(source: string, read: string, offset: number, quote: string): number {
  const lines = source.split('\n');
  const estimate = Math.min(lines.length - 1, Math.floor((offset / Math.max(1, read.length)) * lines.length));
  const word = quote.split(/[\s.,(]/, 1)[0]!.toLowerCase();
  if (!word) return estimate;
  for (let distance = 0; distance < lines.length; distance++) {
    for (const line of [estimate - distance, estimate + distance]) {
      if (line >= 0 && line < lines.length && lines[line]!.toLowerCase().includes(word)) return line;
    }
    if (estimate - distance < 0 && estimate + distance >= lines.length) break;
  }
  return estimate;
}

/** An ATX heading line ("## Frauenhaus Celle"), or the underline of a setext heading. */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Locations in the sections of `body` (Markdown, as typed) whose heading names a shelter
 * ("## Frauenhaus Celle", then three paragraphs on, "Paketannahme: Musterweg 5"): the heading
 * says whose address it is, however far below it stands (outside tester, session 17). A section
 * ends at the next heading. Each line is read at most once: linear. Lines are 0-based in `body`.
 */
export function locationsInShelterSections(body: string, limit: number): { hit: Location; line: number }[] {
  if (!MAY_NAME_SHELTER.test(body)) return [];
  const lines = body.split('\n');
  const found: { hit: Location; line: number }[] = [];
  const namesShelter = (line: string) => readable(line).some((read) => shelterWordsIn(read, 1).length > 0);
  const heading = (i: number) => ATX_HEADING.test(lines[i]!) || (i + 1 < lines.length && lines[i]!.trim() !== '' && SETEXT_UNDERLINE.test(lines[i + 1]!) && !/^ {0,3}-+[ \t]*$/.test(lines[i]!));
  for (let i = 0; i < lines.length && found.length < limit; i++) {
    if (!heading(i) || !namesShelter(lines[i]!)) continue;
    let start = i + 1;
    if (!ATX_HEADING.test(lines[i]!)) start++; // past the setext underline
    let end = start;
    while (end < lines.length && !heading(end)) end++;
    const section = lines.slice(start, end).join('\n');
    const read = readable(section)[0]!;
    for (const hit of findLocations(read, { limit: limit - found.length })) found.push({ hit, line: start + lineOfReading(section, read, hit.offset, hit.text) });
    i = end - 1;
  }
  return found;
}
