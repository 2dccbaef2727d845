/**
 * Finds what would locate a place in a text: a street with house number, a postcode, geographic
 * coordinates, a map link. The shelter guard (./shelter-guard.ts) decides what to do with it.
 *
 * Text is first brought to what a reader sees (`readable`): HTML entities decoded, Unicode NFKC
 * (fullwidth digits become digits), digits of every script as 0-9, letters of other scripts that
 * look like Latin ones as those (./look-alikes.ts), words hyphenated over a line break joined,
 * invisible characters (format characters such as zero-width
 * space, soft hyphen, bidi marks, and the other default-ignorable code points) removed,
 * whitespace and line breaks collapsed to one space.
 *
 * Linear time by construction: no regular expression here can backtrack over more than a
 * bounded stretch. The text is split once into tokens (words, numbers, single punctuation
 * characters) kept in typed arrays, and every rule looks only a few tokens around a number.
 */
import MarkdownIt from 'markdown-it';
import { isKnownPlace, isKnownPostcode } from './known-places.ts';
import { labelsDirectionsAt, placeLinkReason, URL_IN_TEXT } from './place-links.ts';
import { asciiDigits, circledDigits, joinHyphenatedLines, latinSkeleton, readAsText } from './look-alikes.ts';
import { spelledNumbers } from './number-words.ts';
import { figurativeAdjective, figurativeWay, NOT_STREET_COMPOUNDS, numberFirstEnding, STRICT_STREET_SUFFIXES, streetEnding } from './street-words.ts';
import { DOTTED_LABEL_WORDS_AFTER, DOTTED_LABEL_WORDS_BEFORE, NAMED_STREET_LABEL_WORDS, STREET_LABEL_WORDS, TRAILING_STREET_TYPE_ABBREVIATIONS, TRAILING_STREET_TYPES } from './street-types.ts';
import { numberedNoun, numberedNounIn, numberFirstStreets, streetLikeNumbered } from './harmless-numbers.ts';
import { listStep, ordinalOfNoun } from './harmless-kinds.ts';
import { hasCode } from './code-units.ts';

export type LocationKind = 'street' | 'corner' | 'postcode' | 'coordinates' | 'map-link' | 'place-link';

export interface Location {
  kind: LocationKind;
  /** The words as found in the readable text, for the message ("Musterweg 5"). */
  text: string;
  /** Offset of the finding in the text that was scanned. */
  offset: number;
  /** A postcode that belongs to a Postfach ("Postfach 1102, 29201 Celle"). */
  postbox?: boolean;
  /** The same words as the editor typed them, when they read differently ("вул. Мустервег 5"). */
  source?: string;
}

export interface FindOptions {
  /**
   * Machine text (an e-mail local part, a URL path, a file name): separators are read as spaces
   * and case says nothing, so only rules that do not rely on capitals apply.
   */
  machine?: boolean;
  /** Stop after this many findings (default: all). */
  limit?: number;
}

const { unescapeAll } = new MarkdownIt().utils;

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const HAS_INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const HAS_PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
/** C0 and C1 control characters but tab and line ends. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const NON_ASCII = /[^\0-\x7f]/;

/** A percent-escaped run decoded; the run as typed when it is not UTF-8 or holds a control character (no text anyone typed escaped: "Hauptstraße %12%", outside tester, session 16). */
function decodedRun(run: string): string {
  try {
    const text = decodeURIComponent(run);
    return CONTROL.test(text) ? run : text;
  } catch {
    return run;
  }
}

/** A URL in text, to the next space: where a browser decodes percent-escapes. Bounded scheme: linear. */
const URL_TOKEN = /(?:[a-z][a-z0-9+.-]{0,30}:\/\/|www\.)\S*/gi;

/**
 * HTML entities and percent-escapes decoded until nothing changes (at most three rounds: double
 * encoding); percent-escapes everywhere (`everywhere`) or only within URLs, as a page shows them.
 */
function decoded(text: string, everywhere = true): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    // "№" is a label of its own: NFKC makes it the letters "No", which run together with what touches them ("№№$1$№№" read "NoNo$1$NoNo").
    let next = (current.includes('№') ? current.replace(/№/g, ' № ') : current).normalize('NFKC');
    if (next.includes('&')) next = unescapeAll(next);
    if (next.includes('%')) next = everywhere ? next.replace(PERCENT_RUN, decodedRun) : next.replace(URL_TOKEN, (url) => url.replace(PERCENT_RUN, decodedRun));
    if (next.includes('=')) next = next.replace(BASE64_QUERY_VALUE, base64Text);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * A query or fragment value of 16 or more base64 characters ("?d=TWFya3RzdHJhw59lIDUs…"): an
 * address hidden from the reader but not from whoever opens the link. Bounded and anchored after
 * `name=`, so linear.
 */
const BASE64_QUERY_VALUE = /(?<=[?&#;][\w.~-]{1,40}=)[A-Za-z0-9+/_-]{16,2048}={0,2}(?![A-Za-z0-9+/_=-])/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The value decoded, set apart by spaces, when it is valid base64 of readable UTF-8 text; else the value. */
function base64Text(value: string): string {
  const standard = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return value;
  const bytes = Buffer.from(standard, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== standard) return value;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return value;
  }
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\n]+$/u.test(text) && /\p{L}/u.test(text) ? ` ${text} ` : value;
}

/**
 * The text as a reader sees it. Invisible characters are removed; when there were any, a second
 * reading with each replaced by a space is returned too ("Am\u200BMarkt" shows as "AmMarkt" but a
 * zero-width space also separates words). Percent-escapes are decoded (a link's target hides an
 * address in them); when that changed the text, a last reading keeps them as typed outside URLs.
 */
export function readable(text: string): string[] {
  const read = decoded(text);
  const readings = readingsOf(read);
  // A page shows percent-escapes as typed but in links ("Hauptstraße %44" shows the 44: outside
  // tester, session 16). When that reading differs, it is one more, after the others.
  if (HAS_PERCENT_ESCAPE.test(text)) {
    const typed = decoded(text, false);
    if (typed !== read) readings.push(readingsOf(typed)[0]!);
  }
  return readings;
}

/**
 * An apostrophe inside a Cyrillic word as the site's typographer sets it: Ukrainian writes "п'ять",
 * "пʼять" (U+02BC, its standard), "п‘ять", "п´ять" (NFKC makes the acute a space and a combining
 * accent) and "п’ять" alike (outside testers, session 17: a field kept the ASCII one, and the
 * number rule did not know the word).
 */
