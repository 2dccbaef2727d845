/**
 * German compounds in the search documents. Pagefind indexes "Gewaltopferambulanz" as one word
 * (it splits only at hyphens), so "ambulanz" would not find it. Each long word that splits into
 * parts from the site's own vocabulary gets its parts added right before it in the document
 * handed to Pagefind, between ⟨ ⟩: "⟨gewalt opfer ambulanz⟩ Gewaltopferambulanz". The published
 * page is unchanged; the search page hides the ⟨…⟩ in excerpts and highlights the compound
 * instead (src/client/search.js). Why a dictionary from the site's own words and not a library:
 * docs/search.md.
 */
import type { ContentGraph } from '../../content/index.ts';
import { endOfElement } from './markup.ts';

/** Opening and closing marks around added parts; src/client/search.js knows them too. */
export const PARTS_OPEN = '\u27e8';
export const PARTS_CLOSE = '\u27e9';

/** Shortest part (shorter ones, "amt", "tag", split too many words wrongly) and shortest word split. */
const MIN_PART = 4;
const MIN_WORD = 10;
/** Linking elements (Fugenelemente) between parts: Partnerschaft-s-gewalt, Frau-en-haus. */
const LINKS = ['', 's', 'es', 'n', 'en'];
/** An unknown last part is accepted from this length on (the head of a compound: "…ambulanz"). */
const MIN_UNKNOWN_HEAD = 7;

/** The texts the site's dictionary of parts is made of: every entry and page, and the vocabularies. */
export function siteTexts(graph: ContentGraph): string[] {
  return [
    ...[...graph.entries, ...graph.pages].flatMap((item) => [item.data.title, 'summary' in item.data ? String(item.data.summary) : '', item.body]),
    ...graph.regions.map((region) => region.label),
    ...graph.topics.map((topic) => topic.label),
  ];
}

/**
 * Lower-case words of at least MIN_PART letters from the given texts: the dictionary of parts.
 * Letters are those of German and the Latin-1 range: a regular expression without Unicode
 * classes runs about twice as fast, and this reads every entry's body once per build.
 */
export function buildLexicon(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(NOT_LETTERS)) if (word.length >= MIN_PART) words.add(word);
  }
  return words;
}

const NOT_LETTERS = /[^a-zß-öø-ÿ]+/;

/**
 * The parts of a compound, lower-case, without linking elements: "partnerschaftsgewalt" →
 * ["partnerschaft", "gewalt"]; undefined when it does not split. Every part but the last must be
 * in the lexicon; the last may be unknown if at least MIN_UNKNOWN_HEAD letters long and
 * `unknownHead` allows it (the site's own words rarely contain every head on its own).
 */
export function splitCompound(word: string, lexicon: ReadonlySet<string>, unknownHead = true): string[] | undefined {
  const lower = word.toLowerCase();
  if (lower.length < MIN_WORD || !/^[a-zß-öø-ÿ]+$/.test(lower)) return undefined;
  return split(lower, lexicon, false) ?? (unknownHead ? split(lower, lexicon, true) : undefined);
}

/** Endings whose compounds always take the linking s. */
const TAKES_S = /(ung|heit|keit|schaft|ion|tät)$/;

/** A tail that cannot start a German word: a linking s or n left in front of a consonant ("sgruppen"). */
const LEFTOVER_LINK = /^(s(?![aeiouäöüy]|ch|t|p|z)|n(?![aeiouäöüy]))/;

/**
 * Every part known (`guess` false); or, with `guess`, every part but an unknown last one of at
 * least MIN_UNKNOWN_HEAD letters after known parts of at least five: the precision measured on the
 * site's words fell from ~98 % to ~70 % with shorter ones ("sich" + "erheit").
 */
