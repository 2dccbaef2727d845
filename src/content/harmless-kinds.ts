/**
 * More harmless forms of a number for the shelter guard's number rule (./harmless-numbers.ts), found
 * by an outside tester in ordinary Frauenhaus texts (issue 13, session 14): each is a KIND with a shape
 * no address takes, never a single phrase. Called by `judge` only after the rules that refuse a number
 * outright (right after a street ending, a house-number or street label, before a number-first street,
 * after a street form with preposition and article), so none of them can lift a house number there.
 *
 * - dates written with spaces (`1. 2. 2018`) and month/year (`Stand 11/2026`);
 * - thousands grouped by a space before a unit (`pro 10 000 Einwohner`);
 * - a decimal fraction before a unit (`87,5 %`: a house number has no decimals);
 * - ages and limits written `60+`, hanging hyphen ranges (`3- bis 6-Jährige`);
 * - norms (`DIN 18040-2`, `DIN EN ISO 9001`) and court file numbers (`12 F 345/24`, `21 UF 12/23`);
 * - English clock times after a weekday (`Saturday 10 am`, `12 noon`), suffixed ordinals before an
 *   ordinal noun (`2nd edition`), numbered steps of a list written inline (`1. Call us. 2. Pack …`);
 * - `24/7` after a word of a service (`Rufbereitschaft 24/7`);
 * - a count in a sentence of counts: after a lower-case word or a comma, with a quantifier word or a
 *   count with its noun earlier in the same sentence (`Davon kamen 12 über die Polizei, 9 über BISS und
 *   19 direkt`, `Von 120 Anfragen konnten wir 48 aufnehmen`, `eines von rund 400`, `24 de ore din 24`);
 * - Romanian counts with `de` (`24 de ore`);
 * - a count after its counted noun and a colon (`Freie Plätze: 2`, `Frauen: 87, Kinder: 112`).
 *
 * Linear: each test looks a bounded number of tokens around the number.
 */

/** Token kinds of the number rule's reader (./harmless-numbers.ts `Reader`). */
import { isKnownPlace } from './known-places.ts';
import { streetEnding } from './street-words.ts';

const WORD = 1;
const NUMBER = 2;
const PUNCT = 3;

/** What these rules read of the number rule's tokens (its `Reader`). */
export interface NumberTokens {
  readonly text: string;
  readonly count: number;
  readonly numeric: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  str(i: number): string;
  lower(i: number): string;
  is(i: number, kind: number): boolean;
  punct(i: number, chars: string): boolean;
  attached(i: number): boolean;
  capitalised(i: number): boolean;
  word(i: number, set: ReadonlySet<string>): boolean;
}

/** What the number rule lends: whether a unit or counted noun follows token e, whether word b may name a street. */
export interface NumberRuleHelpers {
  unitAfter(r: NumberTokens, e: number): boolean;
  streetLikeName(r: NumberTokens, b: number, e: number): boolean;
}

const words = (list: string) => new Set(list.split(' '));

/** Labels of technical norms: the number after them is the norm's. */
const NORM_LABELS = words('din iso en vde iec önorm oenorm ansi bs');
/** English weekdays (German ones are in harmless-numbers.ts): a clock time after one is a time. */
const WEEKDAYS = words('mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag');
const CLOCK = words('am pm noon midnight');
/** Suffixes of English ordinals in digits ("2nd"). */
const ORDINAL_SUFFIXES = words('st nd rd th');
/** Nouns an English ordinal counts without naming a place ("2nd edition", "3rd time"); "the 5th house" is no such noun. */
const ENGLISH_ORDINAL_NOUNS = words(
  'edition editions ed edn time times anniversary birthday century year years day week month meeting conference session annual grade step chapter issue volume vol print printing revision rev version place prize round',
);
/** Words of a service available around the clock ("Rufbereitschaft 24/7", "Hotline 24/7", "Open 24/7"). */
const SERVICE_ENDINGS = ['bereitschaft', 'erreichbarkeit', 'dienst', 'telefon', 'hotline', 'notruf', 'aufnahme', 'beratung', 'erreichbar', 'geöffnet', 'open', 'available', 'service', 'helpline'];
/** Words that announce counts: a number after a lower-case word in such a sentence is a count. */
// "from" in Arabic and Persian too ("من 9 إلى 16", "از 9 تا 16"). Not Romanian "de" ("Lindenallee de 5" would pass); Russian
// "с 9" reads as "s 9" (an S-Bahn line, refused before this rule) and Polish "od 9" as the Greek street label "od.".
const QUANTIFIERS = words('davon darunter insgesamt rund etwa ca circa knapp von of из із din z spośród toplam aged ages zwischen between from من از');
/** People an age limit counts ("Frauen 60+"). */
const PEOPLE = words('frauen mädchen kinder jungen menschen personen seniorinnen senioren women girls children people');
/** What a statistic counts, as the label before a colon ("Freie Plätze: 2", "Frauen: 87"); a table, not a guess: a name before a colon may be a street ("Lindenhain: 5"). */
const COUNT_LABELS = words(
  'frauen mädchen kinder jungen personen menschen plätze notplätze betten zimmer wohnungen aufnahmen anfragen beratungen beratungskontakte fälle übernachtungen belegungstage nächte mitarbeiterinnen mitarbeitende fachkräfte warteliste sprachen anzahl gesamt insgesamt women children places beds rooms staff languages',
);
/** Words joining the ends of a hanging-hyphen range ("3- bis 6-Jährige"). */
const RANGE_JOINTS = words('bis und oder to and');

