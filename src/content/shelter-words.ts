/**
 * The words that name a place where women (and girls, and their children) are hidden from
 * violence, in German and the eight languages of the site's translations (src/i18n/languages.ts)
 * plus French, Spanish and Italian: one table for the shelter guard's warnings (./shelter-guard.ts, ./shelter-mentions.ts).
 * An entry that is not of kind `frauenhaus` but whose title holds one of these words and that names
 * an address gets a warning; so does any text that names an address near such a word.
 *
 * How an entry is written: `|` marks a joint of a compound where a space, a hyphen or nothing may
 * stand ("Frauen Haus", "Frauen-Haus", "Frauenhaus"), `+` one where only a hyphen or nothing may
 * ("Not-Wohnung", not "in der Not Wohnung finden"). German words match inside longer words
 * ("Frauenhausverein", "Frauenschutzwohnung"); words of other languages at the start of a word,
 * with any ending ("приюта", "schroniska"), unless they end in `$` (a whole word: "refuge" is no
 * "refugee"). Texts and entries are compared as `readable` (./location-finder.ts) reads them
 * (entities and soft hyphens gone, look-alike letters and Cyrillic brought to Latin letters:
 * "приют" is read "prijut"), then folded per character without a locale: lower case, accents and
 * dots dropped, so Turkish "EVİ" and "evi", "SIĞINMA" and "sığınma" are the same word.
 */
import { readable } from './location-finder.ts';

export const SHELTER_WORDS_BY_LANGUAGE = {
  de: [
    'frauen|haus', 'frauen|häuser', 'frauen+schutz|haus', 'frauen|schutz+wohnung', 'schutz+haus', 'schutz+häuser', 'schutz|wohnung', 'schutz+unterkunft', 'zufluchts+wohnung',
    'zufluchts+stätte', 'zuflucht', 'frauen|wohn+projekt', 'frauen|zuflucht', 'mädchen|haus', 'mädchen|häuser', 'krisen+wohnung', 'not+wohnung', 'not+unterkunft',
    'schutz+einrichtung', 'geschützte unterkunft', 'geschützten unterkunft', 'geschützte wohnung', 'geschützten wohnung', 'anonyme unterkunft', 'anonyme wohnung', 'sichere unterkunft',
    // Session 17 (outside tester).
    'frauen|asyl', 'interventions+wohnung', 'frauen+not+aufnahme', 'schutzraum für frauen', 'schutzräume für frauen',
  ],
  en: ['shelter', 'refuge$', 'refuges$', 'safe house', 'safe houses', 'safehouse', "women's house", 'womens house'],
  tr: ['kadın sığınma', 'kadın sığınağı', 'sığınma evi', 'sığınmaevi', 'kadın konukevi', 'konukevi', 'kadın evi'],
  ar: ['دار إيواء', 'دار الإيواء', 'دار حماية', 'ملجأ', 'مأوى', 'بيت آمن'],
  ru: ['приют', 'убежищ', 'кризисный центр', 'кризисного центра', 'кризисная квартира'],
  uk: ['притулк', 'притулок', 'сховищ', 'кризовий центр', 'кризового центру'],
  fa: ['خانه امن', 'خانه‌های امن', 'پناهگاه', 'سرپناه'],
  pl: ['dom dla kobiet', 'schronisk', 'schronieni', 'ośrodek dla kobiet', 'mieszkanie chronione', 'mieszkanie interwencyjne', 'hostel dla kobiet'],
  ro: ['adăpost', 'casă de refugiu', 'casa de refugiu', 'locuință protejată', 'centru de primire', 'casa femeii'],
  fr: ['maison des femmes', 'foyer pour femmes', 'maison d’hébergement'],
  // Spanish and Italian, as editors copy them from partner organisations (session 17).
  es: ['casa de acogida', 'casa refugio'],
  it: ['casa rifugio', 'casa protetta'],
} as const;

/** Every word of the table as written, joints removed ("frauenhaus", "приют"): for tests and messages. */
export const SHELTER_WORDS: readonly string[] = Object.values(SHELTER_WORDS_BY_LANGUAGE).flatMap((words) => words.map((word) => word.replace(/[|+$]/g, '')));

