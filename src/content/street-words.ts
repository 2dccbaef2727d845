/**
 * The words German street names end with, and the words that end so without naming a street:
 * one table for the shelter guard's street rules (./location-finder.ts) and its check of a
 * Frauenhaus's `address.city` (a place name must not end like a street).
 *
 * `strict` endings name nothing but a street ("-straße", "-weg", "-allee"): a city must not end
 * so, and the rules that have less to go on (a street corner, the number before the street, a
 * street and its number in two sentences) need one. The others also end ordinary nouns ("-hof",
 * "-feld", "-tor"): with a house number right after them they still read as an address.
 * `unless` lists endings of longer words that are no street ("Faktor", "Sport"); `countable`
 * endings also name a place for a person ("1 Familienplatz"), so a number before them is a count.
 */
interface StreetEnding {
  strict?: boolean;
  unless?: readonly string[];
  countable?: boolean;
}

export const STREET_ENDINGS: Readonly<Record<string, StreetEnding>> = {
  straße: { strict: true },
  strasse: { strict: true },
  str: { strict: true }, // only as the abbreviation "str." or inside a longer word
  weg: { strict: true },
  allee: { strict: true },
  gasse: { strict: true },
  platz: { strict: true, countable: true },
  chaussee: { strict: true },
  damm: { strict: true },
  ufer: { strict: true },
  pfad: { strict: true },
  stieg: { strict: true },
  steig: { strict: true },
  twiete: { strict: true },
  ring: {},
  wall: {},
  graben: {},
  markt: {},
  kamp: {},
  deich: {},
  brink: {},
  anger: {},
  promenade: {},
  zeile: {},
  reihe: {},
  bogen: {},
  winkel: {},
  hof: {},
  garten: {},
  park: {},
  feld: {},
  berg: {},
  höhe: {},
  grund: {},
  kai: {},
  trift: {},
  wiese: {},
  siedlung: {},
  koppel: {},
  bahn: {},
  gang: {},
  weide: {},
  wende: {},
  tor: { unless: ['ktor', 'ator', 'itor', 'otor', 'utor', 'ntor'] },
  esch: {},
  horst: {},
  masch: {},
  ort: { unless: ['sort', 'port', 'wort', 'fort', 'hort', 'tort', 'dort', 'mort'] },
  redder: {},
  riede: {},
  stiege: {},
  kuhle: {},
  heide: {},
  busch: {},
  grube: {},
  bleiche: {},
  mühle: {},
  // Session 9 from outside: endings that were missing ("Mühlensteg 3", "Kaiserbrücke 4", "Rosengärten 5", "Lindenwiesen 6", "Mühlental 7", "Musterterrasse 5").
  steg: {},
  brücke: {},
  gärten: {},
  wiesen: {},
  weiden: {},
  höfe: {},
  felder: {},
  terrasse: {},
  tal: { unless: ['pital', 'gital', 'otal', 'rtal'] },
  moor: {},
  hang: { unless: ['sammenhang', 'anhang', 'aushang', 'vorhang', 'umhang'] },
  // Dutch, across the border of Niedersachsen (guard17, issue #13 §2: "Lindenlaan 13" passed alone and was refused only after another line of a download); no German word ends so.
  laan: {},
  straat: {},
  steeg: {},
  plein: {},
  gracht: {},
};

/** Every ending, longest first, so "stiege" is tried before "stieg". */
export const STREET_SUFFIXES: readonly string[] = Object.keys(STREET_ENDINGS).sort((a, b) => b.length - a.length);
/** The endings a place name (address.city) must not have: unambiguous street words only. */
export const STRICT_STREET_SUFFIXES: readonly string[] = STREET_SUFFIXES.filter((ending) => STREET_ENDINGS[ending]!.strict);

/** The endings by their last letter: the guard asks once per number of a text, so the lookup stays short. */
const BY_LAST_LETTER = new Map<string, string[]>();
for (const suffix of STREET_SUFFIXES) BY_LAST_LETTER.set(suffix.at(-1)!, [...(BY_LAST_LETTER.get(suffix.at(-1)!) ?? []), suffix]);

/**
 * Answers of streetEnding by word (null: none). The guard asks for every word around every number,
 * and the words of a text repeat; with some forty endings a word (and their exceptions) to try,
 * a profile of 1 MB bodies showed it as the costliest single function. Bounded like isKnownPlace's.
 */
const endingAnswers = new Map<string, string | null>();

/** The street ending of `word` (lower case), if it has one that is not an exception ("faktor"). */
export function streetEnding(word: string): string | undefined {
  const known = endingAnswers.get(word);
  if (known !== undefined) return known ?? undefined;
  const answer = endingOf(word);
  if (endingAnswers.size >= 20_000) endingAnswers.clear();
  endingAnswers.set(word, answer ?? null);
  return answer;
}

function endingOf(word: string): string | undefined {
  const candidates = BY_LAST_LETTER.get(word.at(-1) ?? '');
  if (!candidates) return undefined;
  for (const suffix of candidates) {
    if (!word.endsWith(suffix)) continue;
    const unless = STREET_ENDINGS[suffix]!.unless;
    if (unless && unless.some((ending) => word.endsWith(ending))) return undefined;
    return suffix;
  }
  return undefined;
}

