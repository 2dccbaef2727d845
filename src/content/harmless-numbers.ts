/**
 * The burden-reversing number rule of the shelter guard (issue 13 §1, session 9): in a Frauenhaus
 * entry and a translated help page, every number must stand in a form known to be harmless —
 * or it is refused. The street, postcode and coordinate rules (./location-finder.ts) know the
 * forms an address takes; this rule knows the forms a harmless number takes, so an address in a
 * form nobody thought of (`Am Bahnhof 5`, `Mühlensteg 3`, `Musterweg 5 x klingeln`) is refused
 * all the same. A false refusal costs the editor a rephrase; a false pass can cost a life.
 *
 * What counts as a number: digits; German number words that `readable` leaves as words (one long
 * word: `zweineunzweizweieins`, `neunundzwanzigtausend…`; ordinals: `dreizehnte`); Roman numerals
 * where they can be a number (upper case after a capitalised word, any case after a street ending
 * or a house-number label: `Am Markt XII`, `Lindenallee xiii`); number words of the site's
 * languages (English, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic, Persian) after a
 * street ending, a street or house-number label or (unambiguous words only) a capitalised word.
 *
 * The harmless forms, one table (`HARMLESS` below documents each): times and time ranges, dates and
 * years, a count with its unit or counted noun, a number labelled by a numbered noun (`Raum 3`,
 * `Arbeitsgruppe 2`), legal references, identifiers after their label (IBAN, Postfach, VR), phone
 * numbers with area code, nationwide hotlines, ages and limits (`ab 18`). A number right after a
 * street ending, a house-number label or a postcode label is never harmless.
 *
 * Linear: the text is split once into tokens; each number looks a few tokens around it; the only
 * regular expressions are fixed strings and bounded classes; a word is read as a number word by a
 * segmentation over at most 100 letters.
 */
import { hasCode } from './code-units.ts';
import { isKnownPlace, isKnownPostcode } from './known-places.ts';
import { readAsText } from './look-alikes.ts';
import { numberWordValue } from './number-words.ts';
import { URL_IN_TEXT } from './place-links.ts';
import { harmlessKind, numberedHouse, type NumberRuleHelpers } from './harmless-kinds.ts';
import { NOT_STREET_COMPOUNDS, STREET_ENDINGS, streetEnding } from './street-words.ts';
import { DOTTED_LABEL_WORDS_AFTER, DOTTED_LABEL_WORDS_BEFORE, LEADING_STREET_TYPES, NAMED_STREET_LABEL_WORDS, STREET_LABEL_WORDS, TRAILING_STREET_TYPE_ABBREVIATIONS, TRAILING_STREET_TYPES } from './street-types.ts';

export interface StrayNumber {
  /** `number`: no harmless form; `coordinates`: a position written in words (`52 Grad 37 Minuten Nord`, MGRS). */
  kind: 'number' | 'coordinates';
  /** The number and the word before it, as read ("Bahnhof 5"). */
  text: string;
  /** Offset of `text` in the scanned text. */
  offset: number;
  /** `text` with the words around it, within its sentence and about 30 characters each side, so the editor finds it ("Eine Kollegin ist im 2. Ausbildungsjahr"). */
  context: string;
}

const words = (list: string) => readAsText(list.split(' ').flatMap((word) => romanianSpellings(word).flatMap(typedSpellings)));

/**
 * A word as it is also typed on a keyboard without its letters (outside tester, session 18): Polish
 * without diacritics ("dwanascie", "piec"), Ukrainian without the apostrophe ("пятнадцять").
 * Turkish is left as written: "dört" without its dots is the German "dort".
 */
function typedSpellings(word: string): string[] {
  const out = [word];
  if (/[ąćęłńśźż]/.test(word)) out.push(word.replace(/ą/g, 'a').replace(/ć/g, 'c').replace(/ę/g, 'e').replace(/ł/g, 'l').replace(/ń/g, 'n').replace(/ó/g, 'o').replace(/ś/g, 's').replace(/[źż]/g, 'z'));
  if (/\p{Script=Cyrillic}’/u.test(word)) out.push(word.replace(/’/g, ''));
  return out;
}

/**
 * A word as Romanian is also typed (outside tester, session 17: "numărul şapte" with the old cedilla
 * letters, "numarul sapte" without diacritics): ș/ț also as ş/ţ and as s/t, ă and â as a, î as i.
 * Words without these letters stay alone.
 */
function romanianSpellings(word: string): string[] {
  if (!/[șțşţăâî]/.test(word)) return [word];
  const cedilla = word.replace(/ș/g, 'ş').replace(/ț/g, 'ţ');
  const plain = word.replace(/[șş]/g, 's').replace(/[țţ]/g, 't').replace(/[ăâ]/g, 'a').replace(/î/g, 'i');
  return [word, cedilla, plain];
}

/**
 * Endings of nouns that label a number without naming a place (`Raum 3`, `Arbeitsgruppe 2`,
 * `Seminarreihe 2`, `Sprechstunde 2`, `Broschüre 3`, `Teil II`). Also used by the street rules: a
 * compound with such an ending is no street (`Zum Schutzkonzept 2`), the bare word `Reihe` stays one
 * (`Lange Reihe 12`). Transport (Linie, Gleis, Bus) is left out: it leads to a place.
 */
export const NUMBERED_NOUN_ENDINGS: readonly string[] = (
  'raum zimmer teil kapitel abschnitt seite gruppe reihe stunde broschüre band heft ausgabe auflage folge staffel modul kurs termin sitzung runde schritt stufe ' +
  'phase version level klasse jahrgang anlage anhang tabelle abbildung punkt frage aufgabe fall beispiel konzept programm projekt workshop seminar vortrag tagung grad ' +
  'fachtag konferenz woche top ziffer variante option fassung episode podcast flyer plakat video film dokument formular vorlage checkliste leitfaden handreichung ' +
  'baustein einheit lektion übung etappe welle säule ziel maßnahme empfehlung these kriterium rang etage stock stockwerk geschoss größe kategorie beratungsstelle ' +
  'gespräch lesung kontaktstelle frauenhaus schutzwohnung netzwerk arbeitskreis fortbildung schulung veranstaltung treffen abend modell studie bericht paket gesetz verordnung richtlinie aktionsplan ' +
  // Session 14 (outside tester): a day of a programme ("Tag 1: Ankommen"), English numbered nouns ("Chapter 4", "Rooms 1 to 6", "Step 2").
  'tag chapter chapters step steps room rooms page pages part parts section sections lesson lessons day days ' +
  // Session 13: a work shift ("Schicht 1", "Frühschicht 2").
  'schicht ' +
  // Session 17 (outside testers): "UN-Resolution 1325", "Covid-19", "Android 14", "Regel 1", "Übereinkommen Nr. 210".
  'resolution konvention covid android ios windows regel übereinkommen'
).split(' ');
const NUMBERED_NOUN_SET = new Set(NUMBERED_NOUN_ENDINGS);
const NUMBERED_BY_LAST = new Map<string, string[]>();
for (const ending of NUMBERED_NOUN_ENDINGS) NUMBERED_BY_LAST.set(ending.at(-1)!, [...(NUMBERED_BY_LAST.get(ending.at(-1)!) ?? []), ending]);

/** Answers of numberedNoun by word: asked for the word before every number, and words repeat (bounded). */
const numberedAnswers = new Map<string, boolean>();

/** Whether `word` (lower case) ends with a numbered noun; the bare word only when it is no street ending ("reihe" alone is `Lange Reihe`). */
export function numberedNoun(word: string): boolean {
  const known = numberedAnswers.get(word);
  if (known !== undefined) return known;
  const answer = isNumberedNoun(word);
  if (numberedAnswers.size >= 20_000) numberedAnswers.clear();
  numberedAnswers.set(word, answer);
  return answer;
}

function isNumberedNoun(word: string): boolean {
  if (NUMBERED_NOUN_SET.has(word)) return !streetEnding(word);
  for (const ending of NUMBERED_BY_LAST.get(word.at(-1) ?? '') ?? []) {
    if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
    if (!streetEnding(ending)) return true;
    // An ending that also ends streets ("-reihe": "Stechreihe 1" is a street) numbers only a series of
    // numbered things: "Seminarreihe 2", "Vortragsreihe 3", "Gesprächsreihe II".
    const stem = word.slice(0, -ending.length).replace(/s$/, '');
    return NUMBERED_NOUN_SET.has(stem) && !streetEnding(stem);
  }
  return false;
}

/**
 * Numbered-noun endings that also end street names ("Am Weinstock", "Auf der Sonnenseite", "An der
 * Wallanlage", "Zum Aussichtspunkt", "Am Frauenhaus"): a compound with one never labels a number,
 * the bare word only without a street preposition form before it.
 */
const STREET_LIKE_NUMBERED = words('stock stockwerk anlage seite punkt abend frauenhaus etage ziel säule welle treffen geschoss rang');
/** Whether `word` (lower case) is a numbered noun that also names a street after a preposition form ("Am Frauenhaus 5"). */
export function streetLikeNumbered(word: string): boolean {
  return STREET_LIKE_NUMBERED.has(word);
}
/** Bare numbered nouns that keep their reading after a preposition without article ("auf Seite 5", "im Raum 3", "in Anlage 2"). */
const TRUE_NUMBERED = words('raum zimmer teil kapitel abschnitt seite anlage anhang band heft ausgabe modul kurs termin sitzung phase klasse tabelle abbildung frage aufgabe ziffer lektion übung folge');

/** How the word before a number is introduced: by a preposition and an article ("An der", "Auf der"), a preposition alone ("Am", "auf"), or neither. */
export type PrepositionForm = 'article' | 'preposition' | 'none';

/**
 * Whether `word` (lower case) labels the number after it as a numbered noun in its context
 * (session 10): `form` is the preposition form before the word, `placeAfter` whether a place of the
 * table or a postcode follows the number ("Ostseite 4, Celle"). A street-like ending
 * (STREET_LIKE_NUMBERED) counts only as the bare word, and after a preposition form only a bare
 * word of TRUE_NUMBERED without article; other numbered nouns ("Arbeitsgruppe 2") name no street.
 */
export function numberedNounIn(word: string, form: PrepositionForm, placeAfter: boolean): boolean {
  if (placeAfter || !numberedNoun(word)) return false;
  let streetLike = '';
  for (const ending of STREET_LIKE_NUMBERED) if (word.endsWith(ending) && ending.length > streetLike.length) streetLike = ending;
  if (!streetLike) return true;
  if (word !== streetLike) return false;
  if (form === 'article') return false;
  return form === 'none' || TRUE_NUMBERED.has(word);
}

/** What a count is followed by: units, measures and counted nouns of every site language (lower case, as read). */
const UNITS = words(
  'uhr h std stunde stunden min minute minuten sek sekunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren jährige jährigen jährig mal x × ' +
  'prozent % € $ £ ‰ euro eur cent km m meter kilometer qm quadratmeter cm mm zentimeter millimeter kg kilo gramm liter kb mb gb mio millionen tausend mrd milliarden stück mon wo ' +
  'hours hour days day weeks week months month years year minutes languages language people women children times percent ' +
  'saat saatleri saatler saatlerinde gün gun hafta ay yıl yil yaş yaşına yaşında yaşındaki yaşından yaşa dakika dil dilde kişi kadın çocuk kez defa ' +
  'godzin godziny godzinę dni dzień tydzień tygodni tygodnie miesiąc miesiące miesięcy rok lat lata minut języki językach językami osób kobiet kobiety dzieci razy ' +
  'ore oră orele zile zi săptămâni luni ani minute limbi persoane femei copii ori ' +
  'час часа часов часів день дня дней днів днями неделю недели недель тижні тижнів месяц месяца месяцев місяців год года лет років ' +
  'минут минуты хвилин години годинами часами языках языков языками мовах мовами мов раз раза разів человек людей осіб женщин женщины жінок жінки детей дітей евро євро ' +
  'ساعة ساعات يوم أيام يوما يومًا أسبوع شهر سنة سنوات عاما عامًا عام دقيقة لغة لغات يورو ' +
  'ساعت روز هفته ماه سال دقیقه زبان نفر یورو',
);
/** Units that also read as a hint at a house ("5 x klingeln", "5 m hinter dem Tor"). */
const WEAK_UNITS = words('x × mal m');
/** Currencies written before their amount. */
const CURRENCY_WORDS = words('eur euro chf usd gbp');
/** An age before its number ("im Alter von 14"). */
const AGE_WORDS = words('alter alters lebensalter');
const AGE_LINKS = words('von bis zu ab');
/** Words of a frequency after "1x", "2 mal": "1x wöchentlich", "2x pro Woche". */
const FREQUENCIES = words('täglich wöchentlich monatlich jährlich halbjährlich vierteljährlich pro je im in am die');
/** Nouns after an ordinal that make it a date or a count of times, not a position ("zum dreizehnten Mal", "13. Mai"). */
const ORDINAL_NOUNS = words(
  'mal jahr jahres jahrhundert jahrestag geburtstag tag woche monat quartal auflage ausgabe sitzung fachtag treffen lebensjahr schuljahr klasse ' +
  'januar jänner februar märz april mai juni juli august september oktober november dezember jan feb mär mrz apr jun jul aug sep sept okt nov dez',
);
const MONTHS = words('januar jänner februar märz april mai juni juli august september oktober november dezember jan feb mär mrz apr jun jul aug sep sept okt nov dez');
/** Words after which a number is an age, a limit, a share or an estimate ("ab 18", "bis 14", "davon 2 für …", "(rund 55)", "ca. 40"). */
const LIMIT_WORDS = words('ab unter über bis zwischen mindestens höchstens maximal max. max min davon darunter rund etwa ca circa knapp insgesamt als einschließlich inklusive than ' +
  // English (session 14): "aged 18 to 65", "up to 6", "under 14".
  'to aged under over between about around approximately approx nearly ' +
  // Polish and Russian/Ukrainian (session 13): "do lat 14", "powyżej 18", "до 14 лет".
  'do powyżej poniżej ponad до після');
/** Weekdays, abbreviated and full: a time or time range right after one is a time ("Mo–Fr 9.00–12.00", "Do 14-18", "Mo 9.30"). */
const WEEKDAYS = words(
  'mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag montags dienstags mittwochs donnerstags freitags samstags sonnabends sonntags ' +
  'mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday',
);
/** A time or a time range: "9.30", "9:30", "9-12", "9.00–12.00" (hours, then minutes). */
const TIME_RUN = /^(\d{1,2})(?:[.:](\d{2}))?(?:[–-](\d{1,2})(?:[.:](\d{2}))?)?$/;
/** Floors after an ordinal ("im 1. OG", "im 2. Stock"): a floor alone names no house; with a street the street rules refuse it. */
const FLOOR_WORDS = words('og ug eg dg obergeschoss untergeschoss erdgeschoss dachgeschoss stock stockwerk etage geschoss');
/** Words of a house counted from a street ("das fünfte Haus links", "the fifth house on the left"). */
const HOUSE_WORDS = words('haus hauses gebäude eingang hauseingang tür haustür einfahrt tor house building door entrance gate');
/**
 * Ordinals of the site's other languages that count houses ("вулиця Шевченка, п’ятий будинок",
 * "Atatürk Caddesi, beşinci bina", "Strada Mare, casa a cincea", "الشارع الرئيسي، المبنى الخامس",
 * "خیابان اصلی، ساختمان پنجم": outside tester, session 17), in the forms a house word takes.
 */