const foldCache = new Map<string, string>();
/** One character as the table compares it: lower case without locale, marks dropped, one character out ("İ" → "i", "Ğ" → "g", "ı" → "i"). */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  let folded = foldCache.get(c);
  if (folded === undefined) {
    const plain = c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    folded = c === 'ı' ? 'i' : plain.length === 1 ? plain : c;
    // Arabic and Persian spellings of the same letters; hyphens of every kind.
    folded = ({ 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2019': "'", '\u200c': ' ' } as Record<string, string>)[folded] ?? folded;
    if (foldCache.size < 5000) foldCache.set(c, folded);
  }
  return folded;
}

/** `text` folded character by character: the same length, so offsets stay those of `text`. */
export function foldForWords(text: string): string {
  // Lower-cased at once where that keeps the length (all but a few letters such as "İ"), then only the letters beyond ASCII one by one.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[^\0-\x7f]/g, foldChar);
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A table part as the text will read: through `readable`, folded, umlauts also as "ae" ("Frauenhaeuser"). */
function partPattern(part: string): string {
  const read = foldForWords(readable(part)[0]!);
  // A space inside a phrase may be a hyphen too ("Geschützte-Wohnung").
  return [...read].map((c, i) => (/[äöü]/.test(part[i] ?? '') && 'aou'.includes(c) ? `(?:${c}e|${c})` : c === ' ' ? '[ -]{1,2}' : escape(c))).join('');
}

function entryPattern(entry: string): string {
  const pieces = entry.replace(/\$$/, '').split(/([|+])/);
  const parts = pieces.map((piece) => (piece === '|' || piece === '+' ? piece : partPattern(piece)));
  // A space at a joint only when the compound ends after the next part or with a short ending: "Frauen Haus", "Frauen Häuser", not "Frauen Hausaufgaben".
  const body = parts.map((part, i) => (part === '|' ? `(?:-?|[ ](?=${parts.slice(i + 1).map((next) => (next === '|' || next === '+' ? '-?' : next)).join('')}\\p{L}{0,3}(?!\\p{L})))` : part === '+' ? '-?' : part)).join('');
  return entry.endsWith('$') ? `${body}(?![\\p{L}\\p{M}])` : body;
}

/** A class of the first characters of `entries` as the pattern reads them (`partPattern`: the reading's first character, an umlaut's base letter in both spellings). */
function firstLetters(entries: readonly string[]): string {
  const firsts = new Set(entries.map((entry) => [...foldForWords(readable(entry.split(/[|+$]/, 1)[0]!)[0]!)][0]!));
  return `[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
}

let shelterPattern: RegExp | undefined;
/** All entries in one pattern of fixed strings and bounded classes (linear); the word-start test written once, so it compiles fast. */
function pattern(): RegExp {
  if (!shelterPattern) {
    // Longest first, so "frauenschutzhaus" is found whole and not as "schutzhaus".
    const group = (words: readonly string[]) =>
      words
        .map(entryPattern)
        .sort((a, b) => b.length - a.length)
        .join('|');
    const { de, ...others } = SHELTER_WORDS_BY_LANGUAGE;
    const other = Object.values(others).flat();
    // The word-start test looks back over a large class at every position: a lookahead on the
    // entries' first letters goes first and fails fast. It admits every match, so the matches are the same.
    shelterPattern = new RegExp(`(?=${firstLetters([...de, ...other])})(?:${group(de)}|(?=${firstLetters(other)})(?<![\\p{L}\\p{M}\\p{N}])(?:${group(other)}))`, 'gu');
  }
  return shelterPattern;
}

/** A shelter word in `text`, read and folded (see foldForWords): start and end offsets in `text`. */
export interface ShelterWord {
  start: number;
  end: number;
}

/**
 * The shelter words in `read` (a text as `readable` returns it), in order. A compound read across
 * a space ("Frauen Haus") counts only when the word ends there or with a short ending: "Frauen
 * Hausaufgaben" is no shelter (a lookahead at the joint).
 */
export function shelterWordsIn(read: string, limit = Infinity): ShelterWord[] {
  const folded = foldForWords(read);
  const out: ShelterWord[] = [];
  for (const match of folded.matchAll(pattern())) {
    if (out.length >= limit) break;
    const end = match.index + match[0].length;
    out.push({ start: match.index, end });
  }
  return out;
}

/** Whether `title` (as typed) sounds like a shelter: it holds a word of the table, as read. */
export function soundsLikeShelter(title: string): boolean {
  return readable(title).some((read) => shelterWordsIn(read, 1).length > 0);
}