/** Compounds with a street ending that are not streets ("Arbeitsplatz 2", "Straßenbahn 4"). */
export const NOT_STREET_COMPOUNDS: ReadonlySet<string> = new Set([
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'sitzplatz', 'schlafplatz', 'spielplatz', 'studienplatz', 'ausbildungsplatz', 'kitaplatz', 'frauenhausplatz', 'familienplatz',
  'notplatz', 'kinderplatz', 'aufnahmeplatz', 'schutzplatz', 'wohnplatz', 'therapieplatz', 'krippenplatz', 'praktikumsplatz', 'bettplatz',
  'ausweg', 'umweg', 'rückweg', 'hinweg', 'heimweg', 'schulweg', 'rechtsweg', 'lebensweg', 'zugang', 'ausgang', 'eingang', 'durchgang', 'jahrgang', 'lehrgang', 'übergang', 'vorgang',
  'umgang', 'rundgang', 'spaziergang', 'werdegang', 'abgang', 'aufgang', 'untergang', 'arbeitsgang', 'zugang', 'niedergang', 'fortgang', 'kurzdurchgang',
  'bahnhof', 'friedhof', 'innenhof', 'arbeitsmarkt', 'wohnungsmarkt', 'kindergarten', 'arbeitsfeld', 'umfeld', 'vorfeld', 'handlungsfeld', 'themenfeld', 'kinderschutzbund',
  'fortbildungsreihe', 'veranstaltungsreihe', 'schriftenreihe', 'fragebogen', 'dokumentationsbogen', 'erhebungsbogen', 'hintergrund', 'migrationshintergrund',
  'vordergrund', 'abgrund', 'umkreis', 'autobahn', 'eisenbahn', 'straßenbahn', 'strassenbahn', 'stadtbahn', 'laufbahn', 'regionalbahn', 'rennbahn',
  'zeitenwende', 'energiewende', 'jahreswende', 'verkehrswende', 'lebenswende', 'kehrtwende', 'trendwende', 'wohnort', 'schutzort', 'lernort', 'treffort', 'tatort',
  'ausstieg', 'einstieg', 'aufstieg', 'umstieg', 'wiedereinstieg', 'anstieg', 'abstieg', 'lernpfad',
]);

/**
 * First parts of "-weg" and "-pfad" compounds that name a way out of violence, not a street
 * ("Fluchtweg 1", "Hilfeweg 2", "Beratungsweg", "Lösungsweg"): the word is a route in the figurative sense.
 */
const FIGURATIVE_WAY_STEMS = new Set([
  'flucht', 'hilfe', 'hilfs', 'rettungs', 'lösungs', 'rechts', 'dienst', 'bildungs', 'beratungs', 'melde', 'post', 'amts', 'instanzen', 'lebens', 'heim', 'kommunikations',
  'informations', 'verfahrens', 'behandlungs', 'therapie', 'zugangs', 'schutz', 'ausstiegs', 'ausbildungs', 'berufs', 'karriere', 'genesungs', 'heilungs', 'entwicklungs',
  'lern', 'melde', 'versorgungs', 'unterstützungs', 'hilfs', 'förder', 'anmelde', 'antrags', 'klage', 'gerichts', 'fortbildungs', 'kontakt', 'zufluchts', 'befreiungs', 'mut',
]);

/**
 * Adjectives that, before a lone street word, make a project's or a brochure's name, not a street
 * ("Sicherer Weg 2", "Gemeinsamer Weg"), compared without their ending (-er, -es, -e, -en, -em).
 * "Alter Weg", "Hoher Weg", "Neuer Weg" are streets and stay out.
 */
const FIGURATIVE_ADJECTIVES = new Set([
  'sicher', 'gut', 'gemeinsam', 'richtig', 'eigen', 'erst', 'zweit', 'dritt', 'ander', 'geschützt', 'selbstbestimmt', 'gewaltfrei', 'frei', 'mutig', 'stark', 'best', 'klar',
  'offen', 'einfach', 'direkt', 'schnell', 'individuell', 'persönlich', 'sanft', 'leicht', 'schwer', 'besser', 'nächst', 'letzt', 'sicherer', 'geraden', 'gerad', 'beschützt',
]);

/** Whether `word` (lower case, with its street ending `suffix`) is a street word in the figurative sense: "fluchtweg", "hilfeweg". */
export function figurativeWay(word: string, suffix: string): boolean {
  if (suffix !== 'weg' && suffix !== 'pfad') return false;
  return FIGURATIVE_WAY_STEMS.has(word.slice(0, -suffix.length));
}

/** Whether `adjective` (lower case) before a lone "Weg" names a project, not a street: "sicherer", "gemeinsamer". */
export function figurativeAdjective(adjective: string): boolean {
  const stem = adjective.replace(/(?:er|es|en|em|e)$/, '');
  return FIGURATIVE_ADJECTIVES.has(adjective) || FIGURATIVE_ADJECTIVES.has(stem);
}

/** Whether a number may stand before a street with this ending and read as its house number ("5 Musterweg", but "1 Familienplatz" is a count). */
export function numberFirstEnding(suffix: string): boolean {
  const ending = STREET_ENDINGS[suffix];
  return ending !== undefined && ending.strict === true && !ending.countable;
}
