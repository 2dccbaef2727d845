/**
 * Links that can lead to a place without showing it (used by ./location-finder.ts for every text
 * the shelter guard reads, so field values, link targets and bare URLs alike):
 *
 * - a link shortener (bit.ly, t1p.de, g.page, binged.it …): nobody can see where it leads, and its
 *   target can be changed after review. Known by name from a maintained public list
 *   (./data/url-shorteners.txt, CC BY-SA 4.0, see ./data/README.md) plus `LINK_SHORTENERS`;
 * - a map, route or position service known by name (`PLACE_SERVICES`: citymapper, wikimapia,
 *   geohack, 2gis, osmand, organicmaps, waze, moovit …), whatever the path;
 * - a URL whose path, query or fragment holds a latitude and longitude in Germany
 *   (./url-positions.ts: `lat=52.62&lon=10.08`, `@52.62,10.08`, `52_37_N_10_4_E` …), whatever the host;
 * - a URL whose host or path names a map, route or position (`maps`, `karte`, `stadtplan`,
 *   `route`, `directions`, `anfahrt`, `geo` …, as a whole word between separators), whatever the
 *   service: a new map service is caught the day it appears, without a list of services.
 *
 * Coordinates or an address in a query or fragment need no rule here: the guard reads every URL
 * decoded and as words, so the street, postcode and coordinate rules see them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserHost } from '../schema/url-reading.ts';
import { isKnownPlace } from './known-places.ts';
import { latinSkeleton } from './look-alikes.ts';
import { NOT_STREET_COMPOUNDS, streetEnding } from './street-words.ts';
import { positionInUrl } from './url-positions.ts';

/**
 * Link shorteners the public list (./data/url-shorteners.txt) lacks or may drop: the big ones and
 * German ones, and Google's short links to a business profile or a shared place. Lower case host names.
 */
export const LINK_SHORTENERS = [
  'g.page', 'share.google', 'binged.it', 't1p.de', 'bit.do', 'goo.su',
  'bit.ly', 'bitly.com', 'j.mp', 't.co', 'tinyurl.com', 'tiny.cc', 'tiny.one', 'goo.gl', 'g.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly', 't.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 's.id', 'lnkd.in', 'trib.al', 'bl.ink', 'short.io', 'shorturl.com', 'x.gd', 'did.li', 'u.nu', 'clck.ru', 'kurzelinks.de', 'kurzlink.de',
  'kurz.link', 'ogy.de', 'l.ead.me', 'qr.net', 'qrco.de', 'urlz.fr', 'shorte.st', 'adf.ly', 'soo.gd', 'po.st', 'snip.ly', 'tny.im', 'tr.im', 'cli.gs', 'wp.me', 'fb.me',
  'amzn.to', 'aka.ms', '1url.com', 'surl.li', 'gg.gg', 'shrtco.de', 'shorturl.gg', 'linktr.ee', 'lnk.to', 'smarturl.it', 'dub.sh', 'tinu.be', 'spoo.me', 'url.de',
  // German and QR-code services (tester, session 9).
  'qr.de', 'qrd.by', 'qrs.ly', 'qr.link', 'qr1.be', '0cn.de', 'kurzurl.net', 'kurzelink.de', 'shorter.de',
];

/**
 * Map, route and position services, known by a label of their host name (any top-level domain and
 * sub-domain: `2gis.ru`, `m.2gis.com`, `geohack.toolforge.org`): a link to them shows a place.
 * A label that starts or ends with `map` or `karte` needs no entry (the host rule below finds it);
 * one with `map` inside (`wikimapia`) does: `sitemap`, `roadmap` or `fahrkarte` inside a name say nothing.
 */
