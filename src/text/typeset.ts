/**
 * Spaces that must not break a line, set when a page is rendered so editors type plain spaces:
 * inside numbers written in groups ("116 016", "0441 123456"), after § and §§ ("§ 238"), and
 * between the abbreviations of legal references and their number ("Abs. 2", "Nr. 3",
 * "Satz 1", "Art. 6"). A line break there makes a phone number or a citation unreadable.
 */

// A space between two digits, after § / §§, or after a reference word, followed by a digit.
// The lookahead `[^<>]*<(?!/script)` keeps it to text: inside a tag the next bracket is ">",
// and JSON-LD (no < or > inside, see safeJson) ends at "</script". The space comes first and
// what precedes it is a lookbehind: the engine then scans for a space followed by a digit
// instead of trying every alternative at every character (half the CPU on whole pages; same
// result, as no alternative contains a space).
const BREAKABLE = / (?=\d)(?<=(?:\d|§|\b(?:Abs|Nr|Art|Ziff|Bd|Kap|S)\.|\b(?:Satz|Absatz|Artikel|Nummer)) )(?=[^<>]*<(?!\/script))/g;

/** Finished page markup with non-breaking spaces (U+00A0) inside numbers and legal references. */
export function keepTogether(markup: string): string {
  return markup.replace(BREAKABLE, '\u00a0');
}