function split(rest: string, lexicon: ReadonlySet<string>, guess: boolean): string[] | undefined {
  // Longest first part first: "frauenhaus" before "frau" + "enhaus".
  for (let end = rest.length - MIN_PART; end >= (guess ? MIN_PART + 1 : MIN_PART); end--) {
    const head = rest.slice(0, end);
    if (!lexicon.has(head)) continue;
    for (const link of LINKS) {
      if (!rest.startsWith(link, end)) continue;
      const tail = rest.slice(end + link.length);
      if (tail.length < MIN_PART) continue;
      if (lexicon.has(tail)) return [head, tail];
      const more = split(tail, lexicon, guess);
      if (more) return [head, ...more];
    }
    if (guess) {
      // Heads on -ung, -heit, -keit, -schaft, -ion, -tät always link with s: "Gefährdung-s-analysen".
      const linked = TAKES_S.test(head) && rest[end] === 's' ? 1 : 0;
      const tail = rest.slice(end + linked);
      if (tail.length >= MIN_UNKNOWN_HEAD && !LEFTOVER_LINK.test(tail)) return [head, tail];
    }
  }
  return undefined;
}

/**
 * The search document's markup with the parts of each compound added before its first occurrence (text only; tags,
 * the h1, which Pagefind takes as the result title, elements marked data-pagefind-ignore and
 * weighted ones, the help pages' place names, keep their text). Works on the site's own markup,
 * where text is always escaped. `cache` (word → replacement, '' for none) may be shared by every
 * document of one build: it must go with one lexicon.
 */
export function withCompoundParts(markup: string, lexicon: ReadonlySet<string>, cache: Map<string, string> = new Map()): string {
  let skipped: [number, number][] | undefined;
  const done = new Set<string>();
  let out = '';
  let from = 0;
  // One pass over the characters: a hand-written loop is several times faster than a regular
  // expression here (some 150 long words per synthetic entry).
  let inTag = false;
  for (let at = 0, end = 0; at < markup.length; at = end) {
    for (let code = markup.charCodeAt(at); at < markup.length && !isLetter(code); code = markup.charCodeAt(++at)) {
      if (code === 60)
        inTag = true; // <
      else if (code === 62) inTag = false; // >
    }
    end = at;
    while (end < markup.length && isLetter(markup.charCodeAt(end))) end++;
    if (end - at < MIN_WORD || inTag) continue;
    // Whole words only: not inside an e-mail address, a web address or a hyphenated word.
    if ((at > 0 && !BEFORE.includes(markup[at - 1]!)) || !AFTER.includes(markup[end] ?? ' ')) continue;
    const word = markup.slice(at, end);
    let replaced = cache.get(word);
    if (replaced === undefined) {
      // Parts that are compounds themselves add their parts too: gewaltschutz → gewalt, schutz.
      const parts = splitCompound(word, lexicon)?.flatMap((part) => [part, ...(splitCompound(part, lexicon) ?? [])]);
      // Before the word, so a block still ends on the word and Pagefind still ends it with a full stop.
      cache.set(word, (replaced = parts ? `${PARTS_OPEN}${parts.join(' ')}${PARTS_CLOSE} ${word}` : ''));
    }
    if (!replaced || done.has(word)) continue;
    skipped ??= skippedRanges(markup);
    if (skipped.some(([start, end]) => at >= start && at < end)) continue;
    done.add(word); // once per page is enough to find it, and keeps the document short
    out += markup.slice(from, at) + replaced;
    from = at + word.length;
  }
  return from ? out + markup.slice(from) : markup;
}

/** A letter of German or the Latin-1 range (A–Z, a–z, À–ÿ without × and ÷). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 192 && code <= 255 && code !== 215 && code !== 247);
}

/** What may stand before and after a word standing alone. */
const BEFORE = ' \n\t(„"‚\'>';
const AFTER = ' \n\t)“"‘\',.;:!?<';

/** Where the h1, ignored and weighted elements stand: [start, end) of each. */
function skippedRanges(markup: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of markup.matchAll(/<h1[\s>]|data-pagefind-(?:ignore|weight)/g)) {
    const start = markup.lastIndexOf('<', match.index!);
    const name = /^<([a-z][a-z0-9]*)/.exec(markup.slice(start, start + 12))?.[1];
    if (!name) continue;
    const end = endOfElement(markup, name, start);
    ranges.push([start, end === -1 ? markup.length : end]);
  }
  return ranges;
}