export const PLACE_SERVICES = new Set([
  '2gis', 'citymapper', 'wikimapia', 'geohack', 'osmand', 'organicmaps', 'omaps', 'ge0', 'waze', 'moovit', 'moovitapp', 'komoot', 'mapy', 'mapquest', 'what3words', 'w3w', 'here',
  'openrouteservice', 'graphhopper', 'brouter', 'outdooractive', 'bergfex', 'alltrails', 'gpsies', 'navmii', 'sygic', 'locationiq', 'mapillary', 'kartaview',
  'openstreetcam', 'f4map', 'naver', 'kakao', 'baidu', 'amap', 'petalmaps', 'plus',
  // Session 13 (outside tester): geocaches and geotagged places, whose pages show a point on a map.
  'geocaching', 'opencaching', 'geonames', 'wikidata', 'flickr', 'geograph', 'strava',
  // Session 17 (outside tester): business listings and directories show the place's address and map; Google Earth.
  'yelp', 'foursquare', 'tripadvisor', 'gelbeseiten', 'dasoertliche', 'dastelefonbuch', '11880', 'golocal', 'cylex', 'earth',
  'werkenntdenbesten', 'goyellow', 'branchenbuch', 'stadtbranchenbuch', 'business',
  // Rides to a destination (outside tester, session 17: "uber.com/?drop[0]=Musterweg").
  'uber', 'freenow', 'bolt',
  // Session 18 (outside tester): more listings and review sites that show a business's address and map; rentals and property listings.
  'kennstdueinen', 'hotfrog', 'klicktel', 'yably', 'infobel', 'nextdoor', 'wogibtswas', 'kununu', 'airbnb', 'immobilienscout24', 'immowelt',
  // OpenStreetMap's tools that open an object, Apple's guides, local and property listings, court auctions, company registers (a Verein's seat).
  'overpass-turbo', 'osmz', 'osmcha', 'guides', 'meinestadt', 'immonet', 'immobilien', 'kleinanzeigen', 'zvg-portal', 'northdata',
]);
/** Labels that name a map service only in these hosts (Yandex and Qwant maps live under a path, `/maps`, which the path rule finds). */
export const PLACE_SERVICE_ONLY: ReadonlyMap<string, (host: string) => boolean> = new Map<string, (host: string) => boolean>([
  ['naver', (host) => host.startsWith('map.')],
  ['kakao', (host) => host.startsWith('map.')],
  ['baidu', (host) => host.startsWith('map.')],
  ['plus', (host) => host === 'plus.codes'],
  ['here', (host) => host.endsWith('here.com')],
  ['earth', (host) => /(?:^|\.)earth\.google\./.test(host)],
  ['business', (host) => /(?:^|\.)business\.google\./.test(host)],
  ['guides', (host) => /(?:^|\.)guides\.apple\.com$/.test(host)],
  ['immobilien', (host) => /(?:^|\.)immobilien\.de$/.test(host)],
]);

/**
 * Whole words of a host or path that name a map, a route or a position, as written and as the
 * guard reads them (its readings carry Cyrillic letters as Latin ones: "карта" is read "karta").
 */
export const PLACE_WORDS: ReadonlySet<string> = withSkeletons([
  'map', 'maps', 'karte', 'karten', 'landkarte', 'stadtplan', 'lageplan', 'umgebungsplan', 'route', 'routes', 'routing', 'routenplaner', 'routenplanung', 'directions',
  'dir', 'navigation', 'navi', 'navigate', 'anfahrt', 'anreise', 'wegbeschreibung', 'geo', 'geocode', 'geolocation', 'location', 'standort', 'lage', 'place', 'places',
  'coordinates', 'koordinaten', 'latlng', 'latlon', 'mlat', 'mlon', 'streetview', 'geohash',
  // The site's other languages (outside tester, session 17: "/yol-tarifi", "/harta", "/dojazd", "/карта", "/نقشه").
  'harita', 'haritası', 'haritasi', 'konum', 'ulaşım', 'ulasim', 'hartă', 'harta', 'hărți', 'harti', 'locație', 'locatie', 'localizare', 'indicații', 'indicatii',
  'mapa', 'mapy', 'dojazd', 'dojazdu', 'lokalizacja', 'карта', 'карты', 'мапа', 'проезд', 'проїзд', 'маршрут', 'местоположение', 'розташування', 'локация', 'локація',
  'خريطة', 'خريطه', 'الخريطة', 'الخريطه', 'اتجاهات', 'الاتجاهات', 'نقشه', 'مسیر', 'مسیریابی', 'موقعیت', 'branchenbuch',
  // Journey planners, whose query names the destination, and pages named after the address (session 17).
  'fahrplaner', 'fahrplanauskunft', 'reiseauskunft', 'verbindungssuche', 'journeyplanner', 'adresse', 'address', 'anschrift',
  // Session 18 (outside tester): address, route, location, coordinates and imagery in the site's languages ("/adres", "/адрес", "/lokasyon", "/luftbild").
  // Not "gps" ("/gps-tracker-erkennen": advice on digital violence), Romanian "traseu" ("traseu profesional": a career path) nor Polish "trasa" (a route, a tour, a podcast's title).
  'adres', 'adresa', 'adresy', 'adresi', 'adresimiz', 'адрес', 'адреса', 'عنوان', 'العنوان', 'نشانی', 'آدرس', 'itinerar', 'itinerariu', 'lokasyon',
  'موقع', 'الموقع', 'locations', 'coordonate', 'współrzędne', 'wspolrzedne', 'координаты', 'координати', 'koordinatlar', 'مختصات', 'إحداثيات', 'احداثيات',
  'luftbild', 'satellit', 'satellite', 'neredeyiz', 'direcții', 'directii',
]);
/**
 * Phrases of a path that name the way to a place, its words joined by `-` ("/so-finden-sie-uns",
 * "/how-to-find-us", "/yol-tarifi", "/jak-dojechac", "/как-добраться"): no word of them alone says so.
 */