const FOREIGN_ORDINALS = words(
  'перший другий третій четвертий п’ятий шостий сьомий восьмий дев’ятий десятий одинадцятий дванадцятий тринадцятий чотирнадцятий п’ятнадцятий шістнадцятий сімнадцятий вісімнадцятий дев’ятнадцятий двадцятий ' +
    'первый второй третий четвертый четвёртый пятый шестой седьмой восьмой девятый десятый одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый девятнадцатый двадцатый ' +
    'birinci ikinci üçüncü dördüncü beşinci altıncı yedinci sekizinci dokuzuncu onuncu yirminci ' +
    'pierwszy drugi trzeci czwarty piąty szósty siódmy ósmy dziewiąty dziesiąty jedenasty dwunasty trzynasty czternasty piętnasty szesnasty siedemnasty osiemnasty dziewiętnasty dwudziesty ' +
    'pierwszym drugim trzecim czwartym piątym szóstym siódmym ósmym dziewiątym dziesiątym ' +
    'primul prima doilea doua treilea treia patrulea patra cincilea cincea șaselea șasea șaptelea șaptea optulea opta nouălea noua zecelea zecea ' +
    'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة ' +
    'اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم ' +
    // Session 18 (outside tester): Romanian 11–20, Arabic 11th/21st, Persian "-th" of compounds ("بیست و یکم").
    'unsprezecea unsprezecelea douăsprezecea doisprezecelea treisprezecea treisprezecelea paisprezecea paisprezecelea cincisprezecea cincisprezecelea ' +
    'șaisprezecea șaisprezecelea șaptesprezecea șaptesprezecelea optsprezecea optsprezecelea nouăsprezecea nouăsprezecelea douăzecea douăzecilea ' +
    'الحادي الحادية العشرون والعشرون یکم ' +
    // The same ordinals in the cases a house word takes after a preposition ("в двенадцатом доме", "у п’ятому будинку", "w dwunastym domu").
    inflectedOrdinals(),
);
/**
 * Russian, Ukrainian and Polish ordinals 1–20 in their other cases (the nominatives are above):
 * "пятом", "пятого", "п’ятому", "dwunastym", "piątego" … Irregular "third" forms are written out.
 */
function inflectedOrdinals(): string {
  const russian = 'перв втор четверт четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат';
  const ukrainian = 'перш друг четверт п’ят шост сьом восьм дев’ят десят одинадцят дванадцят тринадцят чотирнадцят п’ятнадцят шістнадцят сімнадцят вісімнадцят дев’ятнадцят двадцят';
  const polish = 'pierwsz czwart piąt szóst siódm ósm dziewiąt dziesiąt jedenast dwunast trzynast czternast piętnast szesnast siedemnast osiemnast dziewiętnast dwudziest';
  const withEndings = (stems: string, endings: readonly string[]) => stems.split(' ').flatMap((stem) => endings.map((ending) => stem + ending)).join(' ');
  return [
    withEndings(russian, ['ом', 'ого', 'ому', 'ая', 'ую', 'ое', 'ым']),
    'третьем третьего третьему третья третью третье',
    withEndings(ukrainian, ['ому', 'ого', 'ім', 'а', 'у', 'е']),
    'третьому третього третім третя третю третє',
    withEndings(polish, ['ym', 'ego', 'ej', 'emu', 'a', 'e']),
    'drugim drugiego drugiej drugiemu druga drugie trzecim trzeciego trzeciej trzeciemu trzecia trzecie',
  ].join(' ');
}
/** House words of those languages ("будинок", "дом", "bina", "ev", "budynek", "casa", "المبنى", "ساختمان"). */
const FOREIGN_HOUSE_WORDS = words(
  'будинок будинку дім дом доме здание будівля bina binası binasi ev evi evin apartman apartmanı dom domu domem budynek budynku casa casă casei clădirea clădire clădirii bloc blocul ' +
    'المبنى مبنى المنزل منزل البيت بيت العمارة عمارة ساختمان خانه ' +
    // Session 18 (outside tester): Turkish locatives ("beşinci binada", "evde"), Persian with the ezafe ("خانهٔ پنجم", "خانه‌ی").
    'binada binasında binasinda binadayız evde evinde evdeyiz apartmanda خانهٔ خانه‌ی خانهی ساختمانِ здании зданию будівлі будівлю kamienica kamienicy kamienicę blok bloku',
);
/**
 * Two-word labels of a house number: a word for "number" beside a word for "house" ("номер
 * будинку", "numer domu", "kapı numarası", "رقم المنزل", "شماره خانه", "numărul casei", "house
 * number"; outside tester, session 18). A number word after them is a house number.
 */
// The house words above, and a door, a building and the genitive "дома" ("kapı numarası", "номер дома").
const HOUSE_NOUNS = new Set([...FOREIGN_HOUSE_WORDS, ...words('kapı kapi дома house building haus')]);
/** Words between such a label and its number: "the house number is twelve". */
const COPULAS = words('is ist are sind este jest');
/** Turkish house-number labels after their number ("on iki numarada", "5 numara"). */
const NUMBER_LABELS_AFTER = words('numara numarada numarası numaralı nolu');
/** Romanian "a"/"al" before an ordinal ("casa a cincea", "blocul al doilea"). */
const ORDINAL_ARTICLES = words('a al');

/** Directions after a counted house: "das fünfte Haus links", "the fifth house on the left". */
const DIRECTIONS = words('links rechts gegenüber left right opposite');
/** English ordinals of 1–12: like the German ones, a number where they count houses. */
const ENGLISH_ORDINALS = words(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth',
);
/**
 * Digits as words in the site's languages: five in a row are a postcode spelled out ("two nine two
 * two one", "iki dokuz iki iki bir", "два девять два два один", "dwa dziewięć dwa dwa jeden",
 * "doi nouă doi doi unu", "دو نه دو دو یک").
 */
const DIGIT_WORDS = words(
  'zero oh one two three four five six seven eight nine sıfır bir iki üç dört beş altı yedi sekiz dokuz ' +
    'ноль нуль один одна два две три четыре пять шесть семь восемь девять ' +
    'нуль один два три чотири п’ять шість сім вісім дев’ять ' +
    'jeden dwa trzy cztery pięć sześć siedem osiem dziewięć ' +
    'unu doi două trei patru cinci șase șapte opt nouă ' +
    'صفر واحد اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة ' +
    'یک دو سه چهار پنج شش هفت هشت نه',
);
/**
 * Words for a postcode in the site's languages other than German (PLZ and Postleitzahl are address
 * labels): a number in words after one is a postcode spelled out ("Индекс: двадцать девять тысяч
 * двести двадцать один", "kod pocztowy …", "posta kodu …", "cod poștal …", "کد پستی …").
 */
const POSTCODE_LABELS = words('индекс індекс pocztowy kodu poștal postal postcode zip البريدي پستی');
/** Words joining a leading street type to its name ("Rue de la Paix", "Via della Pace", "Calle del Sol"). */
/** Street types of LEADING_STREET_TYPES that are no German or English word in lower case ("place", "route", "via", "passage" are). */
const LOWER_CASE_STREET_TYPE_LIST = 'rue chemin impasse quai allée viale piazza piazzale vicolo calle avenida paseo camino carrera rua travessa praça praca strada bulevardul aleea șoseaua soseaua piața piata carrer avinguda passeig plaça';
const LOWER_CASE_STREET_TYPES = words(LOWER_CASE_STREET_TYPE_LIST);
const ROMANCE_LINKS = words('de du des la le les della delle dello del dei di da do dos das');
/** English words before a number that mark an English sentence ("at 13 Linden Foo in Celle", "Our address: 13 …"). */
const ENGLISH_CUES = words('at the is are our we us find located address flat apartment unit suite house refuge shelter live lives visit near on of to you your');
/** English words after a street name that end it: "13 Linden Foo in Celle", "… near the station". */
const ENGLISH_AFTER_STREET = words('in near at by');
/**
 * Nouns of the site's languages written in lower case that a number counts ("8 places for women", "7 rooms",
 * "У нас 8 мест", "Mamy 8 miejsc", "Avem 8 locuri", "لدينا 8 أماكن"), also when capitalised at an English
 * sentence end ("We have 8 Places."); units are in UNITS. Plurals only: "14 place de la Gare" is a street.
 */
const COUNTED_LOWER = words(
  'places beds rooms bedrooms flats apartments staff employees volunteers members counsellors counselors advisers advisors sessions calls cases families mothers girls boys kids nights residents ' +
  'yer yatak oda odamız kadına ساعته мест места місць кроватей ліжок комнат кімнат miejsc miejsca łóżek pokoi pokoje locuri paturi camere أماكن مكان أسرة غرف جای اتاق تخت ' +
    // Arabic with its accusative ending ("12 مكانًا"), session 14.
    'مكانًا مكانا سريرًا سريرا غرفة امرأة نساء طفلًا طفلا أطفال',
);
/** Labels of a language level ("Niveau A1 und A2", "Deutschkurs B1"): A1–C2 after them are levels. */
/** Labels of a paper size ("DIN A5", "Format A4", "paper size A4"). */
const PAPER_LABELS = words('din format papierformat größe size paper papier');
const LEVEL_LABELS = words('niveau sprachniveau level stufe sprachkurs deutschkurs deutschkurse sprachkurse kurs kurse kenntnisse deutschkenntnisse ger');
/** Place names that a shelter's title numbers ("Frauenhaus Celle 2"): the word before the place. */
const SHELTER_TITLE_WORDS = words('frauenhaus schutzwohnung schutzhaus frauenschutzhaus frauenschutzwohnung');
/** Hyphenated adjectives of a count ("14-tägig", "2-jährige", "3-fach"). */
const COUNT_ADJECTIVE = /^(?:tägig|wöchig|monatig|jährig|stündig|minütig|malig|fach|köpfig|teilig|sprachig|stöckig|zimmer)(?:e|en|er|es|em)?$/;
/** Labels of identifiers that are no address: bank, register and file numbers, a Postfach. */
const ID_LABELS = words('postfach pf iban bic blz konto kontonummer spendenkonto vr hrb hra az aktenzeichen steuernummer ust ustid isbn issn kw version v id iso din');
/** Legal references: the label before ("§ 238", "Art. 3", "Abs. 2") and the code after ("238 StGB", "SGB VIII"). */
// "Paragraf 238 StGB" as "§ 238 StGB" (outside tester, session 17).
// The article of a law in Turkish, Arabic and Persian too ("madde 1", "المادة 51", "ماده ۱": session 18).
const LEGAL_LABELS = words('§ §§ art artikel abs absatz satz ziff ziffer buchst lit nr s paragraf paragraph paragrafen paragraphen madde maddesi المادة للمادة مادة ماده');
// Also the Turkish word for an article after its number ("Yasası'nın 1. maddesine": outside tester, session 18).
const LAW_CODES = words('stgb sgb bgb gg famfg gewschg aufenthg stpo zpo owig gvg kjhg asylg asylblg istanbul-konvention nds ndsgvo dsgvo bdsg maddesi maddesine maddesinde maddeye');
/** Labels that make the number after them a phone number. */
const PHONE_LABELS = words('tel telefon telefonnummer fax mobil handy hotline durchwahl notruf rufnummer phone call arayın ara телефон');
/** Labels after which no number is harmless: a house number, a postcode. */
// Romanian "numărul"/"număr" and "casa" (outside tester, session 17: "Hauptstraße numărul doisprezece").
const ADDRESS_LABELS = words(
  'numerem номером numerze nr no nummer hausnr hausnummer hnr haus number numara nomer numer d dom plz postleitzahl پلاک رقم número numero numéro nº будинок буд строение корпус المبنى مبنى شماره house număr numar numărul numarul casa',
);
/**
 * The labels of ADDRESS_LABELS that say "number" in the site's languages, not "house": before a nationwide hotline they
 * are the phone number's ("Nummer 116 016", "numer 116 016", "numărul 112", "number 110", "شماره ۱۱۰": outside tester, session 18).
 */
const NUMBER_NOUNS = words('nummer number numer numerem numerze număr numar numărul numarul numara nomer номером شماره رقم');
/** The words for "number" of a two-word house-number label (HOUSE_NOUNS): NUMBER_NOUNS and the Turkish possessive ("kapı numarası"). */
const HOUSE_NUMBER_NOUNS = new Set([...NUMBER_NOUNS, ...words('numarası numarasi')]);
/** Street labels of the site's languages (no capitals in Arabic script): a number word after them is a house number. */
// Also in the cases a preposition takes ("przy ulicy Lipowej", "Ihlamur Sokağındaki": session 18).
const STREET_LABELS = words(
  'ul ulica ulicy ulicą wul uliza street road avenue lane sokak sokağı sokağında sokağındaki sokakta cad caddesi cadde caddesinde caddesindeki strada شارع الشارع طريق الطريق خیابان کوچه بلوار',
);
/** Words after a number that make it a position: "52 Grad 37 Minuten Nord". */
const COORDINATE_WORDS = words('grad breitengrad längengrad breite länge latitude longitude lat lon lng nord ost north east');
/** The short labels of COORDINATE_WORDS that are words of their own elsewhere (Polish "lat": years). */
const SHORT_COORDINATE_LABELS = words('lat lon lng');
/** A number before "Grad" is a position ("52 Grad"). Tables are made once: a table made per number cost a twentieth of the rule (session 16). */
const DEGREE_WORDS = words('grad');
/** Capitalised words that are never a counted noun: a building, a door, a number's label. */
const NOT_COUNTED = words('haus hausnummer gebäude eingang hauseingang tür einfahrt tor nummer nr no');
/** Function words that are no counted noun even when capitalised at a sentence start. */
const FUNCTION_WORDS = words(
  'der die das den dem des ein eine einer eines einem einen und oder in im am an auf zum zur bei beim vor hinter neben über unter mit für von vom nach seit bis ab um aus ist sind es sie wir ich er',
);