const CYRILLIC_APOSTROPHE = /(?<=[\u0400-\u04ff])(?:['\u02bc`\u00b4\u2018\u2032]| \u0301)(?=[\u0400-\u04ff])/g;
/** Arabic vowel signs (harakat, tanwin, shadda, sukun, the dagger alif; not the hamza above or below, part of a letter: "شمارهٔ"): a reader sees the same word without them ("اثْنَا عَشَر"). */
const ARABIC_VOWEL_SIGNS = /[\u064b-\u0652\u0670]/g;

/** The readings of a decoded text (see `readable`). */
function readingsOf(read: string): string[] {
  // Digits of every script as 0-9, look-alike letters as Latin ones, hyphenated lines joined.
  // All three change only characters beyond ASCII: a text without any is left as it is.
  const plain = joinHyphenatedLines(NON_ASCII.test(read) ? latinSkeleton(circledDigits(asciiDigits(read)).replace(CYRILLIC_APOSTROPHE, '’').replace(ARABIC_VOWEL_SIGNS, '')) : read);
  // Emphasis marks are no letters, shown or not ("_Am Markt_ 1"). Whitespace: only runs of two
  // or more and other whitespace characters are replaced, single spaces stay as they are. Letters
  // spaced apart ("M u s t e r w e g 5") are one word to a reader.
  // Numbers written as words are numbers to a reader ("Lindenallee dreizehn").
  // A decimal point or comma said as a word is one ("52 Komma 62 Nord, 10 Punkt 08 Ost").
  const collapse = (value: string) => spokenDecimals(spelledNumbers(joinSpacedLetters(value.replace(/[*_~`]+/g, '').replace(/\s{2,}|[^\S ]/g, ' ').trim())));
  if (!HAS_INVISIBLE.test(plain)) return [collapse(plain)];
  return [collapse(plain.replace(INVISIBLE, '')), collapse(plain.replace(INVISIBLE, ' '))];
}

/** The word for a decimal comma or point between two numbers, in the site's languages (outside tester, session 13). */
const SPOKEN_DECIMAL = /(?<![\p{L}\p{N}.,])(\d{1,3}) (komma|punkt|point|comma|dot|virgule|virgulă|virgula|virgül|nokta|kropka|przecinek|sapjataja|zapjataja|koma|tochka|totschka|krapka|فاصلة|فاصله|ممیز|اعشار|نقطة|نقطه)\.? (\d{1,7})(?![\p{N}])/giu;
const SPOKEN_DECIMAL_WORD = /komma|punkt|point|comma|dot|virgul|virgül|nokta|kropka|przecinek|sapjat|zapjat|koma|toch|totsch|krapka|فاصل|ممیز|اعشار|نقط/i;
const SPOKEN_POINTS = new Set(['punkt', 'point', 'dot', 'nokta', 'kropka', 'tochka', 'totschka', 'krapka', 'ممیز', 'نقطة', 'نقطه']);

/** "52 Komma 62" → "52,62", "10 Punkt 08" → "10.08": digits joined by a spoken decimal mark. */
function spokenDecimals(text: string): string {
  if (!SPOKEN_DECIMAL_WORD.test(text)) return text;
  return text.replace(SPOKEN_DECIMAL, (_, whole: string, mark: string, fraction: string) => `${whole}${SPOKEN_POINTS.has(mark.toLowerCase()) ? '.' : ','}${fraction}`);
}

/** Four or more single letters with one space, hyphen, dot or underscore between ("M u s t e r w e g", "M-u-s-t-e-r-w-e-g"); each letter is tried once, so linear. */
const SPACED_LETTERS = /(?<![\p{L}\p{M}\p{N}])(?:\p{L}[ .\-_\u00b7\u2010\u2011\u2012\u2013\u2014/+,]){3,}\p{L}(?![\p{L}\p{M}\p{N}])/gu;

/**
 * What every run of spaced letters holds (a separator, a letter, a separator, a letter, a
 * separator: "M u s t e" has " u s "): a text without it has none, found without the costlier
 * word-start lookbehind at every position.
 */
const SPACED_CORE = /[ .\-_\u00b7\u2010\u2011\u2012\u2013\u2014/+,]\p{L}[ .\-_\u00b7\u2010\u2011\u2012\u2013\u2014/+,]\p{L}[ .\-_\u00b7\u2010\u2011\u2012\u2013\u2014/+,]/u;

function joinSpacedLetters(text: string): string {
  if (!SPACED_CORE.test(text)) return text;
  return text.replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_\u00b7\u2010\u2011\u2012\u2013\u2014/+,]/g, ''));
}

/** A URL, e-mail address or file name also read as words: "zum.musterhof.7@example.org" → "zum musterhof 7 example org". */
export function machineWords(text: string): string {
  return text.replace(/\+/g, ' ').replace(/[^\p{L}\p{M}\p{Nd}]+/gu, ' ').trim().toLowerCase();
}

// ── vocabulary ──────────────────────────────────────────────────────────────────────────────

/** Nouns that are followed by a number without being a street ("Raum 3", "Kapitel 2", "Montag 5"). */
const NOT_STREET_WORDS = new Set([
  'raum', 'räume', 'zimmer', 'haus', 'gebäude', 'etage', 'stock', 'stockwerk', 'geschoss', 'og', 'eg', 'ug', 'nr', 'nummer', 'no', 'seite', 's', 'kapitel', 'abschnitt', 'absatz', 'abs',
  'artikel', 'art', 'paragraf', 'paragraph', 'satz', 'ziffer', 'anlage', 'anhang', 'tabelle', 'abbildung', 'abb', 'teil', 'band', 'bd', 'heft', 'ausgabe', 'folge', 'staffel',
  'jahrgang', 'klasse', 'stufe', 'phase', 'modul', 'kurs', 'gruppe', 'team', 'termin', 'sitzung', 'runde', 'schritt', 'punkt', 'platz', 'rang', 'level', 'version', 'linie',
  'bus', 'buslinie', 'tram', 'gleis', 'bahnsteig', 'ausgang', 'eingang', 'tür', 'block', 'bereich', 'zone', 'sektor', 'bezirk', 'tag', 'tage', 'woche', 'monat', 'jahr', 'quartal',
  'kw', 'top', 'frage', 'aufgabe', 'fall', 'beispiel', 'kategorie', 'dokument', 'vorlage', 'formular', 'telefon', 'tel', 'fax', 'mobil', 'hotline', 'notruf', 'polizei', 'feuerwehr',
  'rettungsdienst', 'hilfetelefon', 'durchwahl', 'uhr', 'vr', 'hrb', 'hra', 'plz', 'sgb', 'stgb', 'bgb', 'gg', 'famfg', 'gewschg', 'aufenthg', 'stpo', 'zpo', 'sie', 'ich', 'wir',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'januar', 'jänner', 'februar', 'märz', 'april',
  'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'frauenhaus', 'frauenhäuser', 'schutzwohnung', 'schutzwohnungen', 'beratungsstelle', 'biss', 'netzwerk', 'arbeitskreis', 'projekt', 'standort',
  'postfach', 'pf', 'frauen', 'kinder', 'personen', 'plätze', 'betten', 'ab', 'bis', 'seit', 'um', 'ca', 'etwa', 'rund', 'über', 'unter', 'mehr', 'als', 'wohnung', 'wohnungen', 'standort', 'filiale',
  // "im Schnitt 3 bis 4 Monate", "Während Covid-19" (outside tester, session 17).
  'schnitt', 'durchschnitt', 'mittel', 'covid',
]);

/** Capitalised at the start of a sentence, but never the first word of a street name. */
const FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'unser', 'unsere', 'unserer', 'ihr', 'ihre', 'ihren', 'sein', 'seine',
  'dies', 'diese', 'dieser', 'dieses', 'jede', 'jeder', 'jedes', 'alle', 'mit', 'für', 'von', 'vom', 'nach', 'seit', 'ab', 'bis', 'und', 'oder', 'auch', 'nur', 'noch', 'schon', 'wir',
  'sie', 'es', 'er', 'ich', 'du', 'man', 'insgesamt', 'etwa', 'rund', 'ca', 'mehr', 'weniger', 'als', 'wie', 'wo', 'was', 'wer', 'wann', 'dann', 'da', 'hier', 'dort', 'heute',
  'morgen', 'gestern', 'bitte', 'rufen', 'wählen', 'schreiben', 'kommen', 'sind', 'ist', 'hat', 'haben', 'gibt', 'bietet', 'bieten', 'ja', 'nein', 'zum', 'zur', 'am', 'im',
  'in', 'an', 'auf', 'bei', 'beim', 'vor', 'hinter', 'neben', 'unter', 'über', 'zwischen', 'gegen', 'ohne', 'durch', 'um', 'aus',
]);

/** Words that start a street name ("Am Markt", "Zum Musterhof", "Hinter der Kirche"). */
const STREET_PREPOSITIONS = new Set([
  'am', 'an', 'auf', 'aus', 'bei', 'beim', 'hinter', 'hinterm', 'im', 'in', 'neben', 'ober', 'oberm', 'unter', 'unterm', 'über', 'überm', 'vor', 'vorm', 'zum', 'zur',
  'zwischen', 'up', 'op', 'achter', 'to', 'tom', 'bi', 'auf\u2019m',
]);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'de', 'n']);
/** Words before a noun that make it a noun, not a street name ("auf dem Postweg", "den Schulweg"). */
const DETERMINERS = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'kein', 'keine', 'keinem', 'keinen', 'unser', 'unsere', 'unserem', 'unseren',
  'ihr', 'ihre', 'ihrem', 'ihren', 'sein', 'seine', 'seinem', 'seinen', 'mein', 'meine', 'meinem', 'meinen', 'dein', 'deine', 'diesem', 'diesen', 'dieser', 'diese', 'dieses', 'jeden', 'jedem',
]);

/** What a count or a measure is followed by ("24 Stunden", "5 Frauen", "12 %"): never a house number. */
const UNIT_WORDS = new Set([
  'uhr', 'h', 'std', 'stunde', 'stunden', 'min', 'minute', 'minuten', 'sek', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren',
  'jährige', 'jährigen', 'mal', 'x', 'prozent', 'euro', 'eur', 'cent', 'personen', 'person', 'plätze', 'plätzen', 'platz', 'betten', 'zimmer', 'zimmern', 'frauen', 'frau', 'kinder',
  'kindern', 'mädchen', 'jungen', 'männer', 'menschen', 'mitarbeiterinnen', 'mitarbeiter', 'mitarbeitende', 'fachkräfte', 'familien', 'fälle', 'fällen', 'km', 'm', 'kilometer',
  'meter', 'sprachen', 'teilnehmende', 'teilnehmerinnen', 'seiten', 'termine', 'terminen', 'gespräche', 'beratungen', 'anrufe', 'wohneinheiten', 'wohnungen', 'bewohnerinnen',
  'stück', 'sitzungen', 'treffen', 'mio', 'millionen', 'tausend', 'mrd', 'qm', 'quadratmeter', 'kb', 'mb', 'gb', 'seite', 'folien', 'punkte', 'stellen', 'vollzeitstellen', 'uhrzeit',
  'einwohner', 'einwohnerinnen', 'besucher', 'besucherinnen', 'exemplare', 'downloads', 'aufrufe',
]);
/** Words that may follow a house number in running text ("Am Markt 12 in Celle"). */
const ADDRESS_FOLLOWERS = new Set(['in', 'und', 'bis', 'bei', 'im', 'am', 'ecke', 'nahe', 'hinter', 'neben', 'gegenüber', 'zwischen', 'ist', 'sind', 'liegt', 'befindet', 'wohnt', 'war', 'statt']);
const UNIT_SIGNS = new Set(['%', '€', '$', '‰', '°']);

/** Words before a five-digit number that make it no postcode ("Tel. 12345", "VR 12345", "Postfach 12345"). */
const NOT_POSTCODE_BEFORE = new Set(['iso', 'din', 'en', 'postfach', 'pf', 'tel', 'telefon', 'fax', 'mobil', 'handy', 'nr', 'nummer', 'no', 'durchwahl', 'az', 'aktenzeichen', 'vr', 'hrb', 'hra', 'pr', 'gnr', 'id', 'iban', 'bic', 'blz', 'ust', 'steuernummer', 'kundennummer', 'page', 'p', 'ags', 'ars', 'gemeindeschlüssel', 'regionalschlüssel', 'kreisschlüssel', 'gemeindekennziffer']);


/** Single marks a writer may put between a street and its number instead of a space. */
const STREET_NUMBER_MARKS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212:/\u2192\u21d2>"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a\'`';
/** Quotation marks that may close a street's name before its number ("„Мустервег“, 5"). */
const QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a\'`';
/** A Roman numeral of 1–399 ("XIII"); bounded, so linear. */
const ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Labels of a house number that may stand a sentence away from the street ("Die Hausnummer ist 13"). */
/** JSON keys that may hold a postcode or an address ("plz", "postcode", "zip", "adresse"). */
const POSTCODE_KEY = /plz|post|zip|adress|address|anschrift|ort|city|place|location|lage/;
const NEAR_HOUSE_NUMBER_WORDS = new Set(['hausnummer', 'hausnr', 'hnr', 'nr', 'nummer', 'hausnummern']);
/** Words between such a label and its number: "Die Hausnummer ist 13", "Hausnummer lautet: 5". */
const NUMBER_VERBS = new Set(['ist', 'lautet', 'lautete', 'war', 'wäre', 'heißt', 'hat', 'die', 'der']);
/** How many tokens away from the label the street may stand: a sentence or two. */
const NEAR_WINDOW = 24;

/** Words between a street and its house number: "Nr. 5", "Hausnr. 7", "Haus 9", "No. 12", "д. 5" (дом), "No: 5", "پلاک ۵". */
const HOUSE_NUMBER_WORDS = readAsText(['nr', 'no', 'nummer', 'hausnr', 'hausnummer', 'haus', 'hnr', 'd', 'dom', 'numara', 'nomer', 'pelak', 'پلاک', 'رقم', 'numer', 'number']);

/** Street labels of the site's languages (./street-types.ts: one table with the number rule's), as read. */
const STREET_LABELS = readAsText([...STREET_LABEL_WORDS, ...NAMED_STREET_LABEL_WORDS]);
/** The street types of NAMED_STREET_LABEL_WORDS: a street only with a name next to them ("Rondo 1 für Klavier" is music). */
const NAMED_STREET_LABELS = readAsText(NAMED_STREET_LABEL_WORDS);
/** French (and Italian) suffixes of a second or third house with the same number: "13 bis", "7 ter". */
const BIS_TER = new Set(['bis', 'ter', 'quater']);
/**
 * Abbreviated street types of the site's languages that name a street only with their full stop
 * and a capitalised name after them (guard17, issue #13): "al. Lipowa 13" (aleja), "os." (osiedle),
 * "pl." (plac, площадь), "Bd."/"Bdul." (bulevardul), "Str.", "Șos." (șoseaua), "Cal." (calea),
 * "Av.", "пер." (переулок), "пр-т"/"пр."/"просп." (проспект), "пров." (провулок), "вул.",
 * "бул."/"бульв.", "ш." (шоссе), "наб." (набережная), as `readable` spells them. Without the name
 * they are ordinary abbreviations: "Bd. 2" is Band 2, "per E-Mail" has no full stop, "et al." is a citation.
 */
const DOTTED_LABELS_BEFORE = readAsText(DOTTED_LABEL_WORDS_BEFORE);
/** The same after a capitalised name: "Ihlamur Sk. No:13" (sokak), "Atatürk Bulv. 5", "Gül Mah. 3" (mahallesi), "Липовый пер., 13", "Красная пл., 1". */
const DOTTED_LABELS_AFTER = readAsText(DOTTED_LABEL_WORDS_AFTER);
/**
 * Count nouns of the site's languages after a number (guard18, issue #13 §2): after a street label
 * without a street ending they make the number a count, not a house ("Av. Popescu 2 ore" — Av. is the
 * lawyer; "Aile Mah. 3 ay" — the family court; "مياه حارة 24 ساعة" — hot water; "کوی دانشگاه 2 خوابگاه").
 * Hours, days, weeks, months, years, minutes, times, persons, women, children, places; as `readable` spells them.
 */
const LABEL_COUNT_WORDS = readAsText([
  'saat', 'dakika', 'gün', 'hafta', 'ay', 'yıl', 'yil', 'kez', 'kere', 'kişi', 'kadın', 'çocuk', 'yaş', 'yer',
  'oră', 'ore', 'minute', 'zi', 'zile', 'săptămână', 'săptămâni', 'lună', 'luni', 'an', 'ani', 'ori', 'persoane', 'femei', 'copii', 'locuri',
  'godzina', 'godziny', 'godzin', 'minut', 'dzień', 'dni', 'tydzień', 'tygodnie', 'tygodni', 'miesiąc', 'miesiące', 'miesięcy', 'rok', 'lata', 'lat', 'razy', 'raz', 'osoby', 'osób', 'kobiet', 'kobiety', 'dzieci', 'miejsc',
  'час', 'часа', 'часов', 'минут', 'минуты', 'день', 'дня', 'дней', 'недели', 'недель', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет', 'раз', 'раза', 'человек', 'женщин', 'детей', 'мест',
  'годину', 'години', 'годин', 'хвилин', 'днів', 'тижні', 'тижнів', 'місяці', 'місяців', 'рік', 'роки', 'років', 'разів', 'осіб', 'жінок', 'дітей', 'місць',
  'ساعة', 'ساعات', 'دقيقة', 'دقائق', 'يوم', 'أيام', 'ايام', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'سنة', 'سنوات', 'مرة', 'مرات', 'شخص', 'أشخاص', 'نساء', 'امرأة', 'أطفال', 'سرير', 'أسرة',
  'ساعت', 'دقیقه', 'روز', 'هفته', 'ماه', 'سال', 'بار', 'نفر', 'زن', 'کودک', 'کودکان', 'خوابگاه', 'تخت',
  'heures', 'jours', 'semaines', 'mois', 'ans', 'fois', 'femmes', 'enfants', 'places', 'hours', 'days', 'weeks', 'months', 'years', 'times', 'women', 'children', 'beds',
]);
/**
 * Street types shortened around a hyphen, as `readable` spells their two parts (guard18): "пр-т",
 * "пр-кт" (проспект), "B-dul" (bulevardul), "P-ța" (piața) — before a name ("B-dul Unirii 13") or after
 * one ("Мира пр-кт, 13").
 */
const HYPHEN_LABELS = new Set(['pr-t', 'pr-kt', 'b-dul', 'p-ta', 'p-ța', 'sos-ua'].map((label) => [...readAsText(label.split('-'))].join('-')));
/** Italian street types shortened around a full stop: "V.le" (viale), "P.za"/"P.le" (piazza, piazzale), "C.so" (corso), "V.lo" (vicolo). */
const DOT_JOINED_LABELS = new Set(['v.le', 'p.za', 'p.zza', 'p.le', 'c.so', 'v.lo']);
/** French street types shortened after a house number ("13 av. des Tilleuls", "7 bd de la Paix"); only before an article of the name (FRENCH_NAME_ARTICLES). */
const FRENCH_SHORT_LABELS = new Set(['av', 'ave', 'bd', 'bld', 'bvd', 'boul', 'ch', 'imp', 'pl', 'r', 'rte', 'sq', 'all']);
const FRENCH_NAME_ARTICLES = new Set(['des', 'de', 'du', 'la', 'le', 'les', 'l']);
/** German street words that follow a shortened name ("L.-Allee 13", "H.-Straße 5"). */
const GERMAN_STREET_WORDS = new Set(['allee', 'straße', 'strasse', 'str', 'weg', 'platz', 'ring', 'damm', 'gasse', 'chaussee']);
/** Abbreviated street words with a full stop: "Musterw. 5" (-weg), "Marktpl. 3" (-platz), "Lindenall. 2" (-allee); "-str." is a street ending of its own. */
const ABBREVIATED_STREET_ENDINGS = ['w', 'pl', 'all'];

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true;
  return false;
}
/** Words that name where two streets meet: "Ecke Musterweg/Hauptstraße", "Musterweg Ecke Lindenallee". */
const CORNER_WORDS = new Set(['ecke', 'kreuzung', 'einmündung', 'abzweig', 'abzweigung', 'corner']);
/**
 * Words for a corner or a crossing of two streets in the site's languages and their neighbours, as
 * `readable` gives them (Cyrillic transliterated the German way: угол → ugol, перехрестя →
 * perechrestja; the dotless ı as i: kavşağı → kavşaği): "угол Musterweg и Lindenallee", "róg Musterweg i Lindenallee", "Musterweg ile
 * Lindenallee köşesi", "تقاطع Musterweg و Lindenallee", "esquina de Musterweg y Lindenallee".
 */
const MEETING_WORDS = new Set([
  // "zwischen Musterweg und Lindenallee", "between Linden Close and Mill Lane": the stretch between two streets.
  ...['ecke', 'kreuzung', 'einmündung', 'zwischen', 'corner', 'crossing', 'junction', 'intersection', 'between'],
  ...['mezhdu', 'meschdu', 'misch', 'między', 'între', 'intre', 'arasında', 'arasinda', 'entre', 'tra', 'fra', 'بين', 'بین'],
  ...['ugol', 'uglu', 'ugla', 'perekrestok', 'perekrestke', 'peresetschenie', 'peresetschenii', 'rig', 'rosi', 'kut', 'kuti', 'perechrestja', 'perechresti'],
  ...['róg', 'rogu', 'skrzyżowanie', 'skrzyżowaniu', 'colț', 'colțul', 'colțului', 'colt', 'coltul', 'intersecția', 'intersecție', 'intersectia', 'intersectie'],
  ...['köşe', 'köşesi', 'köşesinde', 'kose', 'kosesi', 'kavşak', 'kavşaği', 'kavşağinda', 'kavsak', 'kavsagi', 'kavsaginda', 'kesişimi', 'kesişiminde', 'kesisimi'],
  ...['coin', 'angle', 'carrefour', 'croisement', 'esquina', 'cruce', 'angolo', 'incrocio'],
  ...['تقاطع', 'زاوية', 'ناصية', 'نبش', 'چهارراه'],
]);
/** Verbs after two joined streets that say they meet: "wo Musterweg und Lindenallee sich kreuzen", "where Linden Close and Mill Lane meet". */
const MEETING_VERBS = new Set(['kreuzen', 'kreuzt', 'treffen', 'zusammentreffen', 'aufeinandertreffen', 'zusammenlaufen', 'zusammenstoßen', 'cross', 'intersect', 'meet', 'join']);
/** Verbs between two streets that say they cross: "Linden Close crosses Mill Lane", "Lindenallee пересекается с Musterweg". */
const MIDDLE_VERBS = new Set(['crosses', 'joins', 'intersects', 'kreuzt', 'peresekaetsja', 'peretinajetsja', 'krzyżuje', 'intersectează', 'kesişir']);
/** First letters of every word `meeting` answers to (lower case). */
const MEETING_STARTS = new Set([...MEETING_WORDS, ...MEETING_VERBS, ...MIDDLE_VERBS, 'trifft', 'mündet', 'stößt', 'meets', 'at', 'höhe'].map((word) => word[0]!));
/** Words between a corner word and the first street ("Ecke zum Musterweg", "на углу улиц Musterweg …", "colțul străzilor …"). */
const MEETING_LINKS = new Set(['zum', 'zur', 'von', 'der', 'of', 'the', 'uliz', 'ulizi', 'wuliz', 'wulizi', 'ulic', 'ulicy', 'străzilor', 'strazilor', 'de', 'des', 'du', 'del', 'di', 'della', 'la', 'rues', 'calles', 'vie', 'sokakları', 'caddeleri']);
/** What joins the two streets of a corner ("und", "и", "i", "та", "și", "cu", "ile", "ve", "et", "y", "e", "و"). */
const MEETING_JOINTS = new Set(['und', 'and', 'mit', 'x', 'i', 'ta', 's', 'și', 'si', 'cu', 'ile', 've', 'et', 'y', 'e', 'و', 'with', 'z', 'oraz', 'مع', 'با']);
/** Words for a crossing that name nothing else: the names after them need no street label ("перекрёсток Липовой и Садовой"). */
const CROSSING_WORDS = new Set(['intersection', 'perekrestok', 'perekrestke', 'peresetschenie', 'peresetschenii', 'perechrestja', 'perechresti', 'skrzyżowanie', 'skrzyżowaniu', 'intersecția', 'intersectia', 'intersecție', 'intersectie', 'kavşak', 'kavşaği', 'kavşağinda', 'kesişimi', 'تقاطع', 'چهارراه', 'carrefour', 'croisement', 'incrocio', 'cruce']);
/** Plural street labels after a corner word: the names after them need no label of their own ("на углу улиц Липовой и Садовой"). */
const PLURAL_STREET_LINKS = new Set(['uliz', 'ulizi', 'wuliz', 'wulizi', 'ulic', 'ulicy', 'străzilor', 'strazilor', 'rues', 'calles', 'vie', 'sokakları', 'caddeleri']);
/** The label of the second half of a coordinate pair. */
const LONGITUDE_WORDS = new Set(['länge', 'laenge', 'lon', 'lng', 'long', 'longitude', 'ost', 'e']);
const HEMISPHERES = new Set(['n', 's', 'e', 'o', 'w', 'nord', 'süd', 'ost', 'west', 'nördlich', 'südlich', 'östlich', 'westlich', 'north', 'south', 'east']);

/**
 * Map services and geo URIs; `///` and three words in any letters (Arabic, Turkish, umlauts)
 * joined by a dot, middle dot, ideographic full stop or dash, spaces around them or not
 * (`/// tisch . lampe . haus`, session 17), is a what3words address. Every alternative is a fixed string or a bounded class, so a
 * failed match costs a constant amount per position.
 */
const MAP_LINK =
  /openstreetmap\.|(?<![a-z0-9-])osm\.org|(?<![a-z0-9-])osm\.de|goo\.gl\/maps|maps\.app\.goo\.gl|maps\.google\.|(?<!support\.)google\.[a-z.]{2,7}\/maps|google\.[a-z.]{2,7}\/\?q=|maps\.apple\.com|maps\.apple\/|bing\.com\/maps|(?<![a-z0-9-])here\.com|what3words\.|(?<![a-z0-9-])w3w\.co|\/\/\/ {0,2}[\p{L}\p{M}]{1,30} {0,2}[.·•‧・。｡．۔\-–—/] {0,2}[\p{L}\p{M}]{1,30} {0,2}[.·•‧・。｡．۔\-–—/] {0,2}[\p{L}\p{M}]{1,30}|waze\.com|mapy\.cz|yandex\.[a-z]{2,4}\/maps|komoot\.|umap\.|(?<![a-z0-9.+-])geo:\s{0,3}[-+]?\d|maps\.me|mapquest\.|(?<![a-z0-9-])g\.co\/maps|plus\.codes/gu;

/** Germany's latitudes and longitudes, with a margin. */
function inLatitude(value: number): boolean {
  return value >= 47 && value <= 56;
}
function inLongitude(value: number): boolean {
  return value >= 5 && value <= 16;
}

// ── tokens ──────────────────────────────────────────────────────────────────────────────────

const WORD = 1;
const NUMBER = 2;
const PUNCT = 3;

interface Tokens {
  text: string;
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(text[i]!);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Splits `text` (spaces already collapsed) into words, numbers and single other characters, in one pass. */
function tokenize(text: string): Tokens {
  const n = text.length;
  const kind = new Uint8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    let j = i + 1;
    let k = PUNCT;
    if (isDigit(c)) {
      k = NUMBER;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    } else if (isLetter(text, i)) {
      k = WORD;
      while (j < n && isLetter(text, j)) j++;
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) {
      j++;
    }
    kind[count] = k;
    start[count] = i;
    end[count] = j;
    count++;
    i = j;
  }
  return { text, count, kind, start, end };
}

// ── rules ───────────────────────────────────────────────────────────────────────────────────

class Scanner {
  private readonly t: Tokens;
  private readonly caseless: boolean;
  private readonly machine: boolean;

  /** Per token: 0 not judged yet, 1 a street name, 2 none (`streetName`). */
  private readonly streetNames: Uint8Array;
  private readonly lowers: (string | undefined)[] = [];

  constructor(text: string, machine: boolean) {
    this.t = tokenize(text);
    this.streetNames = new Uint8Array(this.t.count);
    this.machine = machine;
    // All lower case (an e-mail address, a URL): capitals cannot tell nouns from other words.
    this.caseless = machine || text === text.toLowerCase();
  }

  private str(i: number): string {
    return this.t.text.slice(this.t.start[i], this.t.end[i]);
  }
  /** Lower case of token i, made once per token: the rules ask for the same word many times. */
  private lower(i: number): string {
    if (i < 0 || i >= this.t.count) return this.str(i).toLowerCase();
    return (this.lowers[i] ??= this.str(i).toLowerCase());
  }
  private is(i: number, kind: number): boolean {
    return i >= 0 && i < this.t.count && this.t.kind[i] === kind;
  }
  private punct(i: number, chars: string): boolean {
    if (!this.is(i, PUNCT)) return false;
    // The hottest check of the scanner: one character, compared by its code without making a string of it.
    const start = this.t.start[i]!;
    return this.t.end[i]! - start === 1 ? hasCode(chars, this.t.text.charCodeAt(start)) : chars.includes(this.str(i));
  }
  /** No space between token i-1 and token i. */
  private attached(i: number): boolean {
    return i > 0 && i < this.t.count && this.t.start[i] === this.t.end[i - 1];
  }
  /** Token i is a word that may start a name: capitalised, or in a script without case (Arabic, Persian: "ش. الزيزفون"). */
  private nameLike(i: number): boolean {
    if (!this.is(i, WORD)) return false;
    const first = this.t.text[this.t.start[i]!]!;
    return this.capitalised(i) || (first.toLowerCase() === first.toUpperCase() && /\p{L}/u.test(first));
  }

  private capitalised(i: number): boolean {
    if (!this.is(i, WORD)) return false;
    if (this.caseless) return true;
    const first = this.t.text[this.t.start[i]!]!;
    return first !== first.toLowerCase() && first === first.toUpperCase();
  }
  /** Length of token i in characters (digits of a number, letters of a word). */
  private length(i: number): number {
    return this.t.end[i]! - this.t.start[i]!;
  }

  /** Token i is a number inside "5,5", "14:00", "1.234", "0551/12345": part of something larger. */
  private partOfNumber(i: number, separators = '.,:/-'): boolean {
    const before = this.attached(i) && this.punct(i - 1, separators) && this.attached(i - 1) && this.is(i - 2, NUMBER);
    const after = this.attached(i + 1) && this.punct(i + 1, separators) && this.attached(i + 2) && this.is(i + 2, NUMBER);
    return before || after;
  }

  /** The token after number i (and after a house-number letter such as "12a") names a unit or count. */
  private followedByUnit(i: number): boolean {
    let next = i + 1;
    if (next < this.t.count && UNIT_SIGNS.has(this.str(next))) return true;
    if (this.is(next, WORD) && this.attached(next) && this.length(next) === 1 && !UNIT_WORDS.has(this.lower(next))) next++;
    if (this.is(next, WORD) && UNIT_WORDS.has(this.lower(next))) return true;
    // "5 – 7 Frauen", "3-4 Personen": a range of counts.
    if (this.punct(next, '-–—') && this.is(next + 1, NUMBER) && this.is(next + 2, WORD) && UNIT_WORDS.has(this.lower(next + 2))) return true;
    return false;
  }

  /**
   * "L.-Allee 13": a German street name shortened to its initial before the street word (word w;
   * GERMAN_STREET_WORDS), number i (guard18). A bare "Allee 13" stays no street.
   */
  private initialledStreet(w: number, i: number): Location | undefined {
    if (!GERMAN_STREET_WORDS.has(this.lower(w)) || !this.punct(w - 1, '-') || !this.punct(w - 2, '.') || !this.is(w - 3, WORD) || this.length(w - 3) !== 1 || !this.capitalised(w - 3)) return undefined;
    return this.followedByUnit(i) ? undefined : this.found('street', w - 3, i);
  }

  /** Number i is followed by a count noun of the site's languages (LABEL_COUNT_WORDS): "2 ore", "3 ay", "24 ساعة". */
  private countAfter(i: number): boolean {
    return this.is(i + 1, WORD) && LABEL_COUNT_WORDS.has(this.lower(i + 1));
  }

  private strictStreetWord(w: number): boolean {
    const word = this.lower(w);
    // Loops, not closures, on the hot path (one call per number of the text).
    for (const suffix of STRICT_STREET_SUFFIXES) if (word.length > suffix.length && word.endsWith(suffix)) return true;
    return false;
  }

  private streetSuffix(word: string): string | undefined {
    return streetEnding(word);
  }

  /**
   * Without a street ending, only what follows tells a house number from a count: an address
   * ends or goes on with punctuation, a letter ("12a") or a few words ("in", "und"); a count is
   * followed by a noun or an inflected adjective ("in Niedersachsen 42 Frauenhäuser", "5 weitere").
   */
  private addressFollows(i: number, strong: boolean): boolean {
    let next = i + 1;
    if (this.is(next, WORD) && this.attached(next) && this.length(next) === 1) next++;
    if (!this.is(next, WORD) || this.caseless) return true;
    const word = this.lower(next);
    if (ADDRESS_FOLLOWERS.has(word)) return true;
    return !this.capitalised(next) && (strong || !/(e|en|er|es|em)$/.test(word));
  }

  private prepositionAt(p: number): boolean {
    return this.is(p, WORD) && STREET_PREPOSITIONS.has(this.lower(p)) && !this.attached(p + 1);
  }

  /** "Am Markt", "Hinter der Kirche": the preposition (with an article) before word w, or -1. */
  private prepositionBefore(w: number): number {
    const before = w - 1;
    if (before < 0 || this.attached(w)) return -1;
    if (this.prepositionAt(before)) return before;
    if (this.is(before, WORD) && ARTICLES.has(this.lower(before)) && this.prepositionAt(before - 1)) return before - 1;
    return -1;
  }

  /** First token of the street name that ends with word w before number i, or -1 ("Musterweg", "Am Markt", "Hinter der Kirche"). */
  /**
   * Whether an exception (NOT_STREET_COMPOUNDS, figurative ways: "Postweg", "Schulweg", "Bahnhof")
   * lifts the street reading of word w before number i: only as a bare noun after a determiner
   * ("auf dem Postweg 5 Tage", "den Schulweg"), never with a preposition form ("Am Bahnhof 5"),
   * a house-number label ("Postweg Nr. 5") or a place after the number ("Schulweg 12, Celle").
   */
  private exceptionLifts(w: number, i: number, marked: boolean): boolean {
    if (marked || this.attached(w) || this.placeAfter(i)) return false;
    return this.is(w - 1, WORD) && DETERMINERS.has(this.lower(w - 1));
  }

  /** A place name after number i, over a comma ("Schulweg 12, Celle"). */
  private placeAfter(i: number): boolean {
    let k = this.is(i + 1, WORD) && this.attached(i + 1) && this.length(i + 1) === 1 ? i + 2 : i + 1; // "12a"
    if (this.punct(k, ',')) k++;
    return this.is(k, WORD) && this.length(k) <= 40 && this.capitalised(k) && isKnownPlace(this.str(k));
  }

  private streetStart(w: number, i: number, abbreviated: boolean, marked = false): number {
    const word = this.lower(w);
    const suffix = this.streetSuffix(word);
    const before = w - 1;
    const gapBefore = before >= 0 && !this.attached(w);
    if (suffix && (suffix !== 'str' || abbreviated || word.length > 3 || this.machine)) {
      if (word.length > suffix.length) {
        // "Seminarreihe 2", "Sprechstunde 2": a numbered noun (./harmless-numbers.ts), unless labelled as a house number.
        if (numberedNoun(word) && !marked && this.prepositionBefore(w) < 0 && !this.placeAfter(i)) return -1;
        if ((NOT_STREET_COMPOUNDS.has(word) || figurativeWay(word, suffix)) && this.exceptionLifts(w, i, marked)) return -1;
        return w;
      }
      // A street word on its own: "Karl-Marx-Straße", "Lange Reihe", "Am Markt"; not "S-Bahn".
      if (this.punct(before, '-') && this.attached(w) && this.is(before - 1, WORD)) return this.length(before - 1) >= 2 ? before - 1 : -1;
      // "auf Platz 1" is a ranking, "Alter Platz 1" a street.
      const p = NOT_STREET_WORDS.has(word) ? -1 : this.prepositionBefore(w);
      if (p >= 0) return p;
      // "Lange Reihe 12"; in machine text ("alte-strasse-1") any word that is not a function word.
      // "Sicherer Weg 2" is a project's name.
      if (gapBefore && this.capitalised(before) && !FUNCTION_WORDS.has(this.lower(before)) && !NOT_STREET_WORDS.has(this.lower(before)) && this.length(before) >= 3) {
        // A project's name ("„Sicherer Weg 2“"), unless a preposition makes it a street ("Am Sicheren Weg 2").
        if (!figurativeAdjective(this.lower(before))) return before;
        return this.prepositionAt(before - 1) && !this.attached(before) ? before - 1 : -1;
      }
      return -1;
    }
    // "Musterw. 5", "Marktpl. 3": a street word cut short.
    if (abbreviated && this.capitalised(w) && word.length >= 5 && !NOT_STREET_WORDS.has(word) && endsWithAny(word, ABBREVIATED_STREET_ENDINGS)) return w;
    // Without a street ending, a full stop before the number ends a sentence ("… Emsland. 3 …").
    const p = this.prepositionBefore(w);
    // "Am Frauenhaus 5", "An der Seite 5": a street-like numbered noun after a preposition form is judged below.
    if (abbreviated || !this.capitalised(w) || word.length < 2 || (NOT_STREET_WORDS.has(word) && !(p >= 0 && streetLikeNumbered(word)))) return -1;
    // "Raum 3", "auf Seite 5"; not "Am Weinstock 5", "Auf der Sonnenseite 5", "Ostseite 4, Celle" (./harmless-numbers.ts).
    if (numberedNounIn(word, p < 0 ? 'none' : p < before ? 'article' : 'preposition', this.placeAfter(i))) return -1;
    // "Hinter der Kirche 5": preposition and article make the street name; "in Celle 3 neue …" is a count.
    if (p >= 0) return this.addressFollows(i, p < before) ? p : -1;
    // "Ostseite 4, Celle": a capitalised word, a number and a place of the table read as an address.
    if (this.placeAfter(i) && !this.caseless && !isKnownPlace(this.str(w))) return w;
    if (!this.addressFollows(i, false)) return -1;
    // "Lange Reihe 12", "Alter Markt 3": two capitalised words; never in machine text.
    if (!this.caseless && gapBefore && this.capitalised(before) && !FUNCTION_WORDS.has(this.lower(before)) && !NOT_STREET_WORDS.has(this.lower(before))) return before;
    return -1;
  }

  private street(i: number): Location | undefined {
    const d = this.length(i);
    if (d > 4 || this.t.text.charCodeAt(this.t.start[i]!) === 48) return undefined;
    if (this.partOfNumber(i, '.,:')) return undefined;
    // A number right after a street ending is a house number whatever follows ("Musterweg 5 x klingeln",
    // "Musterweg 5⏎12 Frauen", a CSV cell "Lindenkamp⏎14" read joined).
    const rightAfterStreet = this.is(i - 1, WORD) && this.streetSuffix(this.lower(i - 1)) !== undefined;
    if (this.is(i + 1, NUMBER) && !rightAfterStreet) return undefined; // "116 016", "0511 12 34": a phone number
    const hit = this.streetBefore(i, d, false);
    const streetOverMark = this.is(i - 2, WORD) && !this.is(i - 1, WORD) && this.length(i - 2) <= 40 && this.streetSuffix(this.lower(i - 2)) !== undefined;
    // "„Gewalt in Paarbeziehungen“, 3. Auflage", "3 Steps to Safety: 1. Call us. 2. …": an ordinal of a noun or a list step, unless right after a street ending or one mark after it (session 14).
    if (hit && !rightAfterStreet && !streetOverMark && (ordinalOfNoun(this.t.text, this.t.end[i]!) || listStep(this.t.text, this.t.start[i]!, this.t.end[i]!))) return undefined;
    return hit && (rightAfterStreet || !this.followedByUnit(i)) ? hit : undefined;
  }

  /**
   * The street before house number i (a number of d digits, or a Roman numeral when `roman`):
   * "Musterweg 5", "Hauptstraße Nr. 5", "„Мустервег“, 5", "Lindenallee XIII". A Roman numeral
   * counts only after a word with a street ending ("Frauenhaus Celle II" is a name).
   */
  private streetBefore(i: number, d: number, roman: boolean): Location | undefined {
    let w = i - 1;
    // "Musterweg (5)", "Musterweg [5]": only after a street ending.
    const bracketed = this.punct(w, '([') && this.attached(i) && this.punct(i + 1, ')]');
    if (bracketed) w--;
    let abbreviated = false;
    // "Musterweg #5", "Hauptstraße Nr. 5", "Musterstraße Hausnr. 7", "im Lindenweg, Haus 9", "Cad. No: 5", "ul. Lenina, d. 5".
    let marked = false;
    if (!bracketed && this.punct(w, '#')) {
      marked = true;
      w--;
    } else if (!bracketed) {
      let k = this.punct(w, ':') ? w - 1 : w;
      if (this.punct(k, '.') && this.attached(k)) k--;
      if (this.is(k, WORD) && HOUSE_NUMBER_WORDS.has(this.lower(k))) {
        marked = true;
        w = k - 1;
      }
    }
    if (marked && this.punct(w, ',،')) w--;
    // "„Musterweg“, Nr. 5", "«Мустервег» д. 5": the street in quotes before its label.
    if (marked && this.punct(w, QUOTE_MARKS) && this.is(w - 1, WORD)) w--;
    // "„Мустервег“, 5", "Lindenallee, 13": a comma after a quoted street or a word that names nothing but a street.
    if (!marked && !bracketed && this.punct(w, ',') && ((this.punct(w - 1, QUOTE_MARKS) && this.is(w - 2, WORD)) || this.streetName(w - 1))) w -= this.is(w - 1, WORD) ? 1 : 2;
    // "Lindenallee – 13", "Lindenallee: 13", "Lindenallee / 13", "„Lindenallee“ 13": one mark between
    // street and number still reads as the address (tester, session 7); the street rules below decide.
    else if (!marked && !bracketed && this.punct(w, STREET_NUMBER_MARKS) && (this.is(w - 1, WORD) || (this.punct(w - 1, '.') && this.is(w - 2, WORD)))) w--;
    if (this.punct(w, '.') && this.attached(w) && this.is(w - 1, WORD)) {
      abbreviated = true;
      w--;
    }
    // A single letter is no street name ("J8X4+2V", "Anlage B 3"): the common case of codes, cut short.
    if (this.is(w, WORD) && this.length(w) < 2 && !abbreviated) return undefined;
    if (!this.is(w, WORD)) {
      // "вул. Шевченка, 5": a labelled street, its number after a comma.
      // "Липовый пер., 13": the label's full stop before the comma.
      const dotted = this.punct(w - 1, '.') && this.attached(w - 1) && this.is(w - 2, WORD);
      if (!marked && !bracketed && d <= 3 && this.punct(w, ',\u060c') && (this.is(w - 1, WORD) || dotted)) {
        const labelled = this.labelledStreet(dotted ? w - 2 : w - 1);
        if (labelled >= 0 && !this.countAfter(i)) return this.found('street', labelled, i);
      }
      return undefined;
    }
    // Four digits only after a word that names a street ("Gartenstraße 1234"), not after "seit 2019".
    if (d === 4 && !this.strictStreetWord(w)) return undefined;
    if (roman && !this.streetSuffix(this.lower(w))) return undefined;
    const first = bracketed && !this.streetSuffix(this.lower(w)) ? -1 : this.streetStart(w, i, abbreviated, marked);
    // "Street Harassment and Chapter 5": a numbered noun before the number takes no street label from words before it (session 14).
    const start = first >= 0 ? first : !marked && this.length(w) <= 40 && numberedNoun(this.lower(w)) ? -1 : this.labelledStreet(w);
    if (start < 0) return this.initialledStreet(w, i);
    if (first < 0 && this.countAfter(i)) return undefined;
    return this.found('street', start, bracketed ? i + 1 : i);
  }

  /** "Lindenallee XIII", "Musterweg Nr. IV": a Roman numeral (upper case, 1–399) as the house number after a street word. */
  private romanStreet(i: number): Location | undefined {
    const c = this.t.text.charCodeAt(this.t.start[i]!);
    if ((c !== 73 && c !== 86 && c !== 88 && c !== 67 && c !== 76) || this.length(i) > 9 || this.attached(i) || this.is(i + 1, NUMBER)) return undefined; // I V X C L
    if (!ROMAN.test(this.str(i))) return undefined;
    return this.streetBefore(i, 1, true);
  }

  /**
   * "Die Straße heißt Lindenallee. Die Hausnummer ist 13.": a house-number label with its number
   * (number i) and a street name a few words away, before or after, in another sentence.
   */
  private labelledNumberNear(i: number): Location | undefined {
    if (this.length(i) > 3 || this.t.text.charCodeAt(this.t.start[i]!) === 48 || this.partOfNumber(i) || this.is(i + 1, NUMBER) || this.is(i - 1, NUMBER)) return undefined;
    let k = i - 1;
    if (this.punct(k, ':=')) k--;
    for (let n = 0; n < 2 && this.is(k, WORD) && NUMBER_VERBS.has(this.lower(k)); n++) k--;
    if (this.punct(k, '.') && this.attached(k)) k--;
    if (!this.is(k, WORD) || !NEAR_HOUSE_NUMBER_WORDS.has(this.lower(k))) return undefined;
    // "Haus-Nr.": the label's first part.
    const label = this.punct(k - 1, '-') && this.attached(k) && this.is(k - 2, WORD) ? k - 2 : k;
    if (this.followedByUnit(i)) return undefined;
    for (let s = label - 1; s >= 0 && s >= label - NEAR_WINDOW; s--) if (this.streetName(s)) return this.found('street', s, i);
    for (let s = i + 1; s < this.t.count && s <= i + NEAR_WINDOW; s++) if (this.streetName(s)) return this.found('street', label, s);
    return undefined;
  }

  /** "Musterweg/Hauptstraße", "Musterweg & Lindenallee": two street names joined by a mark (token i), where they meet. */
  private joinedStreets(i: number): Location | undefined {
    // Also a dash or an "x" between them ("Musterweg – Hauptstraße", "Musterweg x Hauptstraße").
    const joint = this.punct(i, '/&+-\u2013\u2014\u2212\u00d7') || (this.is(i, WORD) && this.length(i) === 1 && this.lower(i) === 'x');
    if (!joint || !this.streetName(i - 1) || !this.streetName(i + 1)) return undefined;
    return this.found('corner', i - 1, i + 1);
  }

  /**
   * "ul. Lenina, d. 5", "οδός Ερμού 5", "Atatürk Cad. No: 5", "شارع الحرية ٥": a street label
   * (STREET_LABELS) at word w or a few words before it, with only words and name punctuation
   * between. The first token of the quote, or -1.
   */
  private labelledStreet(w: number): number {
    for (let k = w; k >= 0 && k >= w - 6; k--) {
      if (this.is(k, WORD)) {
        const n = this.length(k);
        if (n >= 2 && n <= 13 && STREET_LABELS.has(this.lower(k)) && !(k === w && !this.is(w - 1, WORD) && NAMED_STREET_LABELS.has(this.lower(k)))) return k === w && this.is(w - 1, WORD) ? w - 1 : k;
        if (n <= 5 && this.dottedLabel(k, w)) {
          // "B-dul Unirii 13", "Мира пр-кт, 13", "V.le Tigli 13": the quote starts at the label's first part, or at the name before it.
          const joined = this.punct(k - 1, '-.') && this.attached(k) && this.attached(k - 1) && this.is(k - 2, WORD) && (HYPHEN_LABELS.has(`${this.lower(k - 2)}-${this.lower(k)}`) || DOT_JOINED_LABELS.has(`${this.lower(k - 2)}.${this.lower(k)}`));
          if (joined) return k < w ? k - 2 : k - 3;
          return k === w ? w - 1 : k;
        }
      } else if (!this.punct(k, ".,-'،") && !(this.punct(k, '/') && this.lower(k - 1) === 'c')) return -1;
    }
    return -1;
  }

  /**
   * Word k (at or before word w, the word before the number) is an abbreviated street type with its
   * full stop (DOTTED_LABELS_BEFORE/AFTER): before a capitalised name ("al. Lipowa", "пр-т Мира"),
   * or, as word w itself, after one ("Ihlamur Sk."). "et al." is a citation, never a street.
   */
  private dottedLabel(k: number, w: number): boolean {
    const word = this.lower(k);
    // "пр-т Мира 5": проспект shortened with a hyphen, read as "pr", "-", "t".
    if (this.punct(k - 1, '-') && this.attached(k) && this.attached(k - 1) && this.is(k - 2, WORD) && HYPHEN_LABELS.has(`${this.lower(k - 2)}-${word}`))
      return k < w ? this.capitalised(k + 1) : this.capitalised(k - 3);
    // "V.le Tigli 13", "P.za Tigli 13": an Italian street type around its full stop.
    if (k < w && this.punct(k - 1, '.') && this.attached(k) && this.attached(k - 1) && this.is(k - 2, WORD) && DOT_JOINED_LABELS.has(`${this.lower(k - 2)}.${word}`)) return this.capitalised(k + 1);
    // "пер Липовый 13": переулок shortened without its full stop, before a Russian adjective as `readable`
    // spells it ("Lipowyi", "Krivokolennyi"); "per E-Mail", "per Post" are German.
    if (k < w && (word === 'per' || word === 'пер') && this.capitalised(k + 1) && /(?:yi|ii|oi|ij|yj|ый|ий|ой)$/.test(this.lower(k + 1))) return true;
    // "C/ Tilos 13": Spanish calle.
    if (k < w && word === 'c' && this.punct(k + 1, '/') && this.attached(k + 1)) return this.capitalised(k + 2);
    if (!this.punct(k + 1, '.') || !this.attached(k + 1)) return false;
    if (k < w) return DOTTED_LABELS_BEFORE.has(word) && this.nameLike(k + 2) && !(word === 'al' && this.lower(k - 1) === 'et');
    return DOTTED_LABELS_AFTER.has(word) && this.capitalised(k - 1);
  }

  /** Word k is a street name with a clear street ending ("Musterweg", "Hauptstr."), not a compound like "Schulweg". */
/** Word k is capitalised and has any street ending, strict or not ("Lindenkamp", "Mühlenhof"), and is no known other compound. */
  private looseStreetName(k: number): boolean {
    if (!this.is(k, WORD) || !this.capitalised(k) || this.length(k) > 40) return false;
    const word = this.lower(k);
    return this.streetSuffix(word) !== undefined && !NOT_STREET_COMPOUNDS.has(word);
  }

  /** Words k and k+1 are a capitalised name and an English street type ("Linden Close", "Mill Lane"; ./street-types.ts). */
  private englishStreet(k: number): boolean {
    return this.is(k, WORD) && this.capitalised(k) && this.is(k + 1, WORD) && this.capitalised(k + 1) && this.length(k + 1) <= 20 && (TRAILING_STREET_TYPES.has(this.lower(k + 1)) || TRAILING_STREET_TYPE_ABBREVIATIONS.has(this.lower(k + 1)));
  }

  private streetName(k: number): boolean {
    if (!this.is(k, WORD)) return false;
    // Asked for every word in a window around each house-number label: each word is judged once.
    const known = this.streetNames[k]!;
    if (known) return known === 1;
    let named = this.capitalised(k) && this.strictStreetWord(k);
    if (named) {
      const word = this.lower(k);
      const suffix = this.streetSuffix(word);
      named = suffix !== undefined && !NOT_STREET_COMPOUNDS.has(word) && !figurativeWay(word, suffix);
    }
    this.streetNames[k] = named ? 1 : 2;
    return named;
  }

  /**
   * The number before the street: "5 Musterweg", "Hausnummer 5 im Musterweg", "Nr. 12, Lindenallee",
   * "5 rue de la Paix", "12 Main Street". Without a house-number word the street must follow at once.
   */
  private streetAfter(i: number): Location | undefined {
    if (this.length(i) > 3 || this.t.text.charCodeAt(this.t.start[i]!) === 48) return undefined;
    if (this.partOfNumber(i) || this.is(i - 1, NUMBER) || this.is(i + 1, NUMBER)) return undefined;
    let label = i - 1;
    if (this.punct(label, '.:') && this.attached(label)) label--;
    const labelled = this.is(label, WORD) && HOUSE_NUMBER_WORDS.has(this.lower(label)) && this.lower(label) !== 'd';
    let j = i + 1;
    if (this.is(j, WORD) && this.attached(j) && this.length(j) === 1) j++; // "5a"
    // "13 bis, avenue des Tilleuls", "7 ter rue …": the French second and third house of a number, only before a comma or a street label ("13 bis 15" is a span).
    const bisTer = this.is(j, WORD) && BIS_TER.has(this.lower(j)) && (this.punct(j + 1, ',') || (this.is(j + 1, WORD) && STREET_LABELS.has(this.lower(j + 1))));
    if (bisTer) j++;
    if (this.punct(j, ',')) j++;
    for (let n = 0; labelled && n < 2 && this.is(j, WORD) && (STREET_PREPOSITIONS.has(this.lower(j)) || ARTICLES.has(this.lower(j))); n++) j++;
    const first = labelled ? label : i;
    // Without a label only an ending that names nothing but a street: "1 Familienplatz" is a count.
    // With a label any street ending will do ("Haus Nr. 14 am Lindenkamp", session 14).
    if ((this.streetName(j) && (labelled || numberFirstEnding(this.streetSuffix(this.lower(j))!))) || (labelled && this.looseStreetName(j) && this.streetSuffix(this.lower(j)) !== this.lower(j))) return this.followedByUnit(i) ? undefined : this.found('street', first, j);
    // "Chapter 4 Street Harassment": after a numbered noun a street label is the chapter's title (session 14); a street name still counts ("Kapitel 4 Musterweg").
    // "Treffpunkt 13 bis, avenue …": "bis" makes the number a house's.
    if (!labelled && !bisTer && this.is(i - 1, WORD) && this.length(i - 1) <= 40 && numberedNoun(this.lower(i - 1))) return undefined;
    for (let k = j; k < j + 3 && this.is(k, WORD); k++) if (this.length(k) >= 2 && STREET_LABELS.has(this.lower(k))) return this.followedByUnit(i) ? undefined : this.found('street', first, k);
    // "13 av. des Tilleuls", "13 bd des Tilleuls": a French street type shortened, then the article of its name (guard18).
    if (this.is(j, WORD) && FRENCH_SHORT_LABELS.has(this.lower(j))) {
      const a = this.punct(j + 1, '.') && this.attached(j + 1) ? j + 2 : j + 1;
      if (this.is(a, WORD) && FRENCH_NAME_ARTICLES.has(this.lower(a)) && this.is(a + 1, WORD)) return this.followedByUnit(i) ? undefined : this.found('street', first, a + 1);
    }
    return undefined;
  }

  /** "Ecke Musterweg/Hauptstraße", "Musterweg Ecke Lindenallee", "Kreuzung zum Musterweg": where two streets meet (word i names the corner). */
  private corner(i: number): Location | undefined {
    const c = this.t.text.charCodeAt(this.t.start[i]!) | 32;
    if ((c !== 101 && c !== 107 && c !== 97 && c !== 99) || this.length(i) < 4 || this.length(i) > 11 || !CORNER_WORDS.has(this.lower(i))) return undefined; // e, k, a, c
    let a = i - 1;
    if (this.punct(a, ',/')) a--;
    let b = i + 1;
    if (this.punct(b, ':/')) b++;
    if (this.is(b, WORD) && ['zum', 'zur', 'von', 'der', 'mit', 'am', 'of'].includes(this.lower(b))) b++;
    // "at the corner of Linden Close", "Lindenkamp Ecke Mühlenkamp": an English street, or a street ending on both sides.
    if (this.lower(i) === 'corner' && this.englishStreet(b)) return this.found('corner', i, b + 1);
    if (!this.streetName(a) && !this.streetName(b) && this.looseStreetName(a) && this.looseStreetName(b)) return this.found('corner', a, b);
    const before = this.streetName(a);
    if (!this.streetName(b)) return before ? this.found('corner', a, i) : undefined;
    const joined = this.punct(b + 1, '/') || (this.is(b + 1, WORD) && ['and', 'und'].includes(this.lower(b + 1)));
    const end = joined && this.streetName(b + 2) ? b + 2 : b;
    return this.found('corner', before ? a : i, end);
  }

  /** A street name at k: a German one with any street ending ("Lindenkamp") or an English one ("Linden Close"); its last token, or -1. */
  private anyStreetAt(k: number): number {
    if (this.englishStreet(k)) return k + 1;
    return this.looseStreetName(k) ? k : -1;
  }

  /**
   * A street named the way of the site's other languages, at k, for the corner rules: a street label
   * and the name after it ("ул. Липовой", "شارع الزيزفون", "خیابان زیزفون"), a name and a label
   * after it ("Ihlamur Sokak", "Çınar Caddesi"), or after a plural label ("улиц", "ulic",
   * "străzilor": `bare`) a capitalised name alone. Its last token, or -1.
   */
  private meetingStreetAt(k: number, bare: boolean): number {
    const any = this.anyStreetAt(k);
    if (any >= 0) return any;
    if (!this.is(k, WORD)) return -1;
    const arabicScript = (at: number) => /^[\u0600-\u06ff]/.test(this.str(at));
    if (STREET_LABELS.has(this.lower(k))) {
      const name = this.punct(k + 1, '.') ? k + 2 : k + 1;
      if (this.is(name, WORD) && (this.capitalised(name) || arabicScript(name))) return name;
      return -1;
    }
    if (this.capitalised(k) && this.is(k + 1, WORD) && STREET_LABELS.has(this.lower(k + 1))) return k + 1;
    return bare && (this.capitalised(k) || arabicScript(k)) ? k : -1;
  }

  /**
   * Where two streets meet, session 14 (tester14): "Ecke Lindenkamp/Mühlenweg", "Kreuzung Lindenkamp und
   * Mühlenweg" (a corner word before two street names of any ending, joined), "Lindenkamp Höhe Mühlenweg",
   * "where Linden Close meets Mill Lane", "Linden Close at Mill Lane" (word i is the corner word or the joint).
   */
  private meeting(i: number): Location | undefined {
    // Most words start with a letter no meeting word starts with: passed over before lower-casing.
    const initial = this.t.text[this.t.start[i]!]!;
    if (this.length(i) > 20 || (!MEETING_STARTS.has(initial) && !MEETING_STARTS.has(initial.toLowerCase()))) return undefined;
    const word = this.lower(i);
    if (word === 'meets' || word === 'at' || word === 'höhe' || MIDDLE_VERBS.has(word)) {
      // A street before (English: two words) and after ("Linden Close crosses Mill Lane", "Lindenallee пересекается с Musterweg").
      const before = this.englishStreet(i - 2) ? i - 2 : this.looseStreetName(i - 1) && word !== 'at' ? i - 1 : -1;
      const after = this.anyStreetAt(MIDDLE_VERBS.has(word) && this.is(i + 1, WORD) && MEETING_JOINTS.has(this.lower(i + 1)) ? i + 2 : i + 1);
      if (before < 0 || after < 0 || (word === 'at' && !this.englishStreet(i + 1))) return undefined;
      return this.found('corner', before, after);
    }
    // "wo Musterweg und Lindenallee sich kreuzen", "where Linden Close and Mill Lane meet": two streets, then the verb.
    if (MEETING_VERBS.has(word)) return this.streetsBefore(this.is(i - 1, WORD) && this.lower(i - 1) === 'sich' ? i - 2 : i - 1, i);
    // "wo der Musterweg auf die Lindenallee trifft", "wo der Mühlenkamp in den Musterweg mündet".
    if (word === 'trifft' || word === 'mündet' || word === 'stößt') return this.streetOntoStreet(i);
    if (!MEETING_WORDS.has(word)) return undefined;
    let b = i + 1;
    if (this.punct(b, ':')) b++;
    let bare = CROSSING_WORDS.has(word);
    for (let links = 0; links < 2 && this.is(b, WORD) && MEETING_LINKS.has(this.lower(b)); links++) {
      bare ||= PLURAL_STREET_LINKS.has(this.lower(b));
      b++;
    }
    const first = this.meetingStreetAt(b, bare);
    if (first >= 0) {
      // "… Lipowej i Ogrodowej", "… الزيزفون وشارع الورد" (the Arabic "and" joined to the label).
      const joined = this.is(first + 1, WORD) && /^و(?=\S)/.test(this.str(first + 1)) && STREET_LABELS.has(this.lower(first + 1).slice(1));
      const second = joined ? this.meetingStreetAt(first + 2, true) : this.joint(first + 1) ? this.meetingStreetAt(first + 2, bare) : -1;
      if (second >= 0) return this.found('corner', i, second);
    }
    // "Musterweg ile Lindenallee köşesi": the two streets before the corner word (Turkish word order).
    return this.streetsBefore(i - 1, i);
  }

  /** Two streets joined ("Musterweg und Lindenallee", "Linden Close and Mill Lane") ending at token `end`: the corner up to token `to`. */
  private streetsBefore(end: number, to: number): Location | undefined {
    // "Musterweg'in köşesinde": a Turkish case ending after an apostrophe.
    if (this.is(end, WORD) && this.length(end) <= 3 && this.punct(end - 1, "'’") && this.attached(end) && this.attached(end - 1)) end -= 2;
    const secondStart = this.streetEndingAt(end);
    if (secondStart < 1 || !this.joint(secondStart - 1)) return undefined;
    const firstStart = this.streetEndingAt(secondStart - 2);
    return firstStart < 0 ? undefined : this.found('corner', firstStart, to);
  }

  /** The first token of a street whose last token is `end` ("Linden Close", "Musterweg", "Çınar Caddesi"), or -1. */
  private streetEndingAt(end: number): number {
    if (this.englishStreet(end - 1)) return end - 1;
    if (this.looseStreetName(end)) return end;
    return this.is(end, WORD) && STREET_LABELS.has(this.lower(end)) && this.is(end - 1, WORD) && this.capitalised(end - 1) ? end - 1 : -1;
  }

  /** "… Musterweg auf die Lindenallee trifft": street, "auf"/"in", an article, street, the verb at i. */
  private streetOntoStreet(i: number): Location | undefined {
    const secondStart = this.englishStreet(i - 2) ? i - 2 : this.looseStreetName(i - 1) ? i - 1 : -1;
    if (secondStart < 2) return undefined;
    let k = secondStart - 1;
    if (this.is(k, WORD) && ARTICLES.has(this.lower(k))) k--;
    if (!this.is(k, WORD) || (this.lower(k) !== 'auf' && this.lower(k) !== 'in')) return undefined;
    const firstStart = this.englishStreet(k - 2) ? k - 2 : this.looseStreetName(k - 1) ? k - 1 : -1;
    return firstStart < 0 ? undefined : this.found('corner', firstStart, i);
  }

  /** Token k joins the two streets of a corner: "/", "&", "+" or a word of MEETING_JOINTS. */
  private joint(k: number): boolean {
    return this.punct(k, '/&+') || (this.is(k, WORD) && this.length(k) <= 4 && MEETING_JOINTS.has(this.lower(k)));
  }

  /**
   * "PLZ 29 221", "Postleitzahl: 29.221", "2 9 2 2 1 Celle", "2-9-2-2-1 Celle", "292 21 Celle":
   * five digits split into groups by spaces, dots or hyphens, named as one.
   */
  /** Token k is a dot or hyphen with no space before it, followed by a number ("29.221", "2-9"). */
  private joinedNumber(k: number): boolean {
    return this.punct(k, '.-') && this.attached(k) && this.is(k + 1, NUMBER);
  }

  private splitPostcode(i: number): Location | undefined {
    if (this.length(i) > 3) return undefined;
    if (this.joinedNumber(i - 1) && this.is(i - 2, NUMBER)) return undefined; // inside a run
    // Counted first, joined only for five digits: runs of short numbers ("1 1 1 …") are common and must stay cheap.
    let count = this.length(i);
    let j = i;
    while (count < 5) {
      const k = this.joinedNumber(j + 1) ? j + 2 : j + 1;
      if (!this.is(k, NUMBER)) return undefined;
      count += this.length(k);
      j = k;
    }
    if (count !== 5 || this.is(j + 1, NUMBER) || this.joinedNumber(j + 1)) return undefined;
    let digits = '';
    for (let k = i; k <= j; k++) if (this.is(k, NUMBER)) digits += this.str(k);
    let word = i - 1;
    if (this.punct(word, ':') && this.is(word - 1, WORD)) word--;
    if (this.is(word, WORD) && /^(plz|postleitzahl)/.test(this.lower(word))) return this.found('postcode', i, j);
    // "29 221 Celle", "29.221 Bad Fallingbostel": without the word, only a postcode of the table
    // followed by a place name of Lower Saxony; "116 016" or "12 345 Frauen" stay numbers.
    if (this.is(i - 1, NUMBER)) {
      if (this.str(i - 1).startsWith('0') || this.length(i - 1) >= 3) return undefined; // "05141 12 345": a phone number
    }
    if (!isKnownPostcode(digits)) return undefined;
    // The place's name: one to three words ("Celle", "Bad Fallingbostel", "Herzberg am Harz", "Hann. Münden").
    const placeAt = (k: number) => {
      let name = '';
      for (let m = k; m < k + 5 && m < this.t.count; m++) {
        if (!this.is(m, WORD) && !this.punct(m, '.-/()')) return false;
        name += this.str(m) + ' ';
        if (this.is(m, WORD) && isKnownPlace(name)) return true;
      }
      return false;
    };
    return placeAt(j + 1) ? this.found('postcode', i, j) : undefined;
  }

  private postcode(i: number): Location | undefined {
    const split = this.splitPostcode(i);
    if (split) return split;
    if (this.length(i) !== 5) return undefined;
    const value = this.str(i);
    if (value.startsWith('00')) return undefined;
    if (this.partOfNumber(i)) return undefined;
    // "05141 / 123456", "05141 - 123456", "(05141) 123456": an area code.
    if (value.startsWith('0') && ((this.punct(i + 1, '/-–)') && this.is(i + 2, NUMBER)) || this.punct(i - 1, '('))) return undefined;
    const prev = i - 1;
    if (this.is(prev, NUMBER) && !this.attached(i)) {
      // "0551 12345", "+49 551 12345": the rest of a phone number; "Musterweg 5 12345" is not.
      const number = this.str(prev);
      if (number.startsWith('0') || number.length >= 3) return undefined;
    }
    if (this.is(i + 1, NUMBER)) return undefined;
    // Digits glued to one or two letters ("Q12345", a Wikidata id) are an id, no postcode; "Celle29221", "29221Celle" still are.
    if (this.attached(i) && this.is(prev, WORD) && this.length(prev) <= 2) return undefined;
    if (this.punct(prev, '+')) return undefined;
    // "05141 / 10000", "(05141) 10000", "05141 - 10000": the line number after an area code.
    if (this.punct(prev, '/-–)') && this.is(prev - 1, NUMBER) && this.str(prev - 1).startsWith('0')) return undefined;
    let word = prev;
    if (this.punct(word, '.:') && this.is(word - 1, WORD)) word--;
    // A label lifts the postcode reading only when no place of the table follows ("Tel. 29221 Celle" is a postcode).
    if (this.is(word, WORD) && NOT_POSTCODE_BEFORE.has(this.lower(word)) && !this.knownPlaceAt(i + 1)) return undefined;
    // A count ("12345 Beratungen"), unless the five digits are a postcode of the table: "29221 Einwohner" names the postcode all the same (outside tester, session 13).
    if (this.followedByUnit(i) && !isKnownPostcode(value)) return undefined;
    // "\"besuche\": 27302" in a JSON download: a number under a key that names no postcode or address is that key's value (session 14).
    if (this.punct(prev, ':') && this.punct(prev - 1, QUOTE_MARKS) && this.is(prev - 2, WORD) && this.punct(prev - 3, QUOTE_MARKS) && !POSTCODE_KEY.test(this.lower(prev - 2)) && !this.knownPlaceAt(i + 1)) return undefined;
    // In a URL or file name a five-digit number is often an id ("?page_id=12345").
    if (this.machine || (this.attached(i) && this.punct(prev, '=/#_?&'))) {
      // Only with a place-like word beside it ("frauenhaus-celle-29221").
      const named = this.is(prev, WORD) && /^(plz|postleitzahl)/.test(this.lower(prev));
      if (!named && !this.placeLike(prev) && !this.placeLike(i + 1)) return undefined;
      // "pageid 12345" (the reading drops "_"), "postid", "itemnr": an id by its name; else a postcode of the table ("/news/12345" is an id).
      if (!named && ((this.is(prev, WORD) && /(?:id|nr|no|num|nummer)$/.test(this.lower(prev))) || !isKnownPostcode(value))) return undefined;
    }
    const hit = this.found('postcode', i, i);
    return this.postboxBefore(i) ? { ...hit, postbox: true } : hit;
  }

  private knownPlaceAt(k: number): boolean {
    return this.is(k, WORD) && this.length(k) <= 40 && this.capitalised(k) && isKnownPlace(this.str(k));
  }

  private placeLike(k: number): boolean {
    return this.is(k, WORD) && this.length(k) >= 3;
  }

  /** "Postfach 1102, 29201": the postcode after a Postfach number. */
  private postboxBefore(i: number): boolean {
    let k = i - 1;
    if (this.punct(k, ',;')) k--;
    if (!this.is(k, NUMBER)) return false;
    k--;
    if (this.punct(k, ':.')) k--;
    return this.is(k, WORD) && ['postfach', 'pf', 'postfachnummer'].includes(this.lower(k));
  }

  /** "52.62" or "52,62" starting at token i: the index of its last token, or -1. */
  private decimalEnd(i: number): number {
    if (!this.is(i, NUMBER) || this.length(i) > 3) return -1;
    return this.punct(i + 1, '.,') && this.attached(i + 1) && this.attached(i + 2) && this.is(i + 2, NUMBER) ? i + 2 : -1;
  }
  private decimalValue(i: number): number {
    const negative = this.punct(i - 1, '-−') && this.attached(i);
    return Number(`${this.str(i)}.${this.str(i + 2)}`) * (negative ? -1 : 1);
  }

  private hemisphere(k: number): boolean {
    return this.is(k, WORD) && this.length(k) <= 10 && HEMISPHERES.has(this.lower(k));
  }

  /**
   * Degrees and minutes (and seconds) without a degree sign, from number i: "52 37.200",
   * "52 37 12", "52'37'12". The index of the last number, or -1 when there are not at least two
   * parts, the degrees are no angle or the minutes not under 60.
   */
  private dmsEnd(i: number): number {
    if (!this.is(i, NUMBER) || Number(this.str(i)) > 180) return -1;
    let last = i;
    let parts = 1;
    let k = i + 1;
    while (parts < 3) {
      if (this.punct(k, '°\'′"″:')) k++;
      if (!this.is(k, NUMBER) || this.length(k) > 2 || Number(this.str(k)) >= 60) break;
      const decimal = this.decimalEnd(k);
      last = decimal >= 0 ? decimal : k;
      parts++;
      k = last + 1;
      if (decimal >= 0) break;
    }
    if (this.punct(last + 1, '\'′"″')) last++;
    return parts >= 2 ? last : -1;
  }

  private skipSeparator(k: number): number {
    return this.punct(k, ',;/') ? k + 1 : k;
  }

  private latitudeMark(k: number): boolean {
    return this.is(k, WORD) && ['n', 's', 'nord', 'süd', 'north', 'south'].includes(this.lower(k));
  }
  private longitudeMark(k: number): boolean {
    return this.is(k, WORD) && ['e', 'o', 'w', 'ost', 'west', 'east'].includes(this.lower(k));
  }

  /** "N 52 37.200 E 010 04.800", "52 37 12 N 10 4 48 E": a pair in degrees and minutes, marked N/E. */
  private markedDms(i: number): Location | undefined {
    const end = this.dmsEnd(i);
    if (end < 0) return undefined;
    if (this.latitudeMark(i - 1)) {
      const k = this.skipSeparator(end + 1);
      if (this.longitudeMark(k) && this.dmsEnd(k + 1) >= 0) return this.found('coordinates', i - 1, this.dmsEnd(k + 1));
    }
    if (end >= 0 && this.latitudeMark(end + 1)) {
      const k = this.skipSeparator(end + 2);
      const second = this.dmsEnd(k);
      if (second >= 0 && this.longitudeMark(second + 1)) return this.found('coordinates', i, second + 1);
    }
    return undefined;
  }

  /**
   * Projected coordinates: UTM ("32U 573000 5830000", "E 573000 N 5830000") and Gauß-Krüger
   * ("R 3573000 H 5830000"): an easting of 6 digits (UTM) or 7 (Gauß-Krüger, zone 2–5 first)
   * and a northing of 7 digits in Germany's range (5.2–6.2 million m), in either order, with at
   * most a separator or a label between them.
   */
  private projected(i: number): Location | undefined {
    const d = this.length(i);
    if ((d !== 6 && d !== 7) || this.partOfNumber(i)) return undefined;
    let j = i + 1;
    if (this.punct(j, ',;/')) j++;
    if (this.is(j, WORD) && this.length(j) <= 8 && /^(n|h|y|x|e|r|nord|north|hochwert|rechtswert|ost|east|hw|rw)$/.test(this.lower(j))) j++;
    if (this.punct(j, ':=')) j++;
    if (!this.is(j, NUMBER) || (this.length(j) !== 7 && this.length(j) !== 6) || this.partOfNumber(j) || this.is(j + 1, NUMBER)) return undefined;
    const a = Number(this.str(i));
    const b = Number(this.str(j));
    const easting = (v: number, digits: number) => (digits === 6 ? v >= 100_000 : v >= 2_000_000 && v < 6_000_000);
    const northing = (v: number, digits: number) => digits === 7 && v >= 5_200_000 && v <= 6_200_000;
    const pair = (easting(a, d) && northing(b, this.length(j))) || (northing(a, d) && easting(b, this.length(j)));
    return pair ? this.found('coordinates', i, j) : undefined;
  }

  private coordinates(i: number): Location | undefined {
    const marked = this.markedDms(i) ?? this.projected(i);
    if (marked) return marked;
    // Degrees: 52° 37′ 12″ N, 52°N, N 52.62°
    if (this.punct(i + 1, '°')) {
      const next = i + 2;
      if (this.is(next, NUMBER) || this.hemisphere(next) || this.hemisphere(i - 1) || (this.punct(next, ',;/') && this.is(next + 1, NUMBER))) return this.found('coordinates', i, next);
      return undefined;
    }
    const last = this.decimalEnd(i);
    if (last < 0) return undefined;
    const fa = this.length(last);
    if (this.punct(last + 1, '°') || ((this.hemisphere(last + 1) || this.hemisphere(i - 1)) && fa >= 2)) return this.found('coordinates', i, last + 1);
    let j = last + 1;
    if (this.punct(j, ',;/')) j++;
    // "Breite: 52,62; Länge: 10,08", "lat 52.62 lon 10.08".
    if (this.is(j, WORD) && LONGITUDE_WORDS.has(this.lower(j))) {
      j++;
      if (this.punct(j, ':=')) j++;
    }
    if (this.punct(j, '-−') && this.attached(j + 1)) j++;
    const end = this.decimalEnd(j);
    if (end < 0) return fa >= 3 ? this.joinedPair(i, last) : undefined;
    const fb = this.length(end);
    if (fa < 2 || fb < 2) return undefined;
    const a = this.decimalValue(i);
    const b = this.decimalValue(j);
    // Module functions, no closures: this runs for every decimal of the text.
    const anywhere = fa >= 4 && fb >= 4 && Math.abs(a) <= 90 && Math.abs(b) <= 180;
    const germany = (inLatitude(a) && inLongitude(b)) || (inLongitude(a) && inLatitude(b));
    return anywhere || germany ? this.found('coordinates', i, end) : undefined;
  }

  /**
   * "52.62031 und 10.08012", "52,62031 (Breite) sowie 10,08012": two decimals of at least three
   * places in Germany's latitude and longitude, a few words apart, whatever joins them. Figures
   * with thousands ("47.500 Fälle und 10.000 Anrufe") are counts: a unit follows or the places end in 00.
   */
  private joinedPair(i: number, last: number): Location | undefined {
    if (!this.precise(last)) return undefined;
    for (let j = last + 1; j < this.t.count && j <= last + 7; j++) {
      if (!this.is(j, NUMBER)) continue;
      const end = this.decimalEnd(j);
      if (end < 0 || !this.precise(end)) return undefined;
      const a = this.decimalValue(i);
      const b = this.decimalValue(j);
      return (inLatitude(a) && inLongitude(b)) || (inLongitude(a) && inLatitude(b)) ? this.found('coordinates', i, end) : undefined;
    }
    return undefined;
  }

  /** The decimal places (token end) of a coordinate: three or more, not a count in thousands ("47.500 Fälle"). */
  private precise(end: number): boolean {
    return this.length(end) >= 3 && !(this.length(end) === 3 && this.str(end).endsWith('00')) && !this.followedByUnit(end);
  }

  // No closures on this path: it runs for every number of the text.
  private shortWord(k: number, most: number): boolean {
    return this.is(k, WORD) && this.length(k) <= most;
  }
  /** Upper-case letters only, as codes write them ("J8X4"; "Nr5a" is a label and a house number). */
  private codeLetters(k: number): boolean {
    const word = this.str(k);
    return word === word.toUpperCase();
  }
  private insideCode(i: number): boolean {
    if (this.machine) return this.shortWord(i - 1, 1) && this.shortWord(i + 1, 1);
    return this.attached(i) && this.shortWord(i - 1, 2) && this.attached(i + 1) && (this.shortWord(i + 1, 2) || this.punct(i + 1, '+')) && this.codeLetters(i - 1) && (!this.is(i + 1, WORD) || this.codeLetters(i + 1));
  }

  private found(kind: LocationKind, from: number, to: number): Location {
    to = Math.min(to, this.t.count - 1);
    const start = this.t.start[from]!;
    let end = this.t.end[to]!;
    // "12a", "12 a": keep the house-number letter in the quote.
    if (kind === 'street' && this.is(to + 1, WORD) && this.length(to + 1) === 1 && this.attached(to + 1)) end = this.t.end[to + 1]!;
    return { kind, text: this.t.text.slice(start, Math.min(end, start + 80)), offset: start };
  }

  findings(out: Location[], limit: number): void {
    const { kind, count } = this.t;
    for (let i = 0; i < count && out.length < limit; i++) {
      if (kind[i] === WORD && !this.machine) {
        const hit = this.corner(i) ?? this.meeting(i) ?? this.romanStreet(i) ?? this.joinedStreets(i);
        if (hit) out.push(hit);
        continue;
      }
      if (kind[i] === PUNCT && !this.machine) {
        const hit = this.joinedStreets(i);
        if (hit) out.push(hit);
        continue;
      }
      if (kind[i] !== NUMBER) continue;
      // Digits inside a code of letters and digits ("J8X4+2V", "9F4G"; in machine text "j 8 x 4"):
      // no house number, postcode or coordinate starts there (plus codes have their own pattern).
      if (this.insideCode(i)) continue;
      const hit = (!this.machine && this.coordinates(i)) || this.street(i) || this.streetAfter(i) || this.postcode(i) || (!this.machine && this.labelledNumberNear(i));
      if (hit) out.push(hit);
    }
  }
}

/**
 * Every street with house number, postcode, coordinate pair and map link in `text`, in order of
 * appearance (map links after the rest). `text` should be readable text (see `readable`).
 */
export function findLocations(text: string, options: FindOptions = {}): Location[] {
  const limit = options.limit ?? Infinity;
  const out: Location[] = [];
  if (!options.machine) {
    const lower = text.toLowerCase();
    for (const match of lower.matchAll(MAP_LINK)) {
      if (out.length >= limit) return out;
      out.push({ kind: 'map-link', text: text.slice(match.index, match.index + Math.min(match[0].length + 20, 80)).split(' ')[0]!, offset: match.index });
    }
  }
  if (!options.machine) {
    for (const match of text.matchAll(PLUS_CODE)) {
      if (out.length >= limit) return out;
      if (/[a-z]/i.test(match[0])) out.push({ kind: 'coordinates', text: match[0], offset: match.index });
    }
    // Every URL holds a "/" or "www.": a text with neither is not searched (issue 13, speed16: ~17 ms for 1 MB).
    for (const match of text.includes('/') || WWW.test(text) ? text.matchAll(URL_IN_TEXT) : []) {
      if (out.length >= limit) return out;
      const url = match[0].replace(/[.,;:!?]+$/, '');
      const directions = labelsDirectionsAt(text, match.index);
      const reason = directions ? undefined : placeLinkReason(url);
      if ((directions || reason) && !out.some((hit) => hit.kind === 'map-link' && hit.offset >= match.index && hit.offset < match.index + url.length)) {
        // A link that opens a map at a point names coordinates (./url-positions.ts).
        out.push({ kind: reason === 'position' ? 'coordinates' : 'place-link', text: url.slice(0, 80), offset: match.index });
      }
    }
    for (const match of threeWordMatches(text)) {
      if (out.length >= limit) return out;
      if (isThreeWordAddress(match[0])) out.push({ kind: 'map-link', text: match[0], offset: match.index });
    }
    for (const hit of locationCodes(text, limit)) {
      if (out.length >= limit) return out;
      out.push(hit);
    }
  }
  new Scanner(text, options.machine ?? false).findings(out, limit);
  // "14 Linden Close", "8 Orchard Mews": number-first streets as the number rule reads them, so texts it does not read hold the same policy (session 14).
  if (!options.machine && out.length < limit) {
    for (const hit of numberFirstStreets(text, limit - out.length)) {
      if (!out.some((found) => found.offset < hit.offset + hit.text.length && hit.offset < found.offset + found.text.length)) out.push({ kind: 'street', ...hit });
    }
  }
  return out;
}

/**
 * Plus codes (Open Location Codes): full ("9F4GJ8X4+2V") or short with a place ("J8X4+2V
 * Celle"): 2–8 characters of the code alphabet, "+", 2–3 more. Pure digit sums ("2345+67") are
 * not taken for one (the caller asks for a letter).
 */
const PLUS_CODE = /(?<![0-9A-Za-z+])[23456789CFGHJMPQRVWXcfghjmpqrvwx]{4,8}\+[23456789CFGHJMPQRVWXcfghjmpqrvwx]{2,3}(?![0-9A-Za-z+])/g;

// The patterns below open with a lookahead on their first character: it admits every match, and
// fails at most positions before the word-start lookbehind (a large Unicode class) is tried.
/** A geohash after a label or a word for a position ("Geohash: u1x0esw", "Standort u1x0esw3", geohash.org/u1x0esw). */
// Also with words between the label and a colon ("Geohash-Code des Hauses: u1x0esw8"), in Cyrillic ("Геохеш", read "Geochesch") and as the query key "gh" (outside tester, session 18).
const GEOHASH = /(?=[gsplko])(?<![\p{L}\p{N}])(?:geo-?hash[\p{L} -]{1,30}?[:=]|geo-?hash|geoch[eé]sch|geohesh|(?<=[?&#;])gh(?==)|geohash\.org\/|standort|position|lage|koordinaten|location|geo|pos|ort)\s{0,2}[:=]?\s{0,2}([0-9a-z]{5,12})(?![\p{L}\p{N}])/giu;
const GEOHASH_ALPHABET = /^[0-9bcdefghjkmnpqrstuvwxyz]+$/;
/** A Maidenhead locator of six or more characters ("JO52fp", "JO52FP37"), or of four after a label ("Locator JO52"). */
const MAIDENHEAD = /(?=[A-R])(?<![\p{L}\p{N}])[A-R]{2}[0-9]{2}[A-Xa-x]{2}(?:[0-9]{2}(?:[A-Xa-x]{2})?)?(?![\p{L}\p{N}])/gu;
const MAIDENHEAD_LABELLED = /(?=[lqmg])(?<![\p{L}\p{N}])(?:locator|qth|maidenhead|grid|gridsquare)\s{0,2}[:=]?\s{0,2}([A-Ra-r]{2}[0-9]{2})(?![\p{L}\p{N}])/giu;
/** Five characters of digits and letters that look like digits (O for 0, l and I for 1): "291O1 Celle". */
const LETTER_DIGITS = /(?=[0-9OoIl])(?<![\p{L}\p{N}])[0-9OoIl]{5}(?![\p{L}\p{N}])/gu;

/** A known place name in the first words of `text` ("Celle", "Bad Fallingbostel", "Hann. Münden"). */
function placeFollows(text: string, memo: Map<string, boolean>): boolean {
  const words = text.slice(0, 60).trimStart().split(' ', 4);
  for (let n = 1; n <= words.length; n++) {
    const name = words.slice(0, n).join(' ').replace(/[,.;:)]{1,5}$/, '');
    let known = memo.get(name);
    if (known === undefined) memo.set(name, (known = memo.size < 10_000 && isKnownPlace(name)));
    if (known) return true;
  }
  return false;
}

/** Geohashes, Maidenhead locators and postcodes with letters for digits in `text` (readable). Each pattern is bounded: linear. */
function locationCodes(text: string, limit: number): Location[] {
  const out: Location[] = [];
  const memo = new Map<string, boolean>();
  for (const match of text.matchAll(GEOHASH)) {
    const code = match[1]!.toLowerCase();
    if (GEOHASH_ALPHABET.test(code) && /\d/.test(code) && /[a-z]/.test(code)) out.push({ kind: 'coordinates', text: match[0], offset: match.index });
  }
  for (const match of text.matchAll(MAIDENHEAD)) out.push({ kind: 'coordinates', text: match[0], offset: match.index });
  for (const match of text.matchAll(MAIDENHEAD_LABELLED)) out.push({ kind: 'coordinates', text: match[0], offset: match.index });
  for (const match of text.matchAll(LETTER_DIGITS)) {
    if (out.length >= limit) break;
    const code = match[0];
    const digits = code.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    if ((code.match(/\d/g)?.length ?? 0) < 3 || digits === code || digits.startsWith('00')) continue;
    const labelled = /(?:plz|postleitzahl)\s{0,2}:?\s{0,2}$/i.test(text.slice(Math.max(0, match.index - 20), match.index));
    if (labelled || placeFollows(text.slice(match.index + code.length, match.index + code.length + 60), memo)) out.push({ kind: 'postcode', text: code, offset: match.index });
  }
  return out;
}

/** Three lower-case or caseless (Arabic, Persian) words joined by dots or middle dots, not part of a host, path or e-mail address: a what3words address. */
export const THREE_WORDS =
  /(?<![\p{L}\p{M}\p{N}./@:_·・。-])[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}]{1,23}[.·・。｡][\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}]{1,23}[.·・。｡][\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}]{1,23}(?![\p{L}\p{M}\p{N}/@_·・。-]|[.·・。｡]\p{L})/gu;
/** A dot of THREE_WORDS with a word after it: every match holds one within its first 48 code units (24 code points). */
const THREE_WORDS_DOT = /[.·・。｡](?=[\p{Ll}\p{Lo}])/gu;
/** THREE_WORDS for `threeWordMatches` alone (THREE_WORDS' lastIndex belongs to its other readers). */
const THREE_WORDS_SEARCH = new RegExp(THREE_WORDS.source, THREE_WORDS.flags);
/** URL_IN_TEXT's "www." alternative, read with its flags. */
const WWW = /www\./iu;

/**
 * The matches of THREE_WORDS in `text`, as `text.matchAll(THREE_WORDS)` gives them, without
 * trying the pattern (~20 ms for 1 MB: its word-start test is a large class) at every position:
 * each search starts at most 50 code units before the next dot with a word after it, where the
 * first match at or after the last one's end can start at the earliest.
 */
export function* threeWordMatches(text: string): Generator<RegExpExecArray> {
  // The module's own patterns (compiled once; findLocations reads thousands of short values): every
  // exec sets lastIndex first, and no other search runs between two of them.
  const search = THREE_WORDS_SEARCH;
  const dots = THREE_WORDS_DOT;
  let from = 0;
  for (;;) {
    dots.lastIndex = from + 2;
    const dot = dots.exec(text);
    if (!dot) return;
    let at = Math.max(from, dot.index - 50);
    // Not inside a surrogate pair.
    if (at > from && /[\uDC00-\uDFFF]/.test(text[at]!)) at--;
    search.lastIndex = at;
    const match = search.exec(text);
    if (!match) return;
    yield match;
    from = match.index + match[0].length;
  }
}

/** Endings that make three dotted words a host name or a file name ("beratung.example.de", "flyer.final.pdf"). */
const HOST_OR_FILE_ENDINGS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'int', 'info', 'biz', 'name', 'pro', 'eu', 'online', 'app', 'dev', 'io', 'shop', 'site', 'web', 'berlin', 'hamburg', 'nrw', 'bayern',
  'pdf', 'doc', 'docx', 'odt', 'ods', 'xls', 'xlsx', 'csv', 'txt', 'md', 'html', 'htm', 'php', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'zip', 'json', 'xml', 'ics', 'vcf',
]);

function isThreeWordAddress(words: string): boolean {
  const [first, , last] = words.split(/[.·・。｡]/u);
  // A two-letter ending is a country's domain ("de", "at"), "www." starts a host.
  return first !== 'www' && last!.length > 2 && !HOST_OR_FILE_ENDINGS.has(last!);
}

/**
 * Whether `text` (readable) could hold a location at all: every rule needs a digit, a map
 * link, a URL or three dotted words. Rendering Markdown adds neither, so a body without them need not be rendered.
 */
export function mayLocate(text: string): boolean {
  if (/[\d/&+]/.test(text) || CORNER_OR_DIRECTIONS.test(text) || ROMAN_WORD.test(text)) return true;
  return [MAP_LINK, URL_IN_TEXT, THREE_WORDS, PLUS_CODE].some((pattern) => {
    pattern.lastIndex = 0;
    const found = pattern.test(pattern === MAP_LINK ? text.toLowerCase() : text);
    pattern.lastIndex = 0;
    return found;
  });
}

/** An upper-case word that may be a Roman numeral: the house number of "Lindenallee XIII". */
const ROMAN_WORD = /(?<![\p{L}\p{N}])[IVXLC]{1,9}(?![\p{L}\p{N}])/u;
/** A word for a street corner or a directions link text: rules that need no digit. */
const CORNER_OR_DIRECTIONS = new RegExp(
  `ecke|kreuzung|einmündung|abzweig|corner|finden|anfahrt|anreise|plan|route|karte|standort|weg|straße|strasse|allee|gasse|directions|find us|map|meets|höhe|junction|crossing| at \\p{Lu}|${[...MEETING_WORDS, ...MEETING_VERBS, ...MIDDLE_VERBS, 'trifft', 'mündet', 'stößt'].join('|')}`,
  'iu',
);

/** Street endings in a single word, for place names: "Musterweg" in "Celle, Musterweg". */
export function streetWord(text: string): string | undefined {
  for (const match of text.matchAll(/[\p{L}\p{M}]+\.?/gu)) {
    const word = match[0].toLowerCase();
    for (const suffix of STRICT_STREET_SUFFIXES) {
      if (suffix === 'str' ? word.endsWith('str.') : word.endsWith(suffix)) return match[0];
    }
  }
  return undefined;
}