export const PLACE_PHRASES: ReadonlySet<string> = withSkeletons([
  'finden-sie-uns', 'weg-zu-uns', 'how-to-find', 'where-to-find', 'finding-us', 'getting-here', 'get-here', 'how-to-get', 'how-to-reach', 'yol-tarifi', 'nasil-gidilir', 'nasıl-gidilir', 'ulasim-bilgileri', 'cum-ajungeti', 'cum-ajungeți', 'cum-ajungi',
  'wo-wir-sind', 'wo-sie-uns-finden', 'journey-planner', 'wie-komme-ich-hin', 'street-view', 'visit-us', 'gdzie-jestesmy', 'gdzie-jesteśmy', 'unde-ne-gasiti', 'unde-ne-găsiți',
  'unsere-adresse', 'unsere-anschrift', 'our-address', 'our-location', 'nasz-adres', 'наш-адрес', 'bizi-bulun', 'nasil-gelinir', 'nasıl-gelinir', 'где-мы-находимся', 'где-мы', 'де-ми-знаходимося', 'де-ми', 'ou-nous-trouver', 'como-llegar', 'plan-de-acces', 'plan-d-acces', 'jak-dojechac', 'jak-dojechać', 'jak-dotrzec', 'jak-dotrzeć', 'как-добраться', 'как-проехать', 'як-дістатися', 'як-доїхати', 'схема-проезда', 'схема-проїзду',
]);
/** Polish "karta" is a card or charter, not the map Russian "карта" (read "karta") is: the words after it in a residence card, a charter of rights. */
const POLISH_CARD_WORDS = ['pobytu', 'praw', 'polaka', 'dużej', 'duzej'];
const POLISH_CARDS = new Set(['karta', 'karty'].flatMap((card) => POLISH_CARD_WORDS.map((word) => `${card} ${word}`)));

/**
 * Place words that are also everyday words in a path ("rechtliche-lage", "adresse-aendern",
 * "location-sharing", "adres-email"): a place only as a whole path segment ("/lage", "/adres/",
 * "/location.html"). Session 18 (outside tester).
 */
const SEGMENT_ONLY_PLACE_WORDS: ReadonlySet<string> = withSkeletons([
  'lage', 'location', 'locations', 'place', 'places', 'adresse', 'address', 'anschrift', 'adres', 'adresa', 'adresy', 'adresi', 'адрес', 'адреса', 'عنوان', 'العنوان', 'نشانی', 'آدرس',
  'موقع', 'الموقع', 'lokasyon',
]);

/** `words` and their readings with look-alike letters as Latin ones (./look-alikes.ts). */
function withSkeletons(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((word) => [word, latinSkeleton(word)]));
}