/** Number words of the site's languages, as read. Ambiguous ones (an article, a preposition, "ich bin") only after a street ending or label. */
const FOREIGN_NUMBERS = words(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
  'iki üç dört beş altı yedi sekiz dokuz yirmi otuz kırk elli altmış yetmiş seksen doksan yüz ' +
  'два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок пятьдесят сто ' +
  'дві чотири п’ять шість сім вісім дев’ять десять одинадцять дванадцять тринадцять чотирнадцять п’ятнадцять шістнадцять сімнадцять вісімнадцять дев’ятнадцять двадцять тридцять ' +
  'dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści ' +
  'doi două trei patru cinci șase șapte nouă zece unsprezece doisprezece douăsprezece treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece douăzeci treizeci ' +
  // Arabic teens: "اثنا عشر", "اثنتا عشرة" (12, the first word in the nominative), session 17.
  // Session 18: the genitive and accusative of twelve ("اثني عشر", also written "اثنى").
  'اثنان اثنتان اثنا اثنتا اثنتي اثني اثنى اثنتى ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر عشرون ' +
  'چهار پنج شش هفت هشت یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست ' +
    // Hundreds and thousands: a postcode or house number written out ("двадцать девять тысяч двести двадцать один").
    'двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот тысяча тысячи тысяч шестьдесят семьдесят восемьдесят девяносто ' +
    'двісті триста чотириста п’ятсот шістсот сімсот вісімсот дев’ятсот тисяча тисячі тисяч сорок п’ятдесят шістдесят сімдесят вісімдесят дев’яносто ' +
    'dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset tysiąc tysiące tysięcy czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt ' +
    'sută suta sute mii mie patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci ' +
    'مائة مئة مئتان مائتان ألف آلاف ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون ' +
    'دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد هزار چهل پنجاه شصت هفتاد هشتاد نود',
);
/**
 * Number words that are also ordinary words, and number words of languages the site is not written in
 * but an editor may use (Spanish, Italian, French, Dutch, Portuguese; outside tester, session 13:
 * "Lindenallee número trece", "Lindenallee nummer dertien"): numbers only after a street, a label or
 * another number word. French 17–19 are two words joined by a hyphen ("dix-sept"): read as "dix", a number.
 */
const AMBIGUOUS_FOREIGN = words(
  // Session 17: "أحد عشر", "إحدى عشرة" (11), Romanian "o sută" (100) and German "Dutzend".
  // Session 18: "piec", Polish "pięć" typed without diacritics, is also "oven".
  'one bir on bin jeden unu un o opt один одна один واحد أحد احد إحدى احدى یک دو سه نه ده صد سی sto dutzend dozen дюжина дюжину tuzin tuzina piec ' +
    'uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho diecinueve veinte treinta ' +
    'due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta ' +
    'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente ' +
    'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig ' +
    'um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta',
);

/** German number words that `readable` leaves as words: parts of a long number or an ordinal. */
const GERMAN_PARTS = [
  'null', 'einhalb', 'eins', 'ein', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'fuenf', 'funf', 'sechs', 'sech', 'sieben', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwoelf', 'zwolf',
  'zwanzig', 'dreißig', 'dreissig', 'vierzig', 'fünfzig', 'fuenfzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'tausend', 'und', 'millionen', 'million',
];
const ORDINAL_ENDINGS = ['sten', 'ster', 'stes', 'stem', 'ste', 'ten', 'ter', 'tes', 'tem', 'te'];
/** Ordinals of 1–12 ("erste", "dritte", "achten"): everyday words, a number only after a street ending or house-number label. */
const SMALL_ORDINAL_STEMS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'fuenft', 'funft', 'sechst', 'siebt', 'siebent', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft', 'zwoelft', 'zwolft'];
const SMALL_ORDINAL = new RegExp(`^(?:${SMALL_ORDINAL_STEMS.join('|')})(?:e|en|er|es|em)$`);
/**
 * The first two letters of every German part and small-ordinal stem (each has three or more, and
 * a number word starts with one): a word starting otherwise is none, decided without the regex and
 * the segmentation — most words of a text (issue 13: the number rule's hottest loop).
 */
const NUMBER_WORD_STARTS = new Set([...GERMAN_PARTS, ...SMALL_ORDINAL_STEMS].map((part) => part.slice(0, 2)));

/** How `word` (lower case) reads as a German number word: 'long' (several parts), 'ordinal' (10 and up), 'small' (an ordinal 1–12), or undefined. */
export function germanNumberWord(word: string): 'long' | 'ordinal' | 'small' | undefined {
  if (word.length > 100 || word.length < 4 || !NUMBER_WORD_STARTS.has(word.slice(0, 2))) return undefined;
  if (SMALL_ORDINAL.test(word)) return 'small';
  for (const ending of ['', ...ORDINAL_ENDINGS]) {
    if (!word.endsWith(ending)) continue;
    const parts = segments(word.slice(0, word.length - ending.length));
    if (parts === undefined) continue;
    if (ending) return parts.some((part) => part !== 'ein' && part !== 'und') ? 'ordinal' : undefined;
    const numbers = parts.filter((part) => part !== 'und');
    if (numbers.length >= 2 && parts[0] !== 'und' && parts.at(-1) !== 'und') return 'long';
  }
  return undefined;
}

/** `stem` split into German number parts, or undefined (dynamic programming over positions: linear in the word's length). */
function segments(stem: string): string[] | undefined {
  if (!stem) return undefined;
  const from: (string | undefined)[] = new Array(stem.length + 1);
  from[0] = '';
  for (let at = 0; at < stem.length; at++) {
    if (from[at] === undefined) continue;
    for (const part of GERMAN_PARTS) if (from[at + part.length] === undefined && stem.startsWith(part, at)) from[at + part.length] = part;
  }
  if (from[stem.length] === undefined) return undefined;
  const parts: string[] = [];
  for (let at = stem.length; at > 0; at -= from[at]!.length) parts.unshift(from[at]!);
  return parts;
}

/** A Roman numeral of 1–399, upper case, and a house-number letter after it ("XIIIa"). */
const ROMAN = /^(C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))([a-h]?)$/;
const ROMAN_STARTS = 'CXLIVcxliv';
/** MGRS: zone, band, square and digits ("32UNC7300030000", "32U NC 73000 30000"). Bounded. */
const MGRS = /(?=\d)(?<![\p{L}\p{N}])\d{1,2}[C-HJ-NP-X] ?[A-HJ-NP-Z]{2} ?\d{2,5} ?\d{0,5}(?![\p{L}\p{N}])/gu;
/** E-mail addresses: judged by the link and address rules, their digits are no number of the text. Bounded. */
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}/gu;

/**
 * Whether an EMAIL match is an address: its domain has a dot and a last label that starts with a
 * letter (full stops after it end the sentence). "a@12" is none, and its number stays in the text
 * ("Hauptstraße a@12": outside tester, session 16). Checked by hand, not by a pattern: a pattern
 * demanding the dot would try again from every letter before a failed "@" (0.5 s on 1 MB).
 */
function isMailAddress(match: string): boolean {
  const at = match.indexOf('@');
  let end = match.length;
  while (end > at + 1 && match.charCodeAt(end - 1) === 46) end--;
  const dot = match.lastIndexOf('.', end - 1);
  return dot > at + 1 && dot < end - 1 && LETTER_START.test(match[dot + 1]!);
}
const LETTER_START = /^\p{L}/u;

// ── tokens ──────────────────────────────────────────────────────────────────────────────────

const WORD = 1;
const NUMBER = 2;
const PUNCT = 3;
const LETTER = /[\p{L}\p{M}’']/u;
/** `LETTER` of text[i], ASCII decided by its code (no letter or mark of Unicode is ASCII but a–z, A–Z); the regex only beyond. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return LETTER.test(text[i]!);
}

class Reader {
  // Typed arrays, filled to `count`: plain arrays grown by push cost a third of the rule on 1 MB (session 16).
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Per token: 1 a number (digits or a word read as one), 0 not. */
  readonly numeric: Uint8Array;
  private readonly lowers: (string | undefined)[] = [];
  /** Per token, once asked: 1 a word of an address (addressWord), 2 not. Ranges of hours look at the same 24 tokens again and again. */
  private addressWords: Uint8Array | undefined;

  /** Tokens of `text[from, to)`, offsets into all of `text`; `from` and `to` must not cut a token (numberFirstStreets cuts at spaces). */
  constructor(
    readonly text: string,
    from = 0,
    to = text.length,
  ) {
    const n = to;
    // At most one token per character; the views below end at the last token, so reads past it are undefined as before.
    const kind = new Uint8Array(Math.max(0, to - from));
    const start = new Int32Array(kind.length);
    const end = new Int32Array(kind.length);
    let count = 0;
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        continue;
      }
      let j = i + 1;
      let k = PUNCT;
      if (c >= 48 && c <= 57) {
        k = NUMBER;
        while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      } else if (c !== 39 && c !== 0x2019 && isLetter(text, i)) {
        k = WORD;
        while (j < n && isLetter(text, j)) j++;
      } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      kind[count] = k;
      start[count] = i;
      end[count] = j;
      count++;
      i = j;
    }
    this.kind = kind.subarray(0, count);
    this.start = start.subarray(0, count);
    this.end = end.subarray(0, count);
    this.numeric = new Uint8Array(count);
    for (let t = 0; t < count; t++) if (kind[t] === NUMBER) this.numeric[t] = 1;
  }

  get count(): number {
    return this.kind.length;
  }
  str(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }
  lower(i: number): string {
    if (i < 0 || i >= this.count) return '';
    return (this.lowers[i] ??= this.str(i).toLowerCase());
  }
  is(i: number, kind: number): boolean {
    return i >= 0 && i < this.count && this.kind[i] === kind;
  }
  punct(i: number, chars: string): boolean {
    if (!this.is(i, PUNCT)) return false;
    const start = this.start[i]!;
    return this.end[i]! - start === 1 ? hasCode(chars, this.text.charCodeAt(start)) : chars.includes(this.str(i));
  }
  attached(i: number): boolean {
    return i > 0 && i < this.count && this.start[i] === this.end[i - 1];
  }
  capitalised(i: number): boolean {
    if (!this.is(i, WORD)) return false;
    const first = this.text[this.start[i]!]!;
    return first !== first.toLowerCase();
  }
  word(i: number, set: ReadonlySet<string>): boolean {
    return this.is(i, WORD) && this.end[i]! - this.start[i]! <= 40 && set.has(this.lower(i));
  }
  /** `addressWord(this, i)`, remembered per token (`i` within the tokens). */
  addressWord(i: number): boolean {
    const known = (this.addressWords ??= new Uint8Array(this.count));
    if (known[i] === 0) known[i] = addressWord(this, i) ? 1 : 2;
    return known[i] === 1;
  }
}

// ── the rule ────────────────────────────────────────────────────────────────────────────────

/**
 * Numbers in `text` (readable text, see location-finder's `readable`) that stand in no harmless
 * form, in order, at most `limit`. URLs and e-mail addresses are left to the link rules.
 */
export function strayNumbers(text: string, limit = 10): StrayNumber[] {
  const out: StrayNumber[] = [];
  for (const match of text.matchAll(MGRS)) {
    if (/[A-Z]/.test(match[0]) && /\d{4}/.test(match[0])) out.push({ kind: 'coordinates', text: match[0], offset: match.index, context: contextOf(text, match.index, match.index + match[0].length) });
    if (out.length >= limit) return out;
  }
  const blank = (match: string) => ' '.repeat(match.length);
  const masked = text.includes('@') || text.includes('/') || text.includes('www.') ? text.replace(URL_IN_TEXT, blank).replace(EMAIL, (match) => (isMailAddress(match) ? blank(match) : match)) : text;
  // Most blocks of a long body hold no number at all: not tokenised (session 13, speed16).
  const possible = loneHighSurrogate(masked) ? undefined : possibleNumbers(masked, false);
  if (possible?.length === 0 && !/[0-9]/.test(masked)) return out;
  const r = new Reader(masked);
  markNumberWords(r, possible);
  let skipTo = -1;
  for (let i = 0; i < r.count && out.length < limit; i++) {
    if (!r.numeric[i] || i <= skipTo) continue;
    // A run: "12.03.2026", "9:00", "9–15", "05141/123456", "24/7", "on üç": parts joined without a space.
    let e = i;
    while (e + 2 < r.count && r.numeric[i] && r.punct(e + 1, '.,:/-–') && r.attached(e + 1) && r.attached(e + 2) && r.is(e + 2, NUMBER) && r.is(e, NUMBER)) e += 2;
    while (r.numeric[e + 1] && !r.is(e + 1, NUMBER) && !r.is(i, NUMBER)) e++;
    const verdict = judge(r, i, e);
    skipTo = typeof verdict === 'number' ? verdict : e;
    if (verdict === 'coordinates' || verdict === 'refuse') {
      const from = r.is(i - 1, WORD) ? i - 1 : i;
      // A position is quoted with what follows ("52 Grad 37 Minuten Nord").
      const to = verdict === 'coordinates' ? Math.min(e + 4, r.count - 1) : e;
      const quoted = r.text.slice(r.start[from], Math.min(r.end[to]!, r.start[from]! + 80));
      out.push({ kind: verdict === 'coordinates' ? 'coordinates' : 'number', text: quoted, offset: r.start[from]!, context: contextOf(r.text, r.start[from]!, r.start[from]! + quoted.length) });
    }
  }
  return out;
}

/** How far the context of a quoted number reaches on each side (characters). */
const CONTEXT = 30;

/** `text[from, to)` widened by up to CONTEXT characters each side to whole words, not past a sentence end. Bounded: at most 2 × CONTEXT + 40 steps. */
function contextOf(text: string, from: number, to: number): string {
  let a = from;
  let n = 0;
  for (; a > 0 && n < CONTEXT; n++) {
    if (/[.!?;\n]/.test(text[a - 1]!) && (a - 1 === 0 || text[a] === ' ')) break;
    a--;
  }
  // Cut by the length, not a sentence end: back to a whole word.
  if (n === CONTEXT) for (let k = 0; a > 0 && a < from && text[a - 1] !== ' ' && k < 20; k++) a++;
  let b = to;
  n = 0;
  for (; b < text.length && n < CONTEXT; n++) {
    if (/[!?;\n]/.test(text[b]!) || (text[b] === '.' && (b + 1 === text.length || text[b + 1] === ' ') && !/\d/.test(text[b - 1] ?? ''))) break;
    b++;
  }
  if (n === CONTEXT) for (let k = 0; b < text.length && b > to && text[b] !== ' ' && k < 20; k++) b--;
  return text.slice(a, b).trim();
}

/**
 * Marks words that read as numbers: long German number words and ordinals, Roman numerals and
 * foreign number words where they can be one. `possible`: the offsets of `possibleNumbers` in the
 * reader's text, when known.
 */
