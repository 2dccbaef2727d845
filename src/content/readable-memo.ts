/**
 * `readable` (./location-finder.ts) remembered for the texts read last. The shelter guard reads
 * each block of a Frauenhaus body twice, for locations and for stray numbers, and reading is one
 * of its costliest steps (about 0.3 s for 1 MB). `readable` is a pure function of the string, so
 * a remembered reading is the same reading.
 */
import { readable } from './location-finder.ts';

/** Characters of text remembered at most; then everything is forgotten at once (a 1 MB file fits). */
const LIMIT = 4_000_000;

const remembered = new Map<string, readonly string[]>();
let size = 0;

/** `readable(text)`: the same readings, as a new array; computed once while `text` is remembered. */
export function readableOnce(text: string): string[] {
  const known = remembered.get(text);
  if (known) return [...known];
  const read = readable(text);
  if (size + text.length > LIMIT) {
    remembered.clear();
    size = 0;
  }
  remembered.set(text, [...read]);
  size += text.length;
  return read;
}