/** Query keys that name one place of a map service ("writereview?placeid=…", "search?kgmid=…", "?ludocid=…") or the destination of a route ("?ziel=…", "?name_destination=…"). */
// Compared without "_": the guard's readings drop it with the other emphasis marks ("name_destination" is read "namedestination").
// "zo": the destination of Deutsche Bahn's planner ("#so=Hannover&zo=Celle …", session 18).
const PLACE_QUERY_KEYS = new Set(['placeid', 'place_id', 'kgmid', 'ludocid', 'ftid', 'ziel', 'destination', 'name_destination', 'dest', 'daddr', 'zo'].map((key) => key.replaceAll('_', '')));

/**
 * Link texts that promise the way to a place, whatever the link points to: "So finden Sie uns",
 * "Anfahrt", "Lageplan" (a page or PDF with directions is the address by another name).
 */
const DIRECTIONS_TEXTS = [
  ...withSkeletons([
    'so finden sie uns', 'so finden sie zu uns', 'so finden sie hin', 'so kommen sie zu uns', 'wie sie uns finden', 'hier finden sie uns', 'der weg zu uns', 'weg zu uns', 'anfahrt',
    'anfahrtsbeschreibung', 'anfahrtsskizze', 'anfahrtsplan', 'anreise', 'lageplan', 'umgebungsplan', 'wegbeschreibung', 'routenplaner', 'route', 'stadtplan', 'karte',
    'unser standort', 'directions', 'how to find us', 'find us', 'map', 'how to get here', 'getting here',
    // Session 17: "Wo Sie uns finden", "Zur Adresse", "Navigation starten", a pin or map emoji.
    'wo sie uns finden', 'wo wir sind', 'adresse', 'unsere adresse', 'zur adresse', 'anschrift', 'address', 'navigation', 'navigation starten', '📍', '🗺', '🗺️',
    // The site's other languages (session 17), as written and as read (Cyrillic as Latin letters).
    'yol tarifi', 'harita', 'nasıl gelinir', 'hartă', 'harta', 'indicații', 'cum ajungeți', 'cum ajungeti', 'mapa', 'dojazd', 'jak dojechać', 'jak do nas trafić',
    'карта', 'как добраться', 'как нас найти', 'схема проезда', 'як дістатися', 'як доїхати', 'як нас знайти', 'خريطة', 'الخريطة', 'الاتجاهات', 'كيفية الوصول', 'نقشه', 'مسیریابی',
    // Session 18 (outside tester): phrases that say nothing else, anywhere in a link text.
    'wie komme ich hin', 'hier wohnen wir', 'كيف تصل إلينا', 'bizi nasıl bulursunuz', 'bizi nasil bulursunuz', 'jak do nas dojechać', 'jak do nas dojechac', 'unde ne găsiți', 'unde ne gasiti',
    'где мы находимся', 'چگونه به ما برسید',
  ]),
];
/**
 * Words that promise the way or the address only as the whole link text ("Zufahrt", "Lage",
 * "Adres", "Маршрут", "Konum": session 18). Inside a longer text they say other things:
 * "Zufahrt für Rollstühle", "Lage von Frauen", "Adres e-mail", "Konum takibi nasıl engellenir?",
 * "Trasa koncertowa", "Адрес электронной почты".
 */