function markNumberWords(r: Reader, possible?: readonly number[]): void {
  // Words repeat: each read as a German number word once per text.
  const germanOf = new Map<string, ReturnType<typeof germanNumberWord>>();
  // Only words holding an offset of `possibleNumbers` can be marked: the others are passed over unread (session 13, speed16).
  let next = 0;
  for (let i = 0; i < r.count; i++) {
    if (possible) {
      while (next < possible.length && possible[next]! < r.start[i]!) next++;
      if (next >= possible.length) break;
      if (possible[next]! >= r.end[i]!) continue;
    }
    if (!r.is(i, WORD) || r.end[i]! - r.start[i]! > 100) continue;
    const lower = r.lower(i);
    let german = germanOf.get(lower);
    if (german === undefined && !germanOf.has(lower)) germanOf.set(lower, (german = germanNumberWord(lower)));
    // `streetOrLabelBefore` is looked at only for the few words that could be a number: most words are neither (issue 13).
    // "Am Anger, das fünfte Haus links", "the fifth house on the left": an ordinal counting houses from a street or with a direction.
    const counted = ((german === 'small' || ENGLISH_ORDINALS.has(lower)) && countsHouse(r, i)) || (FOREIGN_ORDINALS.has(lower) && (countsForeignHouse(r, i) || (streetOrLabelBefore(r, i) && !r.word(i - 1, FOREIGN_HOUSE_WORDS))));
    if (german === 'long' || german === 'ordinal' || (german === 'small' && (streetOrLabelBefore(r, i) || streetBeforeOrdinal(r, i))) || counted) {
      r.numeric[i] = 1;
      continue;
    }
    // Lower case: the whole word first ("cc" is 200), then with a house-number letter cut off ("xiiia").
    // A numeral starts with C, X, L, I or V in either case: other ASCII starts are passed over without upper-casing.
    const first = r.text.charCodeAt(r.start[i]!);
    const roman = first < 128 && !ROMAN_STARTS.includes(r.text[r.start[i]!]!) ? null : ROMAN.exec(r.str(i).toUpperCase() === r.str(i) ? r.str(i) : r.str(i).toUpperCase()) ?? ROMAN.exec(r.str(i).replace(/[a-h]$/, '').toUpperCase());
    if (roman && roman[1]) {
      const word = r.str(i);
      const upper = word.replace(/[a-h]$/, '') === word.replace(/[a-h]$/, '').toUpperCase();
      const long = roman[1].length >= 2;
      // A single lower-case letter is a word of its own ("numer i" is Polish for "number and").
      if ((streetOrLabelBefore(r, i) && (long || upper)) || (upper && long && r.capitalised(i - 1) && !r.attached(i))) {
        r.numeric[i] = 1;
        continue;
      }
    }
    // "two nine two two one", "iki dokuz iki iki bir": a postcode spelled digit by digit.
    if (DIGIT_WORDS.has(lower) && digitWordsFrom(r, i) >= 5) {
      for (let k = i; k < i + 5; k++) r.numeric[k] = 1;
      continue;
    }
    if (FOREIGN_NUMBERS.has(lower) || AMBIGUOUS_FOREIGN.has(lower)) {
      const previous = i - 1;
      // "fourteen Linden Close", "twenty two Market Square": a house number in words before a street.
      const nextAfter = FOREIGN_NUMBERS.has(r.lower(i + 1)) ? i + 2 : i + 1;
      if (streetAt(r, nextAfter, false) || englishAddress(r, i, nextAfter)) {
        r.numeric[i] = 1;
        continue;
      }
      // Turkish writes the label after the number: "on iki numarada", "beş numara".
      const nextWord = FOREIGN_NUMBERS.has(r.lower(i + 1)) ? i + 2 : i + 1;
      if (r.word(nextWord, NUMBER_LABELS_AFTER)) {
        for (let k = i; k < nextWord; k++) r.numeric[k] = 1;
        continue;
      }
      const afterNumber = r.numeric[previous] === 1 && !r.is(previous, NUMBER);
      // A word that is also an everyday word ("on") only after a street written as a name or a label: "sharing on iPhone" ends like "Wallring" (outside tester, session 18).
      const byStreet = streetOrLabelBefore(r, i) && (!AMBIGUOUS_FOREIGN.has(lower) || !englishGerund(r, r.punct(previous, ',.:') ? previous - 1 : previous));
      if (byStreet || houseNumberLabelBefore(r, i) || countedAfterLabel(r, i) || afterNumber || postcodeLabelBefore(r, i) || (!AMBIGUOUS_FOREIGN.has(lower) && (r.capitalised(previous) || (r.punct(previous, ',،–—-') && (r.capitalised(previous - 1) || streetishAt(r, previous - 1)))))) r.numeric[i] = 1;
      // "on üç", "двадцять п’ять": a number of two words starts with the first.
      // Romanian "o" ("a", "one": "o sută" is 100) only after a street or a label: "Avem o sută de locuri" is a count.
      else if (AMBIGUOUS_FOREIGN.has(lower) && FOREIGN_NUMBERS.has(r.lower(i + 1)) && r.is(i + 1, WORD) && (streetOrLabelBefore(r, i) || (r.capitalised(previous) && lower !== 'o'))) r.numeric[i] = 1;
    }
  }
}

/** Token k is an English word in -ing written in lower case ("sharing", "during"): it ends like a street in "-ring" ("Wallring") but has a vowel before it. */
function englishGerund(r: Reader, k: number): boolean {
  return r.is(k, WORD) && !r.capitalised(k) && /[aeiouy]ring$|[^r]ing$/.test(r.lower(k));
}

/**
 * A street in any site language ends within the three tokens before token s, over a comma, dash
 * or bracket ("Lindenallee, 12:30", "ul. Lipowa 12:00", "شارع ليندن 12:00–13:00": outside tester,
 * session 18).
 */
function streetNear(r: Reader, s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    if (r.is(k, PUNCT) && !r.punct(k, ',–—-(·')) return false;
    if (r.is(k, WORD) && (streetishAt(r, k) || streetOrLabelBefore(r, k + 1))) return true;
  }
  return false;
}

/** Words between the two times of a range ("10.00 bis 12.00") in the site's languages. */
const CLOCK_RANGE_WORDS = words('bis to until till do до по ila kadar la până pana تا الى إلى حتى');
const CLOCK = /^([01]?\d|2[0-4])([.:])([0-5]\d)(?:[–-]([01]?\d|2[0-4])([.:])([0-5]\d))?$/;

/** The run s…e is a time with minutes: h:mm, h:mm–h:mm, h.mm–h.mm, or h.mm with "bis" and another h.mm beside it. */
function clockWithMinutes(r: Reader, s: number, e: number, run: string): boolean {
  const match = CLOCK.exec(run);
  if (!match) return false;
  if (match[4] !== undefined) return match[2] === match[5];
  if (match[2] === ':') return true;
  // "10.00" alone is a price or a decimal; with "bis" and another one beside it, a time.
  const other = (k: number) => r.is(k, NUMBER) && /^\d{1,2}\.\d{2}$/.test(r.text.slice(r.start[k], r.end[k + 2] ?? r.end[k]));
  return (r.word(e + 1, CLOCK_RANGE_WORDS) && other(e + 2)) || (r.word(s - 1, CLOCK_RANGE_WORDS) && other(s - 4));
}

/** Words before a count word: "ein Dutzend", "ein halbes Dutzend". */
const COUNT_ARTICLES = words('ein eine einem einen halbes halbe halben a half');
/** A street or label before the count word i over one or two of COUNT_ARTICLES ("Hausnummer: ein halbes Dutzend": session 18). */
function countedAfterLabel(r: Reader, i: number): boolean {
  let k = i;
  for (let n = 0; n < 2 && r.word(k - 1, COUNT_ARTICLES); n++) k--;
  return k < i && streetOrLabelBefore(r, k);
}

/** A two-word house-number label (HOUSE_NOUNS and HOUSE_NUMBER_NOUNS in either order) ends right before token i, over a colon or "is". */
function houseNumberLabelBefore(r: Reader, i: number): boolean {
  let k = i - 1;
  if (r.punct(k, ':')) k--;
  if (r.word(k, COPULAS)) k--;
  return (r.word(k, HOUSE_NOUNS) && r.word(k - 1, HOUSE_NUMBER_NOUNS)) || (r.word(k, HOUSE_NUMBER_NOUNS) && r.word(k - 1, HOUSE_NOUNS));
}

/** Words between a street and a small ordinal that counts its houses: an article, "im", "am". */
const ORDINAL_LEADS = words('der die das dem den im am beim zum zur');

/** Whether `word` (lower case, as read) is a number or an ordinal in words of the site's languages, or a Roman numeral of two or more letters. */
function isNumberWord(word: string): boolean {
  if (word.length > 60) return false;
  if (numberWordValue(word) !== undefined || germanNumberWord(word) !== undefined) return true;
  if (FOREIGN_NUMBERS.has(word) || AMBIGUOUS_FOREIGN.has(word) || FOREIGN_ORDINALS.has(word) || ENGLISH_ORDINALS.has(word)) return true;
  return word.length >= 2 && /^[ivxlc]+$/.test(word) && ROMAN.test(word.toUpperCase());
}
/** Whether `word` (lower case) names a street by its ending or is a street label ("lindenallee", "hauptstr", "ulica"). */
function isStreetWord(word: string): boolean {
  return word.length <= 40 && ((Boolean(streetEnding(word)) && !numberedNoun(word) && !NOT_STREET_COMPOUNDS.has(word)) || STREET_LABELS.has(word));
}
/** Words between a street and its number in words: an article ("lindenallee/die-zwoelfte"). */
const MACHINE_LEADS = words('der die das dem den im am nr no');

/**
 * A URL's or e-mail address's words (`raw`, as typed: its capitals tell words run together apart)
 * with a house number in words as the digit 1, so that the street rules see it (outside tester,
 * session 18): "lindenallee_zwoelf@", "LindenalleeZwoelf@", "lindenalleezwoelf@", "lindenallee.xii@",
 * "lindenallee.twelve@", "/lindenallee/die-zwoelfte", "twelve.linden.close@". A number word counts
 * after a street word (over one article), and before a capitalised-looking pair in number-first
 * order; a street run together with a number word is split first. Undefined when nothing changes.
 */
export function spelledMachineWords(raw: string): string | undefined {
  if (raw.length > 2000) return undefined;
  const split = raw.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').replace(/[^\p{L}\p{M}\p{Nd}]+/gu, ' ').trim().toLowerCase().split(' ');
  // A street run together with its number word: "lindenalleezwoelf" → "lindenallee zwoelf".
  const tokens = split.flatMap((word) => {
    if (word.length > 60 || isStreetWord(word) || isNumberWord(word)) return [word];
    for (let at = 4; at <= word.length - 2; at++) if (isStreetWord(word.slice(0, at)) && isNumberWord(word.slice(at))) return [word.slice(0, at), word.slice(at)];
    return [word];
  });
  let changed = tokens.length !== split.length;
  const out: string[] = [];
  tokens.forEach((word, i) => {
    const lead = MACHINE_LEADS.has(tokens[i - 1] ?? '') && isStreetWord(tokens[i - 2] ?? '');
    // A street label, its name, the number: "ulica ogrodowa dwanascie", "strada teilor doisprezece".
    const street = isStreetWord(tokens[i - 1] ?? '') || lead || STREET_LABELS.has(tokens[i - 2] ?? '');
    // Number-first: "twelve linden close" (the number-first rule decides on the words after it).
    const first = i === 0 || !isNumberWord(tokens[i - 1] ?? '');
    if (!isNumberWord(word) || /^\d+$/.test(word) || (!street && !(first && !AMBIGUOUS_FOREIGN.has(word) && tokens[i + 2] !== undefined))) {
      out.push(word);
      return;
    }
    changed = true;
    // The article between goes: "lindenallee die zwoelfte" is read "lindenallee 1".
    if (lead) out.pop();
    out.push('1');
  });
  return changed ? out.join(' ') : undefined;
}

/**
 * A street (or a house-number label) before small ordinal i over a comma, dash or table bar and an
 * article: "Lindenallee, die zwölfte", "in der Lindenallee im zwölften", "Lindenallee – das fünfte
 * von links", "| Lindenallee | die Zwölfte |" (outside tester, session 18). Not over a sentence's
 * end: "… in der Hauptstraße. Die erste Beratung …" is a count.
 */
function streetBeforeOrdinal(r: Reader, i: number): boolean {
  let k = i - 1;
  if (r.word(k, ORDINAL_LEADS)) k--;
  if (r.punct(k, ',;:|–—-(')) k--;
  if (k === i - 1 || !r.is(k, WORD)) return false;
  const lower = withoutCaseEnding(r.lower(k));
  return germanStreetAt(r, k) || STREET_LABELS.has(lower) || ADDRESS_LABELS.has(lower);
}

/** Ordinal word i counts a house: a house word follows, and a direction or a street after it or a street-like name before it ("Am Anger, das fünfte Haus", "the fourteenth house in Linden Close"). */
function countsHouse(r: Reader, i: number): boolean {
  // "Unser Haus ist das zwölfte in der Lindenallee": the ordinal, a preposition and the street (outside tester, session 17).
  // A direction may stand between: "das dritte links in der Hauptstraße".
  const at = r.word(i + 1, DIRECTIONS) ? i + 2 : i + 1;
  if (r.word(at, PREPOSITIONS) && (germanStreetAt(r, at + 1) || (r.word(at + 1, ARTICLES) && germanStreetAt(r, at + 2)))) return true;
  if (!r.word(i + 1, HOUSE_WORDS)) return false;
  // "Das zwölfte Haus der Hauptstraße" (outside tester, session 17): a German street name after the house word, too.
  for (let k = i + 2; k <= i + 5 && k < r.count; k++) if (r.word(k, DIRECTIONS) || streetAt(r, k, false) || germanStreetAt(r, k)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (r.punct(k, '.!?')) return false;
    if (r.capitalised(k) && (r.word(k - 1, PREPOSITIONS) || streetOrLabelBefore(r, k + 1))) return true;
  }
  return false;
}

/**
 * Foreign ordinal i counts a house: a house word of FOREIGN_HOUSE_WORDS right after or before it
 * (over "a"/"al" in Romanian), and a street within six tokens ("вулиця Шевченка, п’ятий будинок",
 * "ساختمان پنجم" after "خیابان اصلی").
 */
function countsForeignHouse(r: Reader, i: number): boolean {
  const house = r.word(i + 1, FOREIGN_HOUSE_WORDS) ? i + 1 : r.word(i - 1, FOREIGN_HOUSE_WORDS) ? i - 1 : r.word(i - 1, ORDINAL_ARTICLES) && r.word(i - 2, FOREIGN_HOUSE_WORDS) ? i - 2 : -1;
  if (house < 0) return false;
  for (let k = Math.max(0, Math.min(i, house) - 6); k <= Math.max(i, house) + 6 && k < r.count; k++) if (k !== house && k !== i && streetishAt(r, k)) return true;
  return false;
}

/** Token k names a street in one of the site's languages: a German street name, a street label or type ("ul.", "caddesi", "strada", "شارع", "خیابان", "вулиця"). */
function streetishAt(r: Reader, k: number): boolean {
  if (!r.is(k, WORD) || r.end[k]! - r.start[k]! > 40) return false;
  const w = r.lower(k);
  if (germanStreetAt(r, k) || STREET_LABELS.has(w) || LOWER_CASE_STREET_TYPES.has(w) || SLAVIC_LABEL_STEMS.some((stem) => w.startsWith(stem))) return true;
  // Turkish suffixes after an apostrophe ("Caddesi'ndeki", "Lindenallee'deki").
  const stem = withoutCaseEnding(w);
  if (stem !== w && (STREET_LABELS.has(stem) || (r.capitalised(k) && Boolean(streetEnding(stem)) && !numberedNoun(stem)))) return true;
  return r.capitalised(k) && (TRAILING_STREET_TYPES.has(w) || LEADING_STREET_TYPES.has(w));
}

/** A word of a script without capitals (Arabic, Persian): its name cannot be told by a capital letter. */
function caseless(word: string): boolean {
  return word.toLowerCase() === word.toUpperCase();
}