/**
 * The verdict of the kinds above on the number run s…e (`run` its text, b the word before, over a
 * full stop or colon): `ok`, the last token it covers, or undefined (no kind of this module fits).
 */
export function harmlessKind(r: NumberTokens, s: number, e: number, run: string, b: number, h: NumberRuleHelpers): 'ok' | number | undefined {
  const digits = r.is(s, NUMBER);
  const next = e + 1;
  if (!digits) return undefined;
  // "1. 2. 2018": day, month and year written with spaces.
  if (s === e && Number(run) >= 1 && Number(run) <= 31 && run.length <= 2 && r.punct(next, '.') && r.attached(next) && r.is(next + 1, NUMBER) && !r.attached(next + 1)) {
    const month = Number(r.str(next + 1));
    if (month >= 1 && month <= 12 && r.punct(next + 2, '.') && r.attached(next + 2) && r.is(next + 3, NUMBER) && /^(?:(?:19|20)\d{2}|\d{2})$/.test(r.str(next + 3))) return next + 3;
  }
  // "Stand 11/2026", "Treffen 2/2026": month and year.
  if (/^(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/.test(run)) return 'ok';
  // "10 000 Einwohner", "1 250 000 €": thousands grouped by a space, then a unit or counted noun.
  if (s === e && run.length <= 3 && !run.startsWith('0') && r.is(next, NUMBER) && r.end[next]! - r.start[next]! === 3 && !r.attached(next)) {
    let k = next;
    while (r.is(k + 1, NUMBER) && r.end[k + 1]! - r.start[k + 1]! === 3 && !r.attached(k + 1)) k++;
    if (!(r.is(k + 1, PUNCT) && r.attached(k + 1) && r.is(k + 2, NUMBER)) && h.unitAfter(r, k)) return k;
  }
  // "87,5 %", "3,5 Stellen", "1,6 Kinder": a decimal fraction before a unit; a house number has no decimals.
  if (/^\d{1,3}[.,]\d{1,2}$/.test(run) && (r.punct(next, '%‰') || h.unitAfter(r, e))) return 'ok';
  // "Frauen 60+", "Generation 60+": an age and up.
  if (s === e && Number(run) <= 120 && r.punct(next, '+') && r.attached(next) && !r.is(next + 1, NUMBER) && (!r.is(b, WORD) || !r.capitalised(b) || r.word(b, PEOPLE))) return 'ok';
  // "3- bis 6-Jährige", "2- oder 3-Zimmer-Wohnung": a hanging hyphen, a joint, and a hyphenated count.
  if (s === e && r.punct(next, '-') && r.attached(next) && !r.attached(next + 1) && r.word(next + 1, RANGE_JOINTS) && r.is(next + 2, NUMBER) && h.unitAfter(r, next + 2)) return 'ok';
  // "DIN 18040-2", "DIN EN ISO 9001": a norm after its label (in capitals as written).
  if (r.is(b, WORD) && r.str(b) === r.str(b).toUpperCase() && r.word(b, NORM_LABELS)) return 'ok';
  // "12 F 345/24", "21 UF 12/23", "3 StR 12/19": a court file number (department, register sign, number/year).
  if (s === e && run.length <= 3 && r.is(next, WORD) && !r.attached(next) && r.end[next]! - r.start[next]! <= 4 && /^\p{Lu}/u.test(r.str(next)) && r.is(next + 1, NUMBER)) {
    const last = next + 3;
    if (r.punct(next + 2, '/') && r.attached(next + 2) && r.is(last, NUMBER) && r.attached(last) && /^(?:\d{2}|(?:19|20)\d{2})$/.test(r.str(last))) return last;
  }
  // "Saturday 10 am", "12 noon": a clock time after a weekday or with noon.
  if (s === e && Number(run) <= 12 && r.word(next, CLOCK) && (r.word(b, WEEKDAYS) || r.lower(next) === 'noon' || r.lower(next) === 'midnight') && !r.capitalised(next + 1)) return 'ok';
  // "2nd edition", "the 3rd time": an ordinal in digits before what it counts.
  if (r.is(next, WORD) && r.attached(next) && r.word(next, ORDINAL_SUFFIXES) && r.word(next + 1, ENGLISH_ORDINAL_NOUNS)) return next;
  // "Rufbereitschaft 24/7": around the clock after a word of a service.
  if ((run === '24/7' || run === '7/24') && r.is(b, WORD) && SERVICE_ENDINGS.some((ending) => r.lower(b).endsWith(ending))) return 'ok';
  // "24 de ore": Romanian puts "de" between a count from 20 and its noun.
  if (r.lower(next) === 'de' && h.unitAfter(r, next)) return 'ok';
  // "Freie Plätze: 2", "Frauen: 87, Kinder: 112": a count after its counted noun and a colon (no street form, no letter attached).
  if (s === e && b === s - 2 && r.punct(s - 1, ':') && r.word(b, COUNT_LABELS) && !streetForm(r, b) && !(r.is(next, WORD) && r.attached(next))) return 'ok';
  // "1. Call us. 2. Pack your documents.": numbered steps written inline.
  if (s === e && listStep(r.text, r.start[s]!, r.end[s]!)) return 'ok';
  if (countAmongCounts(r, s, e, b, h)) return 'ok';
  return undefined;
}

/** Regular expressions of list steps, by step number (at most 20, built once). */
const STEP_AT = new Map<number, RegExp>();
function stepPattern(n: number): RegExp {
  let pattern = STEP_AT.get(n);
  if (!pattern) STEP_AT.set(n, (pattern = new RegExp(`(?:^|[\\s:.!?(])${n}\\. {1,3}\\p{Lu}`, 'u')));
  return pattern;
}
/** How far a list step looks for its neighbour (characters). */
const STEP_WINDOW = 300;

/**
 * The number at text[start, end) is a step of a list written inline: "N. " and a capital letter,
 * at the start or after a sentence mark, and step N+1 follows (or step N−1 stands before) within a
 * few hundred characters. "Lindenhain: 5. Bitte klingeln" has no step 4 or 6 and stays refused.
 */
export function listStep(text: string, start: number, end: number): boolean {
  const n = Number(text.slice(start, end));
  if (!(n >= 1 && n <= 19) || end - start > 2 || text[end] !== '.' || !/^ {1,3}\p{Lu}/u.test(text.slice(end + 1, end + 5))) return false;
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  if (before && !/[:.!?(]$/.test(before)) return false;
  if (stepPattern(n + 1).test(text.slice(end, end + STEP_WINDOW))) return true;
  return n > 1 && stepPattern(n - 1).test(text.slice(Math.max(0, start - STEP_WINDOW), start));
}

/**
 * A count in a sentence of counts: the word before is a lower-case word or a comma ("kamen 12",
 * "wir 48", ", 9 über BISS", "und 19 direkt"), and earlier in the same sentence (at most 16 tokens)
 * stands a quantifier word ("davon", "rund", "von") or a count with its unit or noun. A capitalised
 * word before the number (a street's name) never allows it; nor does an attached letter ("12a").
 */
function countAmongCounts(r: NumberTokens, s: number, e: number, b: number, h: NumberRuleHelpers): boolean {
  const run = r.str(s);
  if (s !== e || run.length > 4 || run.startsWith('0') || (r.is(e + 1, WORD) && (r.attached(e + 1) || r.capitalised(e + 1)))) return false;
  const comma = r.punct(b, ',');
  if (r.is(b, WORD) ? r.capitalised(b) || r.end[b]! - r.start[b]! > 40 : !comma) return false;
  // "Am Markt, davon 2", "Musterweg, rund 5": a share after a street and a comma stays a house number.
  if (r.punct(b - 1, ',') && streetForm(r, b - 2)) return false;
  // "Wir sind Lindenhain rund 5", "Musterweg von 5", "Am Markt rund 5": a street or a street-like name before the quantifier.
  if (r.word(b, QUANTIFIERS) && (streetForm(r, b - 1) || (r.is(b - 1, WORD) && r.capitalised(b - 1) && h.streetLikeName(r, b - 1, e)))) return false;
  for (let k = s - 1; k >= 0 && k >= s - 16; k--) {
    if (r.punct(k, '.!?;') && !(r.attached(k) && r.is(k - 1, NUMBER))) return false;
    if (k < s - 1 && r.is(k, NUMBER) && (h.unitAfter(r, k) || (comma && r.is(e + 1, WORD) && r.lower(k + 1) === r.lower(e + 1)))) return true;
    // After a comma only a list of counts ("12 über die Polizei, 9 über BISS"), not a quantifier alone.
    if (!comma && r.word(k, QUANTIFIERS)) return true;
  }
  return false;
}

const PREPOSITIONS = words('am an auf aus bei beim hinter im in neben unter über vor zum zur vom');
const ARTICLES = words('der die das dem den des');

/** Word w ends a street form: a street ending, or a capitalised word after a preposition (and article): "Am Markt", "An der Kirche". */
function streetForm(r: NumberTokens, w: number): boolean {
  if (!r.is(w, WORD) || r.end[w]! - r.start[w]! > 40) return false;
  if (streetEnding(r.lower(w)) !== undefined) return true;
  return r.capitalised(w) && (r.word(w - 1, PREPOSITIONS) || (r.word(w - 1, ARTICLES) && r.word(w - 2, PREPOSITIONS)));
}
/** Words before "Haus 1" that make it one of the houses of a shelter ("Haus 1 ist …", "im Haus 2", "unser Haus 3"). */
const HOUSE_DETERMINERS = words('im in ins das unser unserem unseres ihr ihrem zum vom');

/**
 * "Haus 1 ist für Frauen mit Kindern, Haus 2 für Frauen allein": a shelter's houses numbered (word b
 * is "Haus", the number run s…e one or two digits). At the start of a sentence, after a determiner
 * ("im Haus 2"), or after a comma or "und" when another "Haus" and number stands earlier in the
 * sentence. Never after a street ("Lindenweg, Haus 9", "im Lindenweg. Haus 9": the word before the
 * sentence mark has a street ending), never with a letter or a place after it ("Haus 9a", "Haus 9, Celle").
 */
export function numberedHouse(r: NumberTokens, b: number, s: number, e: number): boolean {
  if (r.lower(b) !== 'haus' || !r.capitalised(b) || s !== e || r.end[s]! - r.start[s]! > 2 || b !== s - 1) return false;
  if (r.is(e + 1, WORD) && r.attached(e + 1)) return false;
  // "Haus 9, Celle", "Haus 9 29221 Celle": a place or postcode after it.
  const k = r.punct(e + 1, ',') ? e + 2 : e + 1;
  if ((r.is(k, WORD) && r.capitalised(k) && r.end[k]! - r.start[k]! <= 40 && isKnownPlace(r.str(k))) || (r.is(k, NUMBER) && r.end[k]! - r.start[k]! === 5)) return false;
  const a = b - 1;
  if (a < 0) return true;
  const streetBefore = (w: number) => r.is(w, WORD) && r.end[w]! - r.start[w]! <= 40 && streetEnding(r.lower(w)) !== undefined;
  if (r.punct(a, '.!?:;(')) return !streetBefore(a - 1);
  if (r.word(a, HOUSE_DETERMINERS)) return true;
  if (r.punct(a, ',') || r.lower(a) === 'und') {
    if (streetBefore(a - 1)) return false;
    for (let m = a - 1; m >= 0 && m >= a - 14; m--) {
      if (r.punct(m, '.!?;')) return false;
      if (r.lower(m) === 'haus' && r.is(m + 1, NUMBER)) return true;
    }
  }
  return false;
}

/** Nouns an ordinal in digits counts that no street is named after ("3. Auflage", "2. Ausgabe", "25. November"). */
const ORDINAL_NOUN_AFTER =
  /^\. {0,2}(?:Auflage|Ausgabe|Edition|Fassung|Sitzung|Fachtag|Jahrestag|Geburtstag|Mal|Quartal|Halbjahr|Jahrhundert|Lebensjahr|Schuljahr|Klasse|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

/** The number ending at `end` of `text` is an ordinal of such a noun ("„Gewalt in Paarbeziehungen“, 3. Auflage"): no house number. */
export function ordinalOfNoun(text: string, end: number): boolean {
  return ORDINAL_NOUN_AFTER.test(text.slice(end, end + 20));
}
