/**
 * The blocks of a rendered body read as one text, so an address split across two paragraphs or
 * list items is found too (./shelter-guard.ts `bodyLocations`).
 */
import { joinHyphenatedLines } from './look-alikes.ts';

const HYPHEN_END = /\p{L}- $/u;

/**
 * `texts` joined, each followed by one space, and the offset where each starts in `joined`. A
 * word hyphenated at the end of one block and going on in the next ("Muster-", "weg 16") is
 * joined as `joinHyphenatedLines` joins two lines.
 *
 * Linear in the total length: the text is kept as pieces and only its last four characters are
 * looked at. (Looking at the end of one growing string flattened it at every block: 1 MB of
 * short paragraphs took 8 s.) Where a text holds a line break, which `readable` never leaves,
 * the hyphen join falls back to reading the whole text, exactly as before.
 */
export function joinBlocks(texts: readonly string[]): { joined: string; starts: number[] } {
  let pieces: string[] = [];
  let length = 0;
  let tail = '';
  // Whether the text so far holds a line break: joinHyphenatedLines may then change more than its end.
  let lineBreak = false;
  const starts: number[] = [];
  const dropEnd = (count: number) => {
    length -= count;
    while (count > 0) {
      const last = pieces.pop()!;
      if (last.length > count) pieces.push(last.slice(0, last.length - count));
      count -= last.length;
    }
  };
  const lastFour = () => {
    let end = '';
    for (let i = pieces.length - 1; i >= 0 && end.length < 4; i--) end = pieces[i]! + end;
    return end.slice(-4);
  };
  for (const text of texts) {
    if (HYPHEN_END.test(tail) && /^\p{L}/u.test(text)) {
      if (lineBreak) {
        const joined = joinHyphenatedLines(`${pieces.join('').slice(0, -1)}\n${text.slice(0, 1)}`).slice(0, -1);
        pieces = [joined];
        length = joined.length;
      } else {
        // The only line break is the one put in, right after the hyphen: nothing before the last
        // four characters can change (the match needs a letter, the hyphen and the line break).
        const end = joinHyphenatedLines(`${tail.slice(0, -1)}\n${text.slice(0, 1)}`).slice(0, -1);
        dropEnd(tail.length);
        pieces.push(end);
        length += end.length;
        if (end.includes('\n')) lineBreak = true;
      }
    }
    starts.push(length);
    pieces.push(`${text} `);
    length += text.length + 1;
    if (text.includes('\n')) lineBreak = true;
    tail = lastFour();
  }
  return { joined: pieces.join(''), starts };
}
