/**
 * Character tests by UTF-16 code unit, for the guard's token scanners (./harmless-numbers.ts,
 * ./location-finder.ts), which compare single punctuation characters millions of times on 1 MB.
 */

/**
 * Whether `chars` holds the code unit `code`: `chars.includes(character)` for a one-unit
 * character, without making a string of it (V8 makes a new one for each character beyond
 * Latin-1: a fifth of a scanner's time on such a text, session 16).
 */
export function hasCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}