const WHOLE_DIRECTIONS_TEXTS: ReadonlySet<string> = withSkeletons([
  // "Standort" too: "Standort nicht mehr teilen", "Live-Standort beenden" are safety advice.
  'standort', 'zufahrt', 'lage', 'unsere lage', 'koordinaten', 'luftbild', 'satellitenbild', 'street view', 'streetview', 'straßenansicht', 'location', 'our location',
  'adres', 'adresimiz', 'adresa', 'nasz adres', 'адрес', 'наш адрес', 'адреса', 'наша адреса', 'العنوان', 'عنوان', 'عنواننا', 'نشانی', 'آدرس',
  'konum', 'konumumuz', 'ulaşım', 'ulasim', 'lokalizacja', 'locația', 'locatia', 'местоположение', 'розташування', 'маршрут', 'trasa', 'مسیر', 'موقعیت',
  'koordinatlar', 'координаты', 'координати', 'współrzędne', 'wspolrzedne', 'coordonate', 'إحداثيات', 'احداثيات', 'مختصات',
]);
const DIRECTIONS_WORDS = DIRECTIONS_TEXTS.map((text) => text.replace(/ /g, '\\s+')).join('|');
/** A directions text as a whole word (or words) anywhere in a link text. */
// Not "Karta pobytu" (Polish: a residence card), which reads like Russian "карта" (a map).
// Nor an e-mail address ("Unsere E-Mail-Adresse", "Email address": session 18).
const DIRECTIONS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!e-?mail[-\\s]?)(?:${DIRECTIONS_WORDS})(?![\\p{L}\\p{N}])(?!\\s+(?:${POLISH_CARD_WORDS.join('|')})(?![\\p{L}]))(?![-\\s]+e-?mail)`,
  'iu',
);

/** Whether a link text ("So finden Sie uns", "Anfahrt und Parken") promises directions. */
export function isDirectionsText(text: string): boolean {
  if (text.length > 200) return false;
  if (DIRECTIONS.test(text)) return true;
  const normalised = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  if (WHOLE_DIRECTIONS_TEXTS.has(normalised)) return true;
  // The single words with nothing but the place itself around them: "Zur Lage des Hauses", "Адрес приюта", "Lage Lindenallee", "Zufahrt/Lage" (outside tester, session 18).
  const words = normalised.split(' ');
  const placeWord = (i: number) => WHOLE_DIRECTIONS_TEXTS.has(words[i]!) || WHOLE_DIRECTIONS_TEXTS.has(`${words[i]} ${words[i + 1] ?? ''}`);
  return words.some((_, i) => placeWord(i)) && aboutThePlace(words, WHOLE_DIRECTIONS_TEXTS);
}

/**
 * Words that say nothing but "the place" around a place word: articles and prepositions, "us",
 * "our", "the house", "the shelter" in the site's languages (session 18). With only these (or a
 * street or a known place) beside it, "Lage", "Adres", "Маршрут" name the shelter's location.
 */
const PLACE_CONTEXT: ReadonlySet<string> = withSkeletons([
  'zur', 'zum', 'des', 'der', 'die', 'das', 'dem', 'den', 'zu', 'uns', 'unser', 'unsere', 'unseres', 'haus', 'hauses', 'frauenhaus', 'frauenhauses', 'und', 'weg', 'info', 'infos', 'hier', 'plan',
  'the', 'our', 'us', 'to', 'of', 'house', 'shelter', 'and', 'here', 'bilgisi', 'burada', 'evimiz', 'evin', 'bizim', 'bize', 've', 'domu', 'dom', 'naszego', 'nasz', 'nasza', 'do', 'nas',
  'dojazdu', 'i', 'наш', 'наша', 'наше', 'нас', 'до', 'приюта', 'притулку', 'дома', 'будинку', 'и', 'і', 'к', 'casei', 'casa', 'noastră', 'noastra', 'la', 'noi', 'și', 'si', 'ما', 'منزل',
  'البيت', 'خانه', 'إلى', 'الى', 'لنا', 'و',
]);

/** `words` (lower case) hold only place words of `places`, PLACE_CONTEXT, or at least one street or known place name. */
function aboutThePlace(words: readonly string[], places: ReadonlySet<string>): boolean {
  const rest = words.filter((word) => word && !places.has(word) && !PLACE_CONTEXT.has(word));
  // English words in -ing end like a street in -ring ("sharing", "Wallring") but have a vowel before it.
  const street = (word: string) => word.length >= 6 && Boolean(streetEnding(word)) && !NOT_STREET_COMPOUNDS.has(word) && !/[aeiouy]ring$/.test(word);
  return rest.length === 0 || rest.some((word) => street(word) || isKnownPlace(word));
}

/** Whether the text right before a URL (the 60 characters before it) labels the URL as directions. */
/** The last word of every directions text ("uns", "anfahrt", "map"): the word right before a URL must be one of them. */
const DIRECTIONS_LAST_WORDS = new Set(DIRECTIONS_TEXTS.map((text) => text.slice(text.lastIndexOf(' ') + 1)));
const SKIPPED_BEFORE_URL = ' :-–→>](\u00a0';

/**
 * `labelsDirections` for the URL at `index` of `text`, without cutting the text: most URLs follow
 * no directions word, and that is told from the word right before them (a body may hold 100,000 URLs).
 */
export function labelsDirectionsAt(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && end > index - 4 && SKIPPED_BEFORE_URL.includes(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start <= 30 && /\p{L}/u.test(text[start - 1]!)) start--;
  if (start === end || !DIRECTIONS_LAST_WORDS.has(text.slice(start, end).toLowerCase())) return false;
  return labelsDirections(text.slice(Math.max(0, index - 60), index));
}

export function labelsDirections(before: string): boolean {
  // Plain string comparisons on at most 60 characters: no pattern runs over the text before each URL.
  let tail = before.slice(-60).toLowerCase();
  let end = tail.length;
  while (end > 0 && end > tail.length - 4 && ' :-–→>](\u00a0'.includes(tail[end - 1]!)) end--;
  tail = tail.slice(0, end).replace(/\s+/g, ' ');
  if (!/\p{L}$/u.test(tail)) return false; // every directions text ends with a letter
  return DIRECTIONS_TEXTS.some((text) => tail.endsWith(text) && !/[\p{L}\p{N}]/u.test(tail.charAt(tail.length - text.length - 1)));
}

const SHORTENER_HOSTS = new Set(LINK_SHORTENERS);
let listed: Set<string> | undefined;
/** The public list of shorteners (./data/url-shorteners.txt), read once when first needed. */
function listedShorteners(): Set<string> {
  if (!listed) {
    // Beside this module under tsx and vitest; from the bundle of scripts/run.mjs (node_modules/.cache/gsn-run/) three folders up;
    // from the project folder as the postcode table is (a node_modules linked in from another checkout).
    const file = [new URL('./data/url-shorteners.txt', import.meta.url), new URL('../../../src/content/data/url-shorteners.txt', import.meta.url), pathToFileURL(path.resolve('src/content/data/url-shorteners.txt'))].find((url) => existsSync(url));
    if (!file) throw new Error('src/content/data/url-shorteners.txt fehlt: ohne die Liste der Kurzlink-Dienste prüft der Schutz der Frauenhaus-Einträge nicht vollständig.');
    const text = readFileSync(file, 'utf8');
    listed = new Set(text.split('\n').map((line) => line.trim().toLowerCase()).filter((line) => line && !line.startsWith('#')));
  }
  return listed;
}

/**
 * Whether `host` (lower case, as written, no trailing dot) is a link shortener. The public list
 * names short domains exactly as they are used, without `www.` (`dw.com` is a broadcaster's short
 * domain, `www.dw.com` its site): a host of our list also with `www.` and as a sub-domain.
 */
export function isShortener(host: string): boolean {
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  if (SHORTENER_HOSTS.has(bare) || listedShorteners().has(host)) return true;
  for (let dot = bare.indexOf('.'); dot >= 0; dot = bare.indexOf('.', dot + 1)) if (SHORTENER_HOSTS.has(bare.slice(dot + 1))) return true;
  return false;
}

/** Whether `host` (lower case) belongs to a map, route or position service of `PLACE_SERVICES`. */
export function isPlaceService(host: string): boolean {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const label = labels[i]!;
    if (!PLACE_SERVICES.has(label)) continue;
    const only = PLACE_SERVICE_ONLY.get(label);
    if (!only || only(host)) return true;
  }
  return false;
}

/** URLs in a text: with a scheme, starting with www., or on a shortener's host. Bounded, so linear. */
export const URL_IN_TEXT = /(?=[a-z0-9-])(?<![\p{L}\p{N}.@-])(?:https?:\/\/|www\.|(?:[a-z0-9-]{1,30}\.){1,3}[a-z]{2,6}\/)[^\s<>"'()[\]{}]{1,2000}/giu;

/** The host of a URL with or without its scheme. */
const HOST = /^(?:https?:\/\/)?([^/?#:@\s]{1,253})/i;
/** Letters every word of PLACE_WORDS and every map host holds one of: without them, no place word. */
const PLACE_HINT =
  /map|kart|plan|rout|dir|nav|anfahrt|anreise|weg|geo|loc|standort|lage|place|coord|koord|lat|mlon|street|find|get|reach|tarif|gidil|ulasim|branchen|business|search|local|fahrplan|reiseaus|verbindung|journey|adress|address|anschrift|wo-wir|harit|konum|ula[şs]|h[aă]r[tț]|indica|lokal|ajung|dojazd|dojech|dotrz|proes|prois|proech|marsch|mestopol|rostasch|lokaz|dobrat|distat|doich|карт|мап|схем|проезд|проїзд|маршрут|добрат|проехат|дістат|доїх|местопол|розташ|локац|خريط|اتجاه|نقشه|مسیر|موقعیت/i;
/** The first four letters of every place word and phrase: a second hint, so that a word added to the tables is never skipped by PLACE_HINT. */
const PLACE_TABLE_HINT = new RegExp([...new Set([...PLACE_WORDS, ...PLACE_PHRASES].map((word) => [...word].slice(0, 4).join('').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))].join('|'), 'i');
/**
 * Result pages of search engines, whatever the country domain: a search for a place shows its map
 * card (Google, Bing, DuckDuckGo, Ecosia, Brave, Qwant, Startpage, Yandex, Yahoo, WEB.DE, GMX,
 * t-online, MetaGer, Swisscows, Ask, AOL, Kagi, You.com, Baidu, Seznam, Mojeek; Google's local
 * services). Session 18 (outside testers): all of them, not only Google's. Whatever the query:
 * a search for a hotline and one for the shelter's name are one link form.
 */
const SEARCH_PAGE =
  /^(?:https?:\/\/)?(?:www\.)?(?:google\.[a-z.]{2,7}\/(?:search|localservices)|bing\.com\/(?:local|maps|search)|duckduckgo\.com\/\??[^#]*\bq=|(?:html\.|lite\.)?duckduckgo\.com\/(?:html|lite)|ecosia\.org\/search|search\.brave\.com\/search|(?:[a-z]+\.)?qwant\.com\/\??[^#]*\bq=|startpage\.com\/(?:do\/)?search|yandex\.[a-z.]{2,7}\/(?:search|maps)|(?:[a-z]+\.)?search\.yahoo\.com\/search|suche\.(?:web\.de|gmx\.(?:de|net|at|ch)|t-online\.de)\/|mojeek\.com\/search|metager\.(?:de|org)\/|swisscows\.com\/|ask\.com\/web|search\.aol\.com\/|kagi\.com\/search|you\.com\/search|baidu\.com\/s\b|search\.seznam\.cz\/)/i;
/** Letters every key of PLACE_QUERY_KEYS holds one of. */
const PLACE_QUERY_HINT = /place|kgmid|ludocid|ftid|ziel|dest|daddr|zo=/i;

export type PlaceLinkReason = 'shortener' | 'place-service' | 'position' | 'place-words';

/**
 * Why `url` (as found in a text, decoded) may lead to a place, or undefined: a shortener, a map
 * service, a position in the URL (./url-positions.ts), a place word in host or path. A URL that
 * cannot be parsed is judged by its text.
 */
export function placeLinkReason(url: string): PlaceLinkReason | undefined {
  // A text may repeat one URL 100,000 times: each is judged once.
  if (judged.has(url)) return judged.get(url) ?? undefined;
  const reason = judgeLink(url);
  if (judged.size >= 10_000) judged.clear();
  judged.set(url, reason ?? null);
  return reason;
}
const judged = new Map<string, PlaceLinkReason | null>();

function judgeLink(url: string): PlaceLinkReason | undefined {
  const typedHost = HOST.exec(url)?.[1]?.toLowerCase().replace(/\.$/, '');
  // A browser reads `\\` as `/` and skips all before `@` (../schema/url-reading.ts): the host it opens is judged too.
  const openedHost = /[\\@]/.test(url.split(/[?#]/, 1)[0]!) ? browserHost(url) : undefined;
  for (const host of [typedHost, openedHost]) {
    if (host === undefined) continue;
    if (isShortener(host)) return 'shortener';
    if (isPlaceService(host)) return 'place-service';
  }
  if (positionInUrl(url)) return 'position';
  if (PLACE_QUERY_HINT.test(url) && placeInQuery(url)) return 'place-service';
  // A search engine's result page for a place shows its map card ("google.de/search?q=frauenhaus+celle", "bing.com/local?lid=…").
  if (typedHost !== undefined && SEARCH_PAGE.test(url)) return 'place-service';
  // Most links name no place: told apart without parsing the URL (a body may hold 30,000 links).
  // Host, path and fragment, without the query (search terms).
  const head = url.replace(/\?[^#]*/, '');
  const hinted = (text: string) => PLACE_HINT.test(text) || PLACE_TABLE_HINT.test(text);
  if (typedHost !== undefined && !hinted(head) && !(head.includes('%') && hinted(readablePath(head)))) return undefined;
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  let host: string;
  let rest: string;
  try {
    const parsed = new URL(withScheme);
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    // The URL parser percent-encodes letters beyond ASCII ("/карта", "/نقشه"): read as written.
    // The fragment too: a page's anchor "#harita", "#anfahrt" names the part it opens (never the query: search terms).
    rest = `${readablePath(parsed.pathname)}/${readablePath(parsed.hash.slice(1))}`;
  } catch {
    return undefined;
  }
  const bare = host.replace(/^www\./, '');
  if (isShortener(host)) return 'shortener';
  // The help centres of phones and apps ("support.google.com/maps/answer/…": how to delete the location history; session 18)
  // name no place. Only these: "hilfe.frauenhaus-beispiel.de/anfahrt" is a shelter's own page.
  if (HELP_CENTRES.has(bare)) return undefined;
  // Words of the host (all but the top-level domain) and of the path, never of the query (search terms).
  const labels = bare.split('.').slice(0, -1);
  const words = [...labels.flatMap((label) => label.split('-')), ...rest.split(/[/._~+-]+/)].map((word) => word.toLowerCase());
  // A host named after maps, even run together with another word: "mapcarta.com", "stadtkarte-x.de".
  // A city map or route planner inside a compound ("stadtplandienst.de", "radroutenplaner.niedersachsen.de": session 18).
  const mapHost = labels.some((label) => /^(?:map|karte)|(?:map|maps|karte|karten)$|stadtplan|routenplan|routeplan|lageplan/.test(label));
  // Phrases as whole words; "find-us" only at the end ("/find-us", not "/find-us-on-facebook").
  const joined = `-${words.filter(Boolean).join('-')}-`;
  const phrase = [...PLACE_PHRASES].some((words) => joined.includes(`-${words}-`)) || joined.endsWith('-find-us-');
  // Whole segments, without an extension ("/location.html"), for the words that are a place only alone.
  const segments = new Set(rest.split('/').map((segment) => segment.toLowerCase().replace(/\.[a-z0-9]{1,5}$/, '')));
  // … or in a segment (or host label) of nothing but the place: "/lage-celle", "/adresse-lindenallee", "/адрес-приюта", "lage.example.org" (session 18).
  const pieces = [...segments, ...labels].map((segment) => segment.split(/[._~+-]+/).filter(Boolean));
  const aboutPlace = (word: string) => pieces.some((piece) => piece.includes(word) && aboutThePlace(piece, PLACE_WORDS));
  const place = (word: string, i: number) => PLACE_WORDS.has(word) && !POLISH_CARDS.has(`${word} ${words[i + 1] ?? ''}`) && (!SEGMENT_ONLY_PLACE_WORDS.has(word) || segments.has(word) || aboutPlace(word));
  return mapHost || phrase || words.some(place) ? 'place-words' : undefined;
}

/** Help centres of phones, maps and messengers: their pages explain settings (location sharing, history), they show no place. */
const HELP_CENTRES = new Set(['support.google.com', 'support.apple.com', 'faq.whatsapp.com', 'help.instagram.com', 'support.microsoft.com', 'support.signal.org', 'telegram.org', 'help.snapchat.com']);

/** `pathname` percent-decoded, or as it is when it does not decode. */
function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Whether the query of `url` names one place of a map service by a key of PLACE_QUERY_KEYS. */
function placeInQuery(url: string): boolean {
  const [beforeHash, ...hash] = url.split('#');
  // The query, and a fragment written like one ("#so=Hannover&zo=Celle": single-page planners keep their form there).
  const parts = [beforeHash!.split('?')[1], hash.join('#')].filter((part): part is string => part !== undefined && part.includes('='));
  return parts.some((part) => part.split(/[&;]/).some((pair) => PLACE_QUERY_KEYS.has(pair.split('=', 1)[0]!.toLowerCase().replaceAll('_', ''))));
}