/** A word without a Turkish case ending after an apostrophe ("Lindenallee’de", "Caddesi'ndeki": outside tester, session 17). */
function withoutCaseEnding(word: string): string {
  const at = word.search(/['’]/);
  return at > 0 ? word.slice(0, at) : word;
}

/** Token k is a capitalised German street name ("Hauptstraße", "Lindenweg"): a street ending, no numbered noun, no everyday compound. */
function germanStreetAt(r: Reader, k: number): boolean {
  if (!r.capitalised(k) || r.end[k]! - r.start[k]! > 40) return false;
  const lower = r.lower(k);
  return Boolean(streetEnding(lower)) && !numberedNoun(lower) && !NOT_STREET_COMPOUNDS.has(lower);
}

/** How many digit words (DIGIT_WORDS) stand in a row from token i, at most 5. */
function digitWordsFrom(r: Reader, i: number): number {
  let n = 0;
  while (n < 5 && r.word(i + n, DIGIT_WORDS)) n++;
  return n;
}

/**
 * A street starts at token k, right after a number (issue 13, number-first addresses): a street type
 * of ./street-types.ts, written out or abbreviated, after one or two capitalised words ("13 Linden
 * Close", "8 Market Square", "14 Old Mill Close", "14 Linden Cl."), a leading type before a name ("14 Rue de la Paix", "12 Via Roma"), or "The"
 * and a capitalised word ("4 The Green"; not after a year: "In 2019 The …").
 */
function streetAt(r: Reader, k: number, year: boolean): boolean {
  // "14 rue de la Paix", "14 strada Lalelelor": Romance street types are written in lower case, a link word or a name follows.
  if (r.word(k, LOWER_CASE_STREET_TYPES) && (r.word(k + 1, ROMANCE_LINKS) || r.capitalised(k + 1))) return true;
  if (!r.capitalised(k) || r.end[k]! - r.start[k]! > 40) return false;
  const first = r.lower(k);
  if (first === 'the') return !year && r.capitalised(k + 1);
  if (LEADING_STREET_TYPES.has(first) && (r.capitalised(k + 1) || r.word(k + 1, ROMANCE_LINKS))) return true;
  for (let j = k + 1; j <= k + 2; j++) {
    if (!r.capitalised(j)) return false;
    if (r.word(j, TRAILING_STREET_TYPES)) return true;
    // "14 Linden Cl.", "2 Oak St": abbreviated, never after a year ("seit 2019 Kita St. Marien": Sankt),
    // and "St." before a capitalised word that is no place is Sankt too ("2 Kirchengemeinden St. Johannis").
    if (!year && r.word(j, TRAILING_STREET_TYPE_ABBREVIATIONS) && !(r.lower(j) === 'st' && r.punct(j + 1, '.') && r.capitalised(j + 2) && !isPlace(r.str(j + 2)))) return true;
  }
  return false;
}

/**
 * In an English sentence, a number at s followed by one or two capitalised words that end the
 * phrase (a comma, a sentence end, "in"/"near", a place of the table) is a house number and a street
 * of any type ("at 13 Linden Foo in Celle"): English nouns are not capitalised, so no count; the
 * counted nouns of a title or a sentence end ("8 Places.", "24 Hours") stay counts.
 */
function englishAddress(r: Reader, s: number, k: number): boolean {
  if (!r.capitalised(k) || r.word(k, UNITS) || r.word(k, COUNTED_LOWER)) return false;
  let j = k + 1;
  if (r.capitalised(j) && !isPlace(r.str(j))) {
    if (r.word(j, UNITS) || r.word(j, COUNTED_LOWER)) return false;
    j++;
  }
  const ends = j >= r.count || r.punct(j, ',.;!?)') || r.word(j, ENGLISH_AFTER_STREET) || (r.capitalised(j) && isPlace(r.str(j)));
  if (!ends) return false;
  for (let b = s - 1; b >= 0 && b >= s - 8; b--) {
    if (r.punct(b, '.!?')) return false;
    if (r.word(b, ENGLISH_CUES)) return true;
  }
  return false;
}

/** Word i follows a word of POSTCODE_LABELS (a colon may stand between). */
function postcodeLabelBefore(r: Reader, i: number): boolean {
  const k = r.punct(i - 1, ':') ? i - 2 : i - 1;
  return r.word(k, POSTCODE_LABELS);
}

/** Word i follows a street ending, a street label or a house-number label (a comma or a full stop may stand between). */
function streetOrLabelBefore(r: Reader, i: number): boolean {
  let k = i - 1;
  // The Arabic comma too ("شارع الزيزفون، اثنا عشر": session 18).
  if (r.punct(k, ',.:،')) k--;
  if (!r.is(k, WORD)) return false;
  const lower = withoutCaseEnding(r.lower(k));
  if (lower.length > 40) return false;
  if (ADDRESS_LABELS.has(lower) || STREET_LABELS.has(lower)) return true;
  // A label one or two words back, with a name between ("ul. Główna", "strada Mihai Eminescu", "شارع الملك"): not "Strada nu este un loc" (outside tester, session 17).
  if ((STREET_LABELS.has(r.lower(k - 1)) || STREET_LABELS.has(r.lower(k - 2))) && (r.capitalised(k) || caseless(r.str(k)))) return r.is(k - 1, WORD) || r.is(k - 2, WORD);
  return Boolean(streetEnding(lower)) && !numberedNoun(lower);
}

/**
 * Signs that can stand around a number without being read as words or as a sentence's marks:
 * symbols (currency, maths, others) and other punctuation but the sentence and quotation marks,
 * slashes and the apostrophe.
 */
const SIGN = /^(?![.,;:!?'"‚„“”‘’«»‹›/\\…])[\p{S}\p{Po}]$/u;

/** A sign at token k (see SIGN). */
function isSign(r: Reader, k: number): boolean {
  return r.is(k, PUNCT) && SIGN.test(r.str(k));
}

/** Word k before the number run ending at e as a house-number label (`label`: "Nr", "Hausnummer"), a street label or ending (`street`), or neither. */
function houseNumberCue(r: Reader, k: number, e: number): 'label' | 'street' | undefined {
  const word = r.lower(k);
  if (ADDRESS_LABELS.has(word)) return 'label';
  return STREET_LABELS.has(word) || (streetEnding(word) && !numberedNounAt(r, k, e)) ? 'street' : undefined;
}

/** The number run s…e (with a house-number letter) has a sign right before and right after it, touching it ("$12$", "§12a§"). */
function wrappedBySigns(r: Reader, s: number, e: number): boolean {
  let after = e + 1;
  if (r.is(after, WORD) && r.attached(after) && r.end[after]! - r.start[after]! === 1) after++;
  return isSign(r, s - 1) && r.attached(s) && isSign(r, after) && r.attached(after);
}

/**
 * The word before up to three signs that end at token b (`b` itself a sign), over a full stop, a
 * colon or both attached to it, or undefined: "Hauptstraße" in "Hauptstraße $$12", "Hauptstr" in
 * "Hauptstr. $12$", "Nr" in "Nr. §12§".
 */
function wordBeforeSigns(r: Reader, b: number): number | undefined {
  let k = b;
  while (k > b - 3 && isSign(r, k)) k--;
  if (k === b) return undefined;
  // "Hauptstr. $12$", "Hauptstraße Nr.: $12$".
  if (r.punct(k, '.:') && r.attached(k)) k--;
  if (r.punct(k, '.:') && r.attached(k)) k--;
  return r.is(k, WORD) && r.end[k]! - r.start[k]! <= 40 ? k : undefined;
}

/** The verdict on the number run s…e: harmless (`ok`, or the last token it covers), `refuse` or `coordinates`. */
function judge(r: Reader, s: number, e: number): 'ok' | 'refuse' | 'coordinates' | number {
  const digits = r.is(s, NUMBER);
  const run = r.text.slice(r.start[s], r.end[e]);
  // The word before, over a full stop or colon ("Nr. 5", "Raum: 3", "Art. 3").
  let b = s - 1;
  if (r.punct(b, '.:') && r.attached(b)) b--;
  const before = r.is(b, WORD) ? r.lower(b) : r.is(b, PUNCT) ? r.str(b) : '';
  const next = e + 1;
  // A nationwide hotline after a word that is no street name ("Unter der Nummer 116 016", "Hilfetelefon unter 116016"); "An der Seite 110" is a house number.
  // With a letter attached it is a house number ("110a", "116 016b"), never a hotline.
  const hotlineAt = digits ? hotlineEnd(r, s, e) : undefined;
  const hotline = hotlineAt !== undefined && !(r.is(hotlineAt + 1, WORD) && r.attached(hotlineAt + 1)) ? hotlineAt : undefined;
  const hotlineHere = hotline !== undefined && (!r.capitalised(b) || NUMBER_NOUNS.has(before) || PHONE_LABELS.has(before) || FUNCTION_WORDS.has(before) || !streetLikeName(r, b, e));

  // Positions: "52 Grad 37 Minuten Nord", "Breitengrad 52.62".
  // "lat", "lon", "lng" only with a decimal: Polish "lat" is "years" ("18 lat", "do lat 14"; outside tester, session 13).
  const shortLabelOk = digits && /[.,]/.test(run);
  if (r.word(next, COORDINATE_WORDS) && (r.lower(next) !== 'nord' && r.lower(next) !== 'ost' ? true : r.is(s - 1, NUMBER)) && (shortLabelOk || !r.word(next, SHORT_COORDINATE_LABELS))) return 'coordinates';
  if (r.word(b, COORDINATE_WORDS) && !['nord', 'ost', 'north', 'east'].includes(before) && (shortLabelOk || !r.word(b, SHORT_COORDINATE_LABELS))) return 'coordinates';
  if (digits && r.word(next, DEGREE_WORDS)) return 'coordinates';
  if (digits && s !== e && disguisedPosition(r, s, e, run)) return 'coordinates';

  // Never harmless: right after a street ending, a house-number or postcode label, a street label.
  if (r.is(b, WORD) && before.length <= 40) {
    const legalChain = before === 'nr' && legalBefore(r, b);
    // A phone number after "Nummer" starts with its area code and goes on in another group ("Nummer: 05141 12345"; a house number never starts with 0).
    const phoneShaped = digits && /^0\d{2,5}$/.test(run) && r.is(e + 1, NUMBER) && !r.attached(e + 1);
    if (ADDRESS_LABELS.has(before) && !legalChain && !(NUMBER_NOUNS.has(before) && (r.word(b - 1, PHONE_LABELS) || hotlineHere || phoneShaped))) return numberedHouse(r, b, s, e) ? 'ok' : 'refuse';
    if (STREET_LABELS.has(before)) return 'refuse';
    if (streetEnding(before) && !numberedNounAt(r, b, e)) return 'refuse';
    // A street label one or two words back with its name between ("ul. Lipowa 12 kobiety", "Strada Teilor 12 euro"): no count is harmless there (session 18).
    if ((STREET_LABELS.has(r.lower(b - 1)) || STREET_LABELS.has(r.lower(b - 2))) && (r.capitalised(b) || caseless(r.str(b))) && streetOrLabelBefore(r, s)) return 'refuse';
  }
  // Nor when signs wrap the number right after the street: they hide nothing from a reader
  // ("Hauptstraße $12$", "Hauptstr. %12%", "Hauptstraße §12§": outside tester, session 16). Only
  // signs touching the number on both sides: a sign between words is a list mark or a separator
  // ("vor Ort · 24 Stunden", "Garten & 5 Zimmer", "Nummer +49 5141 …", "Kitaplatz § 24 SGB VIII").
  const signed = wrappedBySigns(r, s, e) ? wordBeforeSigns(r, b) : undefined;
  if (signed !== undefined) {
    const cue = houseNumberCue(r, signed, e);
    if (cue === 'label' && !(r.lower(signed) === 'nr' && legalBefore(r, signed))) return numberedHouse(r, signed, s, e) ? 'ok' : 'refuse';
    if (cue === 'street') return 'refuse';
  }
  // A percentage written before its number, as Turkish and Arabic do ("%30'u", "نحو %30"; the
  // page shows a percent-escape as typed), is a share (below), but not after a street or its
  // label ("Hauptstraße %44"; third outside tester, session 16).
  const percentBefore = digits && r.punct(s - 1, '%') && r.attached(s);
  const beforePercent = percentBefore ? wordBeforeSigns(r, s - 1) : undefined;
  if (beforePercent !== undefined && houseNumberCue(r, beforePercent, e) !== undefined) return 'refuse';
  // Before a street of a number-first language ("13 Linden Close", "14 Rue de la Paix", "at 13 Linden Foo in Celle") no count is harmless.
  if (!digits || /^\d{1,4}(?:[–-]\d{1,4})?$/.test(run)) {
    if (streetAt(r, next, /^(?:19|20)\d{2}$/.test(run)) || englishAddress(r, s, next)) return 'refuse';
  }
  // Five digit words in a row are a postcode ("two nine two two one").
  if (!digits && e - s >= 4 && digitWordsFrom(r, s) >= 5) return 'refuse';
  // After a street form with preposition and article ("An der Kirche 5 Tage", "Unter den Linden 5 Tage") no count is harmless.
  if (r.capitalised(b) && r.word(b - 1, ARTICLES) && r.word(b - 2, PREPOSITIONS) && !numberedNounAt(r, b, e) && !isPlace(r.str(b)) && !FUNCTION_WORDS.has(before) && !PHONE_LABELS.has(before) && !(NUMBER_NOUNS.has(before) && hotlineHere)) return 'refuse';
  if (hotlineHere) return hotline;
  // A range of hours with words near a word of an address is house numbers ("Lindenweg; von 9 bis 11").
  if (digits && rangeNearAddress(r, s, e, b)) return 'refuse';
  // Kinds found by the outside tester of session 14 (./harmless-kinds.ts): dates with spaces, norms, file numbers, steps, counts among counts …
  // A time with minutes, alone with a colon or as a range ("9:00–13:00", "10.00 bis 12.00"): no house number looks so (outside tester, session 18).
  if (digits && clockWithMinutes(r, s, e, run)) return streetNear(r, s) ? 'refuse' : 'ok';
  const kind = harmlessKind(r, s, e, run, b, KIND_HELPERS);
  if (kind !== undefined) return kind;
  // After a capitalised unknown word (a street name like "Lindenhain") a weak or ambiguous form is no count: "24/7", "115", "5 Min.", "5 km", "5 %", "5 StGB"; nor a limit ("Lindenhain ab 18").
  if (digits && streetLikeName(r, b, e) && (run === '24/7' || run === '7/24' || run === '115' || r.word(next, AMBIGUOUS_UNITS) || r.punct(next, '%') || r.word(next, LAW_CODES))) return 'refuse';
  // A strong unit after the limit makes it a count ("in der Regel max. 6 Mon."); a phone number starts with 0.
  const strongUnit = unitAfter(r, e) && !r.word(next, AMBIGUOUS_UNITS);
  if (digits && !run.startsWith('0') && !strongUnit && r.word(b, LIMIT_WORDS) && streetLikeName(r, b - 1, e) && !r.word(b - 1, PEOPLE)) return 'refuse';
  // Five digits before a place of the table are a postcode whatever the label ("Tel. 29221 Celle", "IBAN 29221 Celle").
  if (digits && /^[1-9]\d{4}$/.test(run) && r.is(next, WORD) && r.capitalised(next) && isPlace(r.str(next))) return 'refuse';
  if (run === '0' || percentBefore) return 'ok';

  // A legal reference right after a street or house-number label needs its law or its next part
  // ("Kitaplatz § 24 SGB VIII"): "Hauptstraße § 12", "Hauptstraße Paragraf 12" are house numbers (session 17).
  const legalAfterStreet = (label: number) => streetOrLabelBefore(r, label) && !r.word(next, LAW_CODES) && !r.word(next, LEGAL_LABELS) && !(r.punct(next, '.') && r.attached(next) && r.word(next + 1, LAW_CODES));
  // A numbered noun joined by a hyphen ("Covid-19", "Phase-2"; outside tester, session 17).
  if (digits && r.punct(b, '-') && r.attached(b) && r.attached(s) && r.is(b - 1, WORD) && r.end[b - 1]! - r.start[b - 1]! <= 40 && numberedNounAt(r, b - 1, e) && !streetOrLabelBefore(r, b - 1)) return 'ok';
  // A label before: a numbered noun, a legal reference, an identifier.
  if (r.is(b, WORD) && before.length <= 40) {
    // An IBAN starts with its country code ("IBAN DE02 …", below); bare digits after it are no IBAN.
    const legal = LEGAL_LABELS.has(before) && (before !== 's' || r.punct(b + 1, '.')) && (before !== 'nr' || legalBefore(r, b)) && !legalAfterStreet(b);
    if (numberedNounAt(r, b, e) || idLabel(before) || (ID_LABELS.has(before) && before !== 'iban') || legal) return skipIdentifier(r, e, before);
    if (LAW_CODES.has(before)) return 'ok';
  }
  if (r.punct(b, '§') && !legalAfterStreet(b)) return 'ok';
  // An amount after its currency ("€ 14,60", "EUR 14,60", "€5": outside tester, session 17), not after a street ("Hauptstraße €5").
  if (digits && (r.punct(b, '€$£') || r.word(b, CURRENCY_WORDS)) && !streetOrLabelBefore(r, b)) return 'ok';
  // An age: "bis zum Alter von 14", "im Alter 3 bis 6" (outside tester, session 17).
  if (digits && (r.word(b, AGE_WORDS) || (r.word(b, AGE_LINKS) && r.word(b - 1, AGE_WORDS))) && !streetOrLabelBefore(r, b)) return 'ok';
  // "Mitgliedsnummer beim Paritätischen: 4711": an identifier's label a few words before the colon.
  if (r.punct(s - 1, ':')) for (let k = s - 2; k >= 0 && k >= s - 5; k--) if (r.is(k, WORD) && idLabel(r.lower(k))) return 'ok';
  // "IBAN DE02 1203 …": a country code attached to the digits, the label before it.
  if (r.attached(s) && r.is(s - 1, WORD) && r.word(s - 2, ID_LABELS)) return skipIdentifier(r, e, r.lower(s - 2));
  // … also over a colon ("IBAN: DE12 2505 …", "Spendenkonto: DE12 …": outside tester, session 18).
  if (r.attached(s) && r.is(s - 1, WORD) && r.punct(s - 2, ':') && r.word(s - 3, ID_LABELS)) return skipIdentifier(r, e, r.lower(s - 3) === 'spendenkonto' ? 'iban' : r.lower(s - 3));
  // A weak unit ("x", "mal", "m") after a capitalised name hides a house number ("Am Rain 5 x klingeln"); after a numbered noun it is a count.
  // A frequency after it is a count ("Termine: 1x wöchentlich", outside tester, session 17), unless a street stands before.
  if (r.capitalised(b) && !numberedNounAt(r, b, e) && r.word(next, WEAK_UNITS) && !(r.word(next + 1, FREQUENCIES) && !streetOrLabelBefore(r, s))) return 'refuse';
  if (r.word(next, LAW_CODES) || (r.punct(next, '.') && r.attached(next) && r.word(next + 1, LAW_CODES))) return 'ok';
  // A Roman numeral or number word after a place name is part of a name ("Frauenhaus Celle II").
  if (!digits && r.capitalised(s - 1) && (isPlace(r.str(s - 1)) || r.lower(s - 1) === 'frauenhaus')) return 'ok';
  // "Frauenhaus Celle 2": a shelter numbered after its place (no street word, so no house number); one or two digits only.
  if (digits && s === e && run.length <= 2 && r.capitalised(s - 1) && !r.attached(s) && !r.attached(e + 1) && isPlace(r.str(s - 1)) && r.word(s - 2, SHELTER_TITLE_WORDS)) return 'ok';

  if (digits) {
    // Hotlines: 110, 112, 115, 116 xxx, 08000 116 016.
    const lettered = r.is(next, WORD) && r.attached(next); // "112a" is a house number
    if (hotline !== undefined && !lettered) return hotline;
    // A phone number: a leading 0 or +, or a phone label before; its groups go with it.
    const plus = r.punct(s - 1, '+') || (run.startsWith('00') && run.length <= 4);
    // A phone label alone makes no phone number: it needs an area code (0…, +…); a Durchwahl is the extension.
    if ((run.startsWith('0') && run.length >= 3) || plus || before === 'durchwahl' || (r.punct(s - 1, '(') && run.startsWith('0'))) return phoneEnd(r, e);
    // Times: "9:00", "14.30 Uhr", "24/7"; dates: "12.03.2026", "2026-05-27", "13. Mai"; years.
    if (run === '24/7' || run === '7/24') return 'ok';
    if (r.word(b, WEEKDAYS) && timeRun(run)) return 'ok';
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(run) && Number(run.split(':')[0]) <= 24) return 'ok';
    if (/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$/.test(run) || /^\d{4}-\d{2}-\d{2}$/.test(run) || /^\d{1,2}\.\d{1,2}$/.test(run) && r.punct(next, '.') && r.attached(next)) return 'ok';
    if (/^(?:19|20)\d{2}(?:[/–-](?:19|20)?\d{2})?$/.test(run)) return 'ok';
    if (r.punct(next, '.') && r.attached(next) && r.word(next + 1, MONTHS)) return 'ok';
    if (r.word(b, MONTHS)) return 'ok';
    if (/^\d{1,2}[–-]\d{1,2}$/.test(run) && (unitAfter(r, e) || r.punct(next, '.'))) return 'ok';
    // An ordinal in digits ("zum 3. Mal", "2. Auflage").
    if (r.punct(next, '.') && r.attached(next) && r.word(next + 1, ORDINAL_NOUNS)) return 'ok';
    // An ordinal before a noun ("im 1. Halbjahr", "Jede 3. Frau", "am 3. Mittwoch", "im 1. OG"), not after a street-like name ("Am Anger 3. Stock").
    if (run.length <= 3 && r.punct(next, '.') && r.attached(next) && !r.attached(next + 1) && ordinalNoun(r, next + 1) && !streetLikeName(r, b, e)) return 'ok';
    // A list of ordinals before their noun ("jeden 1. und 3. Montag", "die 1., 2. und 3. Klasse", "1. bis 4. Klasse": outside tester, session 17).
    if (run.length <= 3 && r.punct(next, '.') && r.attached(next) && !streetLikeName(r, b, e)) {
      let k = next + 1;
      for (let hops = 0; hops < 4; hops++) {
        // "9. bzw. 10. Klasse": an abbreviated joint with its full stop.
        const joint = r.word(k, RANGE_WORDS) && r.punct(k + 1, '.') && r.attached(k + 1) ? k + 1 : k;
        if (!(r.punct(k, ',–-') || r.word(k, RANGE_WORDS)) || !r.is(joint + 1, NUMBER) || r.end[joint + 1]! - r.start[joint + 1]! > 3 || !r.punct(joint + 2, '.') || !r.attached(joint + 2)) break;
        k = joint + 3;
      }
      if (k > next + 1 && !r.attached(k) && (ordinalNoun(r, k) || r.word(k, ORDINAL_NOUNS))) return 'ok';
    }
  }
  if (digits && harmlessCode(r, s, e, run, b, next)) return 'ok';
  if (elidedCount(r, s, e)) return 'ok';
  // A count with its unit or counted noun ("12 Plätze", "5 weitere Frauen", "3–4 Personen", "9 bis 15 Uhr").
  if (unitAfter(r, e)) return 'ok';
  // A share or limit after a street and a comma is a house number ("Am Markt, davon 2", "Musterweg, rund 5").
  if (r.word(b, LIMIT_WORDS) && r.punct(b - 1, ',') && r.is(b - 2, WORD) && ((r.end[b - 2]! - r.start[b - 2]! <= 40 && streetEnding(r.lower(b - 2)) && !numberedNoun(r.lower(b - 2))) || r.word(b - 3, PREPOSITIONS) || (r.word(b - 3, ARTICLES) && r.word(b - 4, PREPOSITIONS)))) return 'refuse';
  // So is one right after a street name ("Musterweg rund 5"), but not after a figurative way as a noun ("auf dem Heimweg ab 18") or a noun after a preposition ("im Jahr rund 40").
  if (r.word(b, LIMIT_WORDS) && r.is(b - 1, WORD) && r.end[b - 1]! - r.start[b - 1]! <= 40 && streetEnding(r.lower(b - 1)) && !numberedNoun(r.lower(b - 1)) && !(r.word(b - 2, ARTICLES) && NOT_STREET_COMPOUNDS.has(r.lower(b - 1)))) return 'refuse';
  // Ages and limits: "ab 18", "bis 14", "unter 27"; a unit between ("do lat 14": Polish, up to 14 years).
  if (digits && r.word(b, LIMIT_WORDS) && Number(run) <= 120) return 'ok';
  if (digits && r.word(b, UNITS) && r.word(b - 1, LIMIT_WORDS) && Number(run) <= 120 && !(r.is(next, WORD) && r.attached(next))) return 'ok';
  return 'refuse';
}

/**
 * Words that open a range of hours in the site's languages, as read (Cyrillic also transliterated):
 * "von 9 bis 16", "from 9 to 5", "с 9 до 18" (s), "з 9 до 18" (z), "od 9 do 16", "از ۹ تا ۱۶",
 * "من 9 إلى 16"; Romanian "de la 9 la 16" is "la" after "de".
 */
const RANGE_FROM = words('von from s z od с з از من');
/** Labels of a clock time before a range: "Saat 9 ile 16", "orele 9 la 16", "ساعت ۹ تا ۱۶", "godz. 9 do 16", "Sprechzeiten von 9 bis 16". */
const CLOCK_LABELS = words('saat orele ora godz godzina godziny ساعت uhrzeit sprechzeit sprechzeiten öffnungszeiten');
/** Words that close such a range: "bis", "to", "do"/"до", "la", "ile", "تا", "إلى". */
const RANGE_TO = words('bis to do до la ile تا إلى');
/** Street labels and types of every site language, as the Reader spells them (./street-types.ts). */
const NEAR_STREET_LABELS = readAsText([...STREET_LABEL_WORDS, ...NAMED_STREET_LABEL_WORDS]);
const NEAR_DOTTED_LABELS = readAsText([...DOTTED_LABEL_WORDS_BEFORE, ...DOTTED_LABEL_WORDS_AFTER]);
/** Stems of street labels that Slavic grammar inflects, as read (улица, улице, улицы; вулиця, вулиці; ulica, ulicy; the English spelling "ulitsa"). */
const SLAVIC_LABEL_STEMS = ['uliz', 'wuliz', 'ulic', 'ulits', 'prospekt', 'pereul', 'prowul', 'bulwar', 'ploschtsch', 'nabereschn', 'schosse', 'aleja', 'alej', 'osiedl'];
/** How far around a range the address check looks, in tokens of the same block, across sentence ends ("Lindenweg. Von 9 bis 11"). */
const RANGE_CONTEXT = 24;

/** The hour of a time run ("9", "09", "9.30", "9:30"), if it is one (0–24). */
function hourOf(run: string): number | undefined {
  const m = /^(\d{1,2})(?:[.:]\d{2})?$/.exec(run);
  return m && Number(m[1]) <= 24 ? Number(m[1]) : undefined;
}

/**
 * Whether token k is a word of an address: a street ending (not a compound that is no street, not a
 * numbered noun), a street label or type of any site language (inflected Slavic labels and "пр-т"
 * included; a type only capitalised, an abbreviated one only after a name, a dotted label only with
 * its full stop), a house-number label (ADDRESS_LABELS, NOT_COUNTED), or a postcode of the table.
 */
function addressWord(r: Reader, k: number): boolean {
  if (r.is(k, NUMBER)) return /^\d{5}$/.test(r.str(k)) && isKnownPostcode(r.str(k));
  if (!r.is(k, WORD)) return false;
  const w = r.lower(k);
  if (w.length > 40) return true;
  if (streetEnding(w) && !NOT_STREET_COMPOUNDS.has(w) && !numberedNoun(w)) return true;
  if (ADDRESS_LABELS.has(w) || STREET_LABELS.has(w) || NOT_COUNTED.has(w) || NEAR_STREET_LABELS.has(w)) return true;
  if (NEAR_DOTTED_LABELS.has(w) && r.punct(k + 1, '.') && r.attached(k + 1)) return true;
  if (SLAVIC_LABEL_STEMS.some((stem) => w.startsWith(stem))) return true;
  if (w === 't' && r.punct(k - 1, '-') && r.lower(k - 2) === 'pr') return true;
  if (r.capitalised(k) && (TRAILING_STREET_TYPES.has(w) || LEADING_STREET_TYPES.has(w))) return true;
  // An abbreviated type only after a name ("Linden Cl", "Oak St"): "Пн–Пт" (Mon–Fri) is read "Pn–Pt".
  return r.capitalised(k) && TRAILING_STREET_TYPE_ABBREVIATIONS.has(w) && r.capitalised(k - 1) && !r.attached(k);
}

/**
 * A range of two hours written with words ("von 9 bis 11", "с 9 до 11", "od 9 do 11", "de la 9 la
 * 11", "Saat 9 ile 11", "Mo 9 bis 11") near a word of an address, in the RANGE_CONTEXT tokens before
 * or after it: house numbers ("Lindenweg; von 9 bis 11", "Wir sind von 9 bis 11 im Lindenweg", "ул.
 * Ленина, дом с 9 до 11"), refused even where "von" would make a count. A unit after the range
 * ("von 9 bis 11 Uhr") leaves it to the other rules. The range alone is not made harmless: outside
 * testers 19 and 20 found that no list of street words of nine languages is complete (docs/safety.md).
 */
function rangeNearAddress(r: Reader, s: number, e: number, b: number): boolean {
  const from = hourOf(r.text.slice(r.start[s], r.end[e]));
  if (from === undefined || !r.is(b, WORD)) return false;
  const romanian = r.lower(b) === 'la' && r.lower(b - 1) === 'de';
  if (!(r.word(b, RANGE_FROM) || r.word(b, CLOCK_LABELS) || r.word(b, WEEKDAYS) || romanian)) return false;
  const to = e + 1;
  if (!r.word(to, RANGE_TO) || !r.is(to + 1, NUMBER) || r.attached(to + 1)) return false;
  let last = to + 1;
  // "bis 16.30", "до 18:00": minutes attached to the second hour.
  if (r.punct(last + 1, '.:') && r.attached(last + 1) && r.is(last + 2, NUMBER) && r.attached(last + 2) && r.str(last + 2).length === 2) last += 2;
  if (hourOf(r.text.slice(r.start[to + 1], r.end[last])) === undefined || unitAfter(r, last)) return false;
  for (let k = b; k >= 0 && k >= b - RANGE_CONTEXT; k--) if (r.addressWord(k)) return true;
  for (let k = last + 1; k < r.count && k <= last + RANGE_CONTEXT; k++) if (r.addressWord(k)) return true;
  return false;
}

/** What ./harmless-kinds.ts borrows of this rule (one object, no closure per number). */
const KIND_HELPERS: NumberRuleHelpers = { unitAfter: (r, e) => unitAfter(r as Reader, e), streetLikeName: (r, b, e) => streetLikeName(r as Reader, b, e) };

const PREPOSITIONS = words('am an auf aus bei beim hinter hinterm im in neben unter unterm über überm vor vorm zum zur vom zwischen');
const ARTICLES = words('der die das dem den des');

/**
 * Codes, clock times and date ranges that read as nothing else (outside test, session 12): "Vom 1.–15. August",
 * "9 am to 3 pm", "BITV 2.0 und WCAG 2.1", "Niveau A1 und A2", "300 m²" (NFKC: "m2"), "Aufnahmen im Jahr 2023: 40".
 */
function harmlessCode(r: Reader, s: number, e: number, run: string, b: number, next: number): boolean {
  // "1.–15. August", "vom 1. bis 14. Mai": a day before a day range ending in a month.
  if (/^\d{1,2}$/.test(run) && r.punct(next, '.') && r.attached(next) && (r.punct(next + 1, '–-') || r.lower(next + 1) === 'bis') && r.is(next + 2, NUMBER) && r.punct(next + 3, '.') && r.word(next + 4, MONTHS)) return true;
  // "9 am", "3 pm": an hour of the English clock, no capitalised word after ("5 am Markt" stays refused).
  if (/^\d{1,2}$/.test(run) && Number(run) <= 12 && r.word(next, CLOCK_WORDS) && !r.capitalised(next + 1) && !streetLikeName(r, b, e)) return true;
  // "DIN A5", "Format A4": a paper size after its label.
  if (/^\d{1,2}$/.test(run) && Number(run) <= 10 && r.attached(s) && /^[ABC]$/.test(r.str(s - 1)) && !r.attached(s - 1) && r.word(s - 2, PAPER_LABELS) && !(r.attached(e + 1) && !r.is(e + 1, PUNCT))) return true;
  // "WCAG 2.1", "BITV 2.0": a version after an acronym in capitals.
  if (/^\d{1,2}\.\d$/.test(run) && r.is(b, WORD) && r.end[b]! - r.start[b]! >= 3 && r.end[b]! - r.start[b]! <= 8 && r.str(b) === r.str(b).toUpperCase() && !streetEnding(r.lower(b))) return true;
  // "A1", "B2": a language level after its label.
  if ((run === '1' || run === '2') && r.attached(s) && /^[ABC]$/.test(r.str(s - 1)) && !r.attached(s - 1) && !(r.attached(e + 1) && !r.is(e + 1, PUNCT))) {
    for (let k = s - 2; k >= 0 && k >= s - 8; k--) if (r.word(k, LEVEL_LABELS)) return true;
  }
  // "m2", "km2", "m3": square and cubic units after a count.
  if ((run === '2' || run === '3') && r.attached(s) && r.word(s - 1, AREA_UNITS) && r.is(s - 2, NUMBER) && !(r.attached(e + 1) && !r.is(e + 1, PUNCT))) return true;
  // "im Jahr 2023: 40": a yearly count after a year and its colon.
  if (/^\d{1,4}$/.test(run) && r.punct(s - 1, ':') && r.is(s - 2, NUMBER) && /^(?:19|20)\d{2}$/.test(r.str(s - 2)) && r.attached(s - 1) && r.word(s - 3, YEAR_WORDS)) return true;
  return false;
}

/** Latitude and longitude of Lower Saxony, with a margin. */
const inLatitude = (value: number) => value >= 51 && value <= 54;
const inLongitude = (value: number) => value >= 6 && value <= 12;
const HEMISPHERE_WORDS = words('n e o nord ost north east nördlicher östlicher');
/** A decimal of a position: 3+ places after a comma, 4+ after a dot (3 after a dot is German thousands: "52.623 Frauen"). */
const POSITION_DECIMAL = /^(\d{1,2})(?:,(\d{3,})|\.(\d{4,}))$/;

/**
 * A disguised position (outside test, session 12): degrees and minutes with a hemisphere word
 * ("52:37 Nord und 10:04 Ost"), or two decimals in Lower Saxony's latitude and longitude within a
 * few words whatever their unit ("52,6234 € und 10,0812 €").
 */
function disguisedPosition(r: Reader, s: number, e: number, run: string): boolean {
  const minutes = /^(\d{1,2})[:.,](\d{2})$/.exec(run);
  if (minutes && Number(minutes[2]) < 60 && (inLatitude(Number(minutes[1])) || inLongitude(Number(minutes[1]))) && r.word(e + 1, HEMISPHERE_WORDS) && !r.word(e + 1, SHORT_HEMISPHERES)) return true;
  const first = POSITION_DECIMAL.exec(run);
  if (!first || !inLatitude(Number(first[1]))) return false;
  for (let k = e + 1; k < r.count && k <= e + 8; k++) {
    if (!r.is(k, NUMBER) || !r.punct(k + 1, '.,') || !r.attached(k + 1) || !r.attached(k + 2) || !r.is(k + 2, NUMBER)) continue;
    const second = POSITION_DECIMAL.exec(r.text.slice(r.start[k], r.end[k + 2]));
    if (second && inLongitude(Number(second[1]))) return true;
  }
  return false;
}

const CLOCK_WORDS = words('am pm');
const AREA_UNITS = words('m qm cm km');
const YEAR_WORDS = words('jahr jahre year');
const SHORT_HEMISPHERES = words('e o');
/** Conjunctions and prepositions of a count whose noun is left out ("12 Plätze für Frauen und 16 für Kinder"). */
const AND_WORDS = words('und and и і i și ve oraz');
const FOR_WORDS = words('für for для dla pentru için');

/**
 * A count whose noun is left out: "zwölf Plätze für Frauen und sechzehn für Kinder", "8 мест для женщин и 12
 * для детей": after a conjunction and before the preposition that followed an earlier count with its noun
 * in the same sentence (at most 10 tokens back).
 */
function elidedCount(r: Reader, s: number, e: number): boolean {
  if (!r.word(s - 1, AND_WORDS) || !r.word(e + 1, FOR_WORDS)) return false;
  const preposition = r.lower(e + 1);
  for (let k = s - 2; k >= 0 && k >= s - 10; k--) {
    if (r.punct(k, '.!?;')) return false;
    if (r.numeric[k] && r.lower(k + 2) === preposition && unitAfter(r, k)) return true;
  }
  return false;
}

/** Word b labels the number run ending at e as a numbered noun, given the preposition form before it and what follows (see numberedNounIn). */
function numberedNounAt(r: Reader, b: number, e: number): boolean {
  const form: PrepositionForm = r.word(b - 1, ARTICLES) && r.word(b - 2, PREPOSITIONS) ? 'article' : r.word(b - 1, PREPOSITIONS) ? 'preposition' : 'none';
  const word = r.lower(b);
  const placeAfter = placeOrPostcodeAfter(r, e);
  // A plural labels a range or list ("Klassen 1 bis 4", "Seiten 3–5", "Gruppen 1 und 2").
  return numberedNounIn(word, form, placeAfter) || (word.endsWith('en') && !streetEnding(word) && numberedNounIn(word.slice(0, -1), form, placeAfter));
}

/** A place of the table or a five-digit postcode after the run ending at e, over a comma ("Ostseite 4, Celle", "Seite 5, 29221 Celle"). */
function placeOrPostcodeAfter(r: Reader, e: number): boolean {
  let k = e + 1;
  if (r.is(k, WORD) && r.attached(k) && r.end[k]! - r.start[k]! === 1) k++; // "4a"
  if (r.punct(k, ',')) k++;
  // A leading 0 is a phone number's area code ("08000 116 016").
  if (r.is(k, NUMBER) && r.end[k]! - r.start[k]! === 5 && r.text[r.start[k]!] !== '0') return true;
  return r.is(k, WORD) && r.capitalised(k) && isPlace(r.str(k));
}

/** People an age limit is about ("Kinder ab 6"). */
// Dative plurals too ("Frauen mit Söhnen über 12", outside tester, session 17).
const PEOPLE = words(
  'kinder kindern frauen mädchen jungen jungs söhne söhnen töchter töchtern jugendliche jugendlichen personen mütter müttern teilnehmende teilnehmenden teilnehmerinnen betroffene betroffenen',
);

/** Units that also follow a house number in directions ("5 Min. vom Bahnhof", "5 km", "5 %"). */
const AMBIGUOUS_UNITS = words('min minute minuten km m meter cm mm prozent x mal h std');

/** Word b is a capitalised word that may name a street: no function word, label, place, month or numbered noun. */
function streetLikeName(r: Reader, b: number, e: number): boolean {
  if (!r.capitalised(b) || r.end[b]! - r.start[b]! > 40 || r.end[b]! - r.start[b]! < 4) return false;
  const lower = r.lower(b);
  if (FUNCTION_WORDS.has(lower) || MONTHS.has(lower) || ID_LABELS.has(lower) || LEGAL_LABELS.has(lower) || PHONE_LABELS.has(lower) || LAW_CODES.has(lower) || LIMIT_WORDS.has(lower)) return false;
  // "das Land 60 Prozent": a noun after an article with no preposition before names no street.
  if (r.word(b - 1, ARTICLES) && !r.word(b - 2, PREPOSITIONS)) return false;
  return !numberedNounAt(r, b, e) && !isPlace(r.str(b)) && !r.punct(b - 1, '.!?') && b > 0;
}

/** The last token of a nationwide hotline starting at s…e ("110", "112", "115", "116 016", "116016"), or undefined. */
function hotlineEnd(r: Reader, s: number, e: number): number | undefined {
  if (s !== e) return undefined;
  const run = r.str(s);
  if (run === '110' || run === '112' || run === '115' || /^116\d{3}$/.test(run)) return e;
  if (run === '116' && r.is(e + 1, NUMBER) && r.end[e + 1]! - r.start[e + 1]! === 3) return e + 1;
  return undefined;
}

/** `run` is a time ("9.30", "9:30") or a time range ("9-12", "9.00–12.00"): hours up to 24, minutes up to 59. */
function timeRun(run: string): boolean {
  const m = TIME_RUN.exec(run);
  if (!m || (m[2] === undefined && m[3] === undefined)) return false;
  return Number(m[1]) <= 24 && (m[3] === undefined || Number(m[3]) <= 24) && [m[2], m[4]].every((minutes) => minutes === undefined || Number(minutes) <= 59);
}

/** A compound label of an identifier ("Mitgliedsnummer", "Kundennummer", "Vereinsnummer"), never a house or room number. */
function idLabel(word: string): boolean {
  return word.length > 7 && word.length <= 40 && word.endsWith('nummer') && !ADDRESS_LABELS.has(word) && !PHONE_LABELS.has(word) && !/(?:haus|zimmer|raum|tür|wohnungs)nummer$/.test(word);
}

/** Word k after an ordinal is a noun it counts: a counted noun or a floor ("1. Halbjahr", "3. Frau", "1. OG"); no house word, place or street. */
function ordinalNoun(r: Reader, k: number): boolean {
  if (!r.is(k, WORD) || !r.capitalised(k)) return false;
  const lower = r.lower(k);
  return FLOOR_WORDS.has(lower) || countedNoun(r, k);
}

/** Parts of a legal reference before a number ("Abs. 2"). */
const LEGAL_PART_WORDS = words('abs absatz art artikel satz');

/** Legal reference before token b (the label "Nr."): "§ 1 Abs. 2 Nr. 3". */
function legalBefore(r: Reader, b: number): boolean {
  for (let k = b - 1; k >= 0 && k >= b - 6; k--) if (r.punct(k, '§') || r.word(k, LEGAL_PART_WORDS)) return true;
  return false;
}

/** After an identifier's label (IBAN, Postfach) its groups go with it; after other labels the number alone. */
function skipIdentifier(r: Reader, e: number, label: string): 'ok' | 'refuse' | number {
  if (label !== 'iban' && label !== 'bic' && label !== 'konto' && label !== 'kontonummer') return 'ok';
  let k = e;
  while (k + 1 < r.count && k < e + 12 && (r.is(k + 1, NUMBER) || (r.is(k + 1, WORD) && r.attached(k + 1)))) k++;
  return placeAfterGroups(r, k) ? 'refuse' : k;
}

/**
 * The groups of a phone number or IBAN that end at token k are followed by a place or a street
 * ("Nummer 05141 29221 Celle", "IBAN: DE12 1203 12 Lindenallee", "Telefonnummer 0512 12 in der
 * Lindenallee": outside tester, session 18): the last group is a postcode or a house number.
 */
function placeAfterGroups(r: Reader, k: number): boolean {
  let j = k + 1;
  if (r.punct(j, ',')) j++;
  // A postcode: five digits right before a place ("… 29221 Celle"; "0800 116 016 in Celle" is a phone number in a place).
  const postcode = r.is(k, NUMBER) && r.end[k]! - r.start[k]! === 5 && r.is(j, WORD) && r.capitalised(j) && isPlace(r.str(j));
  for (let n = 0; n < 2 && (r.word(j, PREPOSITIONS) || r.word(j, ARTICLES)); n++) j++;
  if (!r.is(j, WORD)) return postcode;
  return postcode || streetishAt(r, j) || (r.word(j, STREET_LABELS) && r.is(j + 1, WORD));
}

/** The last token of a phone number starting at e's run: groups of digits joined by spaces, "/", "-", brackets. */
function phoneEnd(r: Reader, e: number): number | 'refuse' {
  let k = e;
  for (let n = 0; n < 8; n++) {
    let j = k + 1;
    if (r.punct(j, '/-–()')) j++;
    if (r.punct(j, '()')) j++;
    if (!r.is(j, NUMBER)) break;
    k = j;
  }
  return k > e && placeAfterGroups(r, k) ? 'refuse' : k;
}

/** The run ending at token e is followed by a unit, a counted noun, or a range of counts with one ("3–4 Personen", "9 bis 15 Uhr"). */
function unitAfter(r: Reader, e: number): boolean {
  let k = e + 1;
  // "14-tägig", "24-Stunden-Dienst", "3-Zimmer-Wohnung": a count joined to its unit by a hyphen.
  if (r.punct(k, '-') && r.attached(k) && r.attached(k + 1) && r.is(k + 1, WORD) && (COUNT_ADJECTIVE.test(r.lower(k + 1)) || UNITS.has(r.lower(k + 1)) || countedNoun(r, k + 1))) return true;
  for (let hops = 0; hops < 3; hops++) {
    if (r.is(k, PUNCT) && UNITS.has(r.str(k))) return true;
    if (r.is(k, WORD)) {
      const lower = r.lower(k);
      if (lower.length > 40) return false;
      if (UNITS.has(lower) || COUNTED_LOWER.has(lower)) return true;
      // Romanian counts from 20 take "de" before the noun ("douăzeci de locuri", session 17).
      if (lower === 'de' && !r.attached(k) && (r.word(k + 1, UNITS) || r.word(k + 1, COUNTED_LOWER))) return true;
      // Attached letters are a house-number letter ("12a") or a code ("32U"), not a unit.
      if (r.attached(k)) return false;
      if (countedNoun(r, k)) return true;
      // "5 weitere Frauen", "3 neue Plätze": an inflected adjective, then the noun.
      if (!r.capitalised(k) && lower.length >= 3 && /(?:e|en|er|es|em)$/.test(lower) && !FUNCTION_WORDS.has(lower) && countedNoun(r, k + 1)) return true;
    }
    // A range or a list of counts: "3–4", "3 bis 4", "3 oder 4", "3, 4".
    let j = k;
    if (r.punct(j, '-–—,&') || r.word(j, RANGE_WORDS)) j++;
    else return false;
    if (!r.numeric[j]) return false;
    k = j + 1;
    while (r.punct(k, '.,:') && r.attached(k) && r.is(k + 1, NUMBER)) k += 2;
  }
  return false;
}

/** Words joining counts into a range, a list or a share ("3 bis 4", "2 von 3 Frauen", "2 of 3 women"). */
const RANGE_WORDS = words('bis und oder bzw von to of ile i și и або lub');

/** Word k is a noun a number can count: capitalised, no street ending, no building or label word, no function word. */
function countedNoun(r: Reader, k: number): boolean {
  if (!r.is(k, WORD) || !r.capitalised(k)) return false;
  const lower = r.lower(k);
  if (lower.length > 40 || lower.length < 2 || NOT_COUNTED.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  // "1 Familienplatz": an ending that also names a place for a person counts.
  const ending = streetEnding(lower);
  if (ending && !numberedNoun(lower) && !STREET_ENDINGS[ending]!.countable) return false;
  return !isPlace(r.str(k));
}

function isPlace(name: string): boolean {
  return name.length >= 3 && name.length <= 40 && isKnownPlace(name);
}

/** A street of a number-first language found by `numberFirstStreets`: the number and the street ("14 Linden Close"). */
export interface NumberFirstStreet {
  text: string;
  offset: number;
}
/** English number words that may stand before a street ("fourteen Linden Close"): the only texts without digits worth reading. */
const NUMBER_FIRST_HINT = new RegExp(`\\d[A-Za-z]{0,2}[ \\u00a0]{1,3}(?:\\p{Lu}|(?:${LOWER_CASE_STREET_TYPE_LIST.replaceAll(' ', '|')})[ \\u00a0])`, 'u');
const NUMBER_WORD_HINT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/i;

/**
 * Number-first streets in `text` (readable text) as the number rule knows them — "14 Linden Close",
 * "8 Orchard Mews", "4 The Green", "14 Rue de la Paix", "at 13 Linden Foo in Celle", "fourteen Linden
 * Close" — for texts the number rule does not read (issue 13, session 14: vocabularies, interface
 * strings, titles of initiatives, the meets field, downloads, entries that look like a shelter), so
 * the same policy holds there as for the German street-first form. At most `limit`, in order.
 *
 * Reads only windows of the text around the tokens that could be numbers (`numberWindows`): the
 * same findings as reading all of it (session 13, speed16), for a 1 MB body a few ms instead of
 * ~0.2 s.
 */
export function numberFirstStreets(text: string, limit = 10): NumberFirstStreet[] {
  const out: NumberFirstStreet[] = [];
  // Only a number (with a letter or ordinal suffix) before a capital can start one: most texts have none.
  if (!NUMBER_FIRST_HINT.test(text) && !NUMBER_WORD_HINT.test(text)) return out;
  const possible = loneHighSurrogate(text) ? undefined : possibleNumbers(text);
  const windows = numberWindows(text, possible);
  // A finding's last word: no later one starts before it (as `i = last` in one reading of the whole text).
  let after = 0;
  for (let w = 0; w < windows.length && out.length < limit; w += 2) {
    const r = new Reader(text, windows[w]!, windows[w + 1]!);
    markNumberWords(r, possible);
    for (let i = 0; i < r.count && out.length < limit; i++) {
      if (!r.numeric[i] || r.start[i]! < after) continue;
      const last = numberFirstStreetAt(r, i);
      if (last === undefined) continue;
      out.push({ text: r.text.slice(r.start[i], r.end[last]), offset: r.start[i]! });
      after = r.end[last]!;
      i = last;
    }
  }
  return out;
}

/** The last token of a number-first street starting at the number token i, or undefined. Reads tokens i − 8 … i + 9. */
function numberFirstStreetAt(r: Reader, i: number): number | undefined {
  // "14-16 Linden Close": the range's last number stands before the street.
  let e = i;
  if (r.is(i, NUMBER) && r.punct(i + 1, '-–') && r.attached(i + 1) && r.attached(i + 2) && r.is(i + 2, NUMBER)) e = i + 2;
  if (r.is(i, NUMBER) && r.end[e]! - r.start[i]! > 9) return undefined;
  // "14A Linden Close", "14th Linden Close": a letter or ordinal suffix attached.
  let k = e + 1;
  if (r.is(k, WORD) && r.attached(k) && r.end[k]! - r.start[k]! <= 2) k++;
  const year = r.is(i, NUMBER) && e === i && /^(?:19|20)\d{2}$/.test(r.str(i));
  if (!streetAt(r, k, year) && !englishAddress(r, i, k)) return undefined;
  let last = k;
  while (last + 1 < r.count && last < k + 4 && r.capitalised(last + 1) && !isPlace(r.str(last + 1))) last++;
  return last;
}

// ── windows around possible numbers (numberFirstStreets) ────────────────────────────────────

/**
 * Tokens the rule reads on each side of a number, at most: `markNumberWords` 8 back (`englishAddress`)
 * and 7 ahead (`countsHouse`), `numberFirstStreetAt` 8 back and 9 ahead. A window reaches this
 * many space-separated chunks (each at least one token) beyond its outermost possible numbers, so
 * every token the rule reads around one lies inside it, tokenised as in the whole text.
 */
const WINDOW_MARGIN = 10;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Letters inside every German number word `markNumberWords` can mark ('long', 'ordinal', 'small',
 * see `germanNumberWord`): each of them, lower-cased, holds a part other than "ein" and "und", a
 * small ordinal's stem, or — made of "ein" and "und" alone — "einein" or "einund". Matched anywhere
 * in a word: a superset, never a decision.
 */
const germanMarks = [...GERMAN_PARTS.filter((part) => part !== 'ein' && part !== 'und'), 'einein', 'einund', ...SMALL_ORDINAL_STEMS];
// Only the shortest: a word holding "dreißig" holds "drei" (and "ß" would need the u flag: "ẞ").
export const GERMAN_NUMBER_MARKS: readonly string[] = [...new Set(germanMarks)].filter((mark, _, all) => !all.some((other) => other !== mark && mark.includes(other)));
/**
 * The two word searches are case-insensitive without the u flag (two to three times faster): every
 * character whose lower case is a letter of their words matches it — checked for all of Unicode in
 * test/unit/content/number-first-windows.test.ts, which found one letter that needs its other
 * spelling written out (CASE_EXTRA: the Kelvin sign is a "k").
 */
export const NUMBER_MARK_FLAGS = 'gi';
const CASE_EXTRA: Readonly<Record<string, string>> = { k: '\u212a' };
/** `word` as a pattern of NUMBER_MARK_FLAGS. */
export function numberMarkSource(word: string): string {
  return [...word].map((c) => (CASE_EXTRA[c] ? `[${c}${CASE_EXTRA[c]}]` : escapeRegExp(c))).join('');
}
const GERMAN_NUMBER_MARK = new RegExp(`[0-9]|${GERMAN_NUMBER_MARKS.map(numberMarkSource).join('|')}`, NUMBER_MARK_FLAGS);
/** GERMAN_NUMBER_MARK without the digits: what markNumberWords looks at (it reads words only). */
const GERMAN_NUMBER_WORD_MARK = new RegExp(GERMAN_NUMBER_MARKS.map(numberMarkSource).join('|'), NUMBER_MARK_FLAGS);
/** Words `markNumberWords` can mark as they stand (foreign number words, digits as words, English ordinals), as the rule's tables hold them. */
export const WHOLE_NUMBER_WORDS: readonly string[] = [...new Set([...FOREIGN_NUMBERS, ...AMBIGUOUS_FOREIGN, ...DIGIT_WORDS, ...ENGLISH_ORDINALS, ...FOREIGN_ORDINALS])];
// Longest first, so a word is matched whole; no ASCII letter before or after (any other letter is checked by `wholeWord`).
const WHOLE_NUMBER_WORD = new RegExp(`(?<![A-Za-z])(?:${[...WHOLE_NUMBER_WORDS].sort((a, b) => b.length - a.length).map(numberMarkSource).join('|')})(?![A-Za-z])`, NUMBER_MARK_FLAGS);
/**
 * Characters whose upper case is made of Roman digits only (checked for all of Unicode in
 * test/unit/content/number-first-windows.test.ts): a word `ROMAN` can read is a run of them with
 * at most one letter a–h after it.
 */
export const ROMAN_CHARACTERS = 'CXLIVcxlivı';
const ROMAN_RUN = new RegExp(`(?<![A-Za-z])[${ROMAN_CHARACTERS}]+[a-h]?(?![A-Za-z])`, 'g');
/** A high surrogate without its low half: the tokeniser then joins it with the next character, even a space. */
const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
/**
 * Whether `text` has a LONE_HIGH_SURROGATE. A well-formed text has no lone surrogate at all
 * (String.prototype.isWellFormed, ES2024, in Node 20: a native scan, where the pattern took ~5 ms per MB).
 */
function loneHighSurrogate(text: string): boolean {
  return !(text as string & { isWellFormed(): boolean }).isWellFormed() && LONE_HIGH_SURROGATE.test(text);
}

/**
 * Windows of `text` around every token `markNumberWords` could mark as a number (digits and the
 * words above, a superset), as flat pairs [from, to, from, to …], in order, not overlapping: each
 * starts after a space (or at 0) and ends before one (or at the end), so the tokens inside are the
 * whole text's, and reaches WINDOW_MARGIN chunks beyond its outermost possible number. Possible
 * numbers are found by three regular expressions of fixed strings and bounded classes (linear).
 */
export function numberWindows(text: string, found = possibleNumbers(text)): number[] {
  if (loneHighSurrogate(text)) return [0, text.length];
  if (!found.length) return [];
  // Walked character by character, each part of the text at most three times (linear): a table of
  // all chunks cost ~15 ms for 1 MB.
  const windows: number[] = [];
  let from = -1;
  let to = -1;
  let frontier = -1;
  for (const at of found) {
    if (from >= 0 && at < to) {
      // Inside the current window: it reaches WINDOW_MARGIN chunks beyond this one too.
      to = chunksAhead(text, to, chunkStartsIn(text, frontier, at));
      frontier = at;
      continue;
    }
    let start = at;
    let merged = false;
    for (let chunks = 0; ; chunks++) {
      while (start > 0 && text.charCodeAt(start - 1) !== 32) start--;
      if (chunks === WINDOW_MARGIN || start === 0) break;
      let before = start;
      while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
      if (before === 0) break;
      if (from >= 0 && before <= to) {
        merged = true;
        break;
      }
      start = before - 1;
    }
    if (!merged) {
      if (from >= 0) windows.push(from, to);
      from = start;
    }
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 32) end++;
    to = chunksAhead(text, end, WINDOW_MARGIN);
    frontier = at;
  }
  windows.push(from, to);
  return windows;
}

/** How many chunks start in `text(from, to]`. */
function chunkStartsIn(text: string, from: number, to: number): number {
  let starts = 0;
  for (let at = from + 1; at <= to; at++) if (text.charCodeAt(at) !== 32 && text.charCodeAt(at - 1) === 32) starts++;
  return starts;
}

/** The end of the `chunks`-th chunk after the chunk end `end` (or the text's end). */
function chunksAhead(text: string, end: number, chunks: number): number {
  for (let k = 0; k < chunks; k++) {
    let next = end;
    while (next < text.length && text.charCodeAt(next) === 32) next++;
    if (next === text.length) return end;
    while (next < text.length && text.charCodeAt(next) !== 32) next++;
    end = next;
  }
  return end;
}

/**
 * Offsets of the tokens of `text` that `markNumberWords` could mark as numbers, and with `digits`
 * of every digit: a superset, in order (one or more inside each such token). Assumes no lone high
 * surrogate (see numberWindows).
 */
function possibleNumbers(text: string, digits = true): number[] {
  return merged(merged(matchStarts(digits ? GERMAN_NUMBER_MARK : GERMAN_NUMBER_WORD_MARK, text, false), matchStarts(WHOLE_NUMBER_WORD, text, true)), matchStarts(ROMAN_RUN, text, true));
}

/**
 * Start offsets of the matches of `pattern` (global, never empty) in `text`; with `whole`, only
 * those `wholeWord` admits. The module's patterns with lastIndex, not matchAll (which copies the
 * pattern on every call: ~1,800 blocks of a long body), and a plain loop, not a generator (a
 * yield per digit of 1 MB, session 16).
 */
function matchStarts(pattern: RegExp, text: string, whole: boolean): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const { index } = match;
    const end = pattern.lastIndex;
    if (!whole || wholeWord(text, index, end)) out.push(index);
    pattern.lastIndex = end;
  }
  return out;
}

/** Two ascending lists as one. */
function merged(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** Whether `text[from, to)` can be a whole token: no letter continues it on the right, and none on the left but an apostrophe (which may stand alone). */
function wholeWord(text: string, from: number, to: number): boolean {
  if (to < text.length && isLetter(text, to)) return false;
  if (from === 0 || !isLetter(text, from - 1)) return true;
  const c = text.charCodeAt(from - 1);
  return c === 39 || c === 0x2019;
}

/** The rule's parts, for the reference copy of the whole-text reading in test/unit/content/number-first-windows.test.ts. */
export const NUMBER_FIRST_PARTS = {
  tokens: (text: string) => {
    const r = new Reader(text);
    markNumberWords(r);
    return r;
  },
  /** As `tokens`, reading only the words at `possibleNumbers` (what the rule does). */
  possibleTokens: (text: string) => {
    const r = new Reader(text);
    markNumberWords(r, loneHighSurrogate(text) ? undefined : possibleNumbers(text));
    return r;
  },
  numberFirstStreetAt: (r: Reader, i: number) => numberFirstStreetAt(r, i),
};
