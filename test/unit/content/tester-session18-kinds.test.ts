/**
 * Kinds an outside tester got through the Frauenhaus guard in session 18 (about 850 probes, each
 * leak confirmed with `npm run validate` exit 0 and found in the built site), and ordinary
 * sentences it refused:
 * - links whose path or text names the address, the route, the location or the coordinates in
 *   German and the site's other languages ("/adres", "/адрес", "/gdzie-jestesmy", "Wie komme ich
 *   hin?", "Zufahrt", "Nasz adres", "Маршрут"), result pages of every large search engine (not
 *   only Google's), more listings, a city map or route planner inside a host's compound, Deutsche
 *   Bahn's destination in a fragment (`#…&zo=…`);
 * - German number words typed without their umlaut ("funf", "zwolf", "zweiundfunfzig");
 * - a small ordinal after a street over a comma or article ("Lindenallee, die zwölfte", "in der
 *   Lindenallee im zwölften");
 * and, the other way, nationwide hotlines after the other languages' word for "number" ("numer
 * 116 016", "numărul 112", "number 110", "شماره ۱۱۰") refused as house numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLinkReason } from '../../../src/content/place-links.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';
import { expectPasses, expectRefused } from '../../support/shelter-expectations.ts';

const runs = { numRuns: 100 };

const refused = expectRefused;
const passes = expectPasses;

describe('links that name the address, the way, the location or the coordinates', () => {
  it('path words and phrases of every site language are refused (generated positions)', () => {
    const word = fc.constantFrom(
      'adres', 'adresa', 'адрес', 'адреса', 'عنوان', 'نشانی', 'lokasyon', 'موقع', 'coordonate', 'współrzędne', 'координаты', 'koordinatlar', 'مختصات',
      'إحداثيات', 'luftbild', 'satellit', 'neredeyiz', 'locations', 'gdzie-jestesmy', 'unde-ne-gasiti', 'bizi-bulun', 'где-мы-находимся', 'де-ми-знаходимося', 'wie-komme-ich-hin', 'street-view',
    );
    const before = fc.constantFrom('', 'de/', 'tr/kontakt/', 'info/');
    const after = fc.constantFrom('', '/', '.html', '?x=1');
    fc.assert(
      fc.property(before, word, after, (b, w, a) => {
        expect(placeLinkReason(`https://frauenhaus-beispiel.de/${b}${w}${a}`), `${b}${w}${a}`).toBe('place-words');
      }),
      runs,
    );
    refused('Rufen Sie an.', { website: 'https://frauenhaus-beispiel.de/adres' });
    refused('Rufen Sie an.', { website: 'https://frauenhaus-beispiel.de/wie-komme-ich-hin' });
  });

  it('link texts that promise the way or the address are refused, whatever the target', () => {
    for (const text of ['Wie komme ich hin?', 'Bizi nasıl bulursunuz', 'Konumumuz', 'Our location', 'Jak do nas dojechać', 'Unde ne găsiți', 'Где мы находимся', 'عنواننا', 'مسیر', 'چگونه به ما برسید', 'Hier wohnen wir', 'Straßenansicht', 'Zufahrt', 'Lage', 'Koordinaten', 'Luftbild', 'Street View', 'Adres', 'Nasz adres', 'Адрес', 'Наша адреса', 'العنوان', 'نشانی', 'Konum', 'Lokalizacja', 'Locația', 'Местоположение', 'Розташування', 'Маршрут', 'Trasa', 'كيف تصل إلينا', 'Koordinatlar', 'Координаты', 'Współrzędne', 'إحداثيات', 'مختصات'])
      refused(`Für Fachkräfte: [${text}](https://frauenhaus-beispiel.de/info)`);
  });

  it('search result pages of every large engine, listings, map services inside a compound, a destination in a fragment', () => {
    for (const url of [
      'https://www.bing.com/search?q=Frauenhaus+Beispielverein+Celle',
      'https://duckduckgo.com/?q=Frauenhaus+Celle&iaxm=maps',
      'https://www.ecosia.org/search?q=frauenhaus+beispielverein+celle',
      'https://search.brave.com/search?q=frauenhaus+beispielverein+celle',
      'https://www.qwant.com/?q=frauenhaus+celle&t=maps',
      'https://www.startpage.com/do/search?q=frauenhaus',
      'https://yandex.ru/search/?text=frauenhaus',
      'https://suche.web.de/web?q=frauenhaus',
      'https://www.google.com/localservices/prolist?q=frauenhaus',
      'https://www.instagram.com/explore/locations/123456/frauenhaus-celle/',
      'https://www.kennstdueinen.de/celle-frauenhaus-123.html',
      'https://www.hotfrog.de/firma/frauenhaus-celle',
      'https://www.klicktel.de/frauenhaus-celle',
      'https://www.stadtplandienst.de/query?ORT=Celle',
      'https://www.radroutenplaner.niedersachsen.de',
      'https://www.bahn.de/buchung/fahrplan/suche#sts=true&so=Hannover&zo=Celle%20Lindenallee',
    ])
      refused(`Für Fachkräfte: [Info](${url})`);
  });

  it('ordinary links pass: advice on GPS trackers, "the website" in Arabic, search pages of a site, a career path', () => {
    for (const link of [
      '[GPS-Tracker erkennen](https://www.frauen-gegen-gewalt.de/de/ratgeber-digitale-gewalt.html)',
      '[Ratgeber](https://www.bmfsfj.de/resource/blob/gps-tracker)',
      '[الموقع الإلكتروني](https://www.hilfetelefon.de/)',
      '[Suche](https://www.bmfsfj.de/bmfsfj/service/search)',
      '[Traseu profesional](https://example.org/traseu-profesional)',
      '[Übersetzer](https://www.bing.com/translator)',
      '[Videoberatung](https://zoom.us/j/123)',
      '[Koordinierungsstelle](https://example.org/koordinierungsstelle)',
    ])
      passes(`Mehr: ${link}`);
  });
});

describe('German number words typed without their umlaut', () => {
  it('are read as numbers after a street, a label, in e-mail addresses and URLs', () => {
    for (const text of ['Wir sind in der Lindenallee funf.', 'Wir sind in der Lindenallee zweiundfunfzig.', 'Lindenallee, Hausnummer zwolf.', 'Lindenallee funfzehn', 'Lindenallee, die zwolfte', '[Info](https://frauenhaus-beispiel.de/lindenallee-funf)'])
      refused(text);
    refused('', { email: 'lindenallee.funf@example.org' });
  });

  it('generated: each spelling of five, twelve, fifteen and fifty after a street', () => {
    const word = fc.constantFrom('fünf', 'fuenf', 'funf', 'zwölf', 'zwoelf', 'zwolf', 'fünfzehn', 'funfzehn', 'fünfzig', 'funfzig', 'zweiundfunfzig', 'hundertzwolf');
    const street = fc.constantFrom('Lindenallee', 'Hauptstraße', 'Am Markt', 'Musterweg');
    fc.assert(
      fc.property(street, word, (s, w) => {
        expect(frauenhausErrors(`Wir sind in ${s} ${w}.`), `${s} ${w}`).not.toEqual([]);
      }),
      runs,
    );
  });
});

describe('a small ordinal after a street over a comma or an article', () => {
  it('counts its houses', () => {
    for (const text of ['Sie finden uns in der Lindenallee, die zwölfte auf der linken Seite.', 'Wir sind in der Lindenallee im zwölften.', 'Sie finden uns in der Lindenallee, das fünfte von links.', 'Sie finden uns in der Lindenallee – das fünfte von links.'])
      refused(text);
    refused('', { title: 'Frauenhaus Celle – Lindenallee, die Zwölfte' });
  });

  it('not over a sentence’s end, and not after words that are no street', () => {
    for (const text of ['Wir wohnen in der Hauptstraße. Die erste Beratung ist kostenlos.', 'Beratung im Rathaus, der erste Schritt.', 'Im Frauenhaus, die erste Anlaufstelle für Frauen in Not.', 'Die Beratungsstelle, die erste im Landkreis, hilft.', 'Kinder bis zum zwölften Lebensjahr'])
      passes(text);
  });
});

describe('house numbers in words of the other site languages', () => {
  it('after a two-word label ("number of the house") in every site language', () => {
    for (const text of [
      'Lindenallee, номер будинку дванадцять.', 'Lindenallee, numer domu dwanaście.', 'Lindenallee, kapı numarası on iki.', 'Lindenallee، رقم المنزل اثنا عشر.', 'Lindenallee، شماره خانه دوازده.',
      'Lindenallee, numărul casei doisprezece.', 'Lindenallee, the house number is twelve.', 'номер дома: двенадцать', 'numer domu sto dwanaście', 'bina numarası on iki', 'شماره ساختمان دوازده', 'شماره منزل دوازده',
    ])
      refused(text);
  });

  it('ordinals counting houses in the cases a house word takes, and from 11 on', () => {
    for (const text of [
      'Мы на Lindenallee, в двенадцатом доме.', 'Мы находимся на Lindenallee, в пятом доме справа.', 'Ми на Lindenallee, у дванадцятому будинку.', 'Ми знаходимося на Lindenallee, в п’ятому будинку.',
      'Jesteśmy przy Lindenallee, w dwunastym domu.', 'Suntem pe Lindenallee, casa a douăsprezecea.', 'Lindenallee üzerindeyiz, beşinci binada.', 'Lindenallee üzerindeyiz, beşinci evde.',
      'ما در Lindenallee هستیم، در خانهٔ پنجم.', 'نحن في Lindenallee، المنزل الحادي والعشرون.',
    ])
      refused(text);
  });

  it('number words typed without diacritics or apostrophe, and the other cases of Arabic twelve', () => {
    for (const text of ['Jesteśmy przy Lindenallee, numer dwanascie.', 'Lindenallee, numer piec', 'Lindenallee dwanascie', 'Lindenallee، رقم اثني عشر.', 'Lindenallee، رقم اثنى عشر.', 'Ми на Lindenallee, номер пятнадцять.'])
      refused(text);
  });

  it('the same words in ordinary sentences pass', () => {
    for (const text of [
      'Mamy piec w kuchni.', 'Dzieci: dwanaście miejsc', 'Bina erişilebilir, asansör var.', 'Evde kalmak zorunda değilsiniz.', 'В нашем доме пять комнат для женщин.', 'W domu jest dwanaście miejsc.',
      'Casa are douăsprezece locuri.', 'Ми працюємо в п’ятому районі міста.', 'Druga możliwość to telefon.', 'The house is open for twelve women and their children.', 'Das Haus ist für zwölf Frauen da.', 'Telefon numarası: 116 016',
    ])
      passes(text);
  });
});

describe('e-mail addresses and URLs with a house number in words', () => {
  it('run together, camel case, Roman numerals, English and Polish words, number-first, over an article', () => {
    for (const email of ['lindenallee_zwoelf@example.org', 'LindenalleeZwoelf@example.org', 'lindenalleezwoelf@example.org', 'lindenallee.xii@example.org', 'lindenallee.twelve@example.org', 'twelve.linden.close@example.org', 'lindenallee.dwunasty@example.org'])
      refused('', { email });
    for (const text of ['Schreiben Sie an lindenallee_zwoelf@example.org.', '[Info](https://frauenhaus-beispiel.de/lindenallee-xii)', '[Info](https://frauenhaus-beispiel.de/lindenallee/die-zwoelfte)', '[Info](https://frauenhaus-beispiel.de/LindenalleeZwoelf)'])
      refused(text);
  });

  it('ordinary addresses and paths pass', () => {
    for (const email of ['info@example.org', 'frauenhaus-celle@example.org', 'beratung.team@example.org', 'kontakt-lindenhof@example.org', 'one.stop.shop@example.org', 'first.contact@example.org', 'team.zwei@example.org', 'postfach.hauptstrasse@example.org'])
      expect(frauenhausErrors('Rufen Sie an.', { email }), email).toEqual([]);
    for (const url of ['https://example.org/artikel/die-zweite-chance', 'https://example.org/one-two-three', 'https://example.org/kapitel-xii', 'https://example.org/wegweiser-teil-ii', 'https://example.org/hauptstrasse-app/v2/einstellungen'])
      passes(`[Info](${url})`);
  });
});

describe('positions in URLs and codes', () => {
  it('coordinates joined by "~" or "_", projected metres, map tiles, aviation-style degrees, geohashes, what3words without dots', () => {
    for (const url of [
      'https://example.org/?cp=52.6234~10.0812', 'https://example.org/?pos=52.6234_10.0812', 'https://example.org/p/52.6234~10.0812', 'https://example.org/?srs=3857&x=1122345.5&y=6903456.5',
      'https://example.org/?e=583000&n=5830000', 'https://example.org/tiles/18/138411/85866.png', 'https://example.org/?loc=523724N0100452E', 'https://example.org/?gh=u1x0esw8',
    ])
      refused(`[Info](${url})`);
    refused('Rufen Sie an.', { website: 'https://example.org/?ll=52.6234~10.0812' });
    for (const text of ['Treffpunkt für Fachkräfte: ///tisch/lampe/haus', 'Geohash-Code des Hauses: u1x0esw8', 'Геохеш: u1x0esw8'])
      refused(text);
  });

  it('ordinary numbers in URLs and texts pass', () => {
    for (const text of ['Kinder von 3_4 Jahren?', 'Wir sind 24/7 erreichbar.', '[Flyer](https://example.org/files/2024/05/flyer.pdf)', '[Artikel](https://example.org/?id=1234567&ref=6543210)', '[Bild](https://example.org/img/8/138/85.png)', 'Mehr unter https://www.hilfetelefon.de/ und in Celle.'])
      passes(text);
  });
});

describe('a third tester’s round: other members of the same kinds, and what the new rules must let pass', () => {
  it('ordinals, house words, counts, keycaps, link titles, search pages, positions in URLs', () => {
    for (const text of [
      'Jesteśmy przy ulicy Lipowej piec.', 'Wir wohnen in der Lindenallee (die zwölfte).', 'Wir wohnen in der Lindenallee, beim zwölften.', 'Wir wohnen in der Lindenallee, zum Zwölften.',
      'Ihlamur Sokağındaki yedinci binadayız.', 'Мы на Липовой улице, в пятом здании.', "Ми на вулиці Липовій, у п'ятій будівлі.", 'Mieszkamy przy ulicy Lipowej, w dwunastej kamienicy.',
      'Jesteśmy przy ul. Lipowej, dwunasta kamienica.', 'Adres: ul. Lipowa dwunasta', 'Siehe https://example.org/ulica-ogrodowa-dwanascie', 'Siehe https://example.org/strada-teilor-doisprezece',
      'Wir wohnen in der Lindenallee, Hausnummer: ein Dutzend.', 'Wir wohnen in der Lindenallee, Hausnummer: ein halbes Dutzend.', 'Wir wohnen in der Lindenallee 🔟.',
      'Mehr: [hier](https://beispielverein.de/x "Anfahrt zum Haus")', '[Suche](https://metager.org/meta/meta.ger3?eingabe=frauenhaus+celle)', '[Suche](https://suche.gmx.net/web?q=frauenhaus+celle)',
      '[Suche](https://suche.t-online.de/fast-search.do?q=frauenhaus+celle)', '[Suche](https://kagi.com/search?q=frauenhaus)', 'Siehe https://beispielverein.de/x?ll=52,6234~10,0812',
      'Siehe https://beispielverein.de/x?mx=1122334&my=6901234', 'Siehe https://beispielverein.de/x?bbox=1122334,6901234,1122434,6901334', 'Siehe https://beispielverein.de/x?z=15&x=17300&y=10761',
      '[Info](https://x.de/unsere-adresse)', '[Info](https://x.de/lage)', '[Info](https://x.de/de/adresse.html)',
    ])
      refused(text);
  });

  it('e-mail addresses, the blocking of one’s address, location sharing, other senses of "Trasa", "Zufahrt", "Lage", quotes after "///"', () => {
    for (const text of [
      'Schreiben Sie uns: [Unsere E-Mail-Adresse](mailto:frauenhaus-celle@example.org)', '[Adres e-mail](mailto:a@example.org)', '[Adresa de e-mail sigură](https://example.org/ro/adresa-email)',
      '[Jak założyć bezpieczny adres e-mail](https://example.org/pl/adres-email)', '[Адрес электронной почты](mailto:a@example.org)', '[Електронна адреса](mailto:a@example.org)', '[آدرس ایمیل](mailto:a@example.org)',
      '[Как скрыть свой адрес от обидчика: запрет на выдачу сведений](https://www.gesetze-im-internet.de/bmg/__51.html)', '[Adres kaydı engeli hakkında bilgi](https://www.gesetze-im-internet.de/bmg/__51.html)',
      '[Konum takibi nasıl engellenir?](https://example.org/tr/takip)', 'Podcast: [Trasa wyjścia z przemocy – odcinek 3](https://www.youtube.com/watch?v=abc123)', '[Trasa dla kobiet: jak wyjść z przemocy](https://example.org/pl/trasa)',
      '[Barrierefreier Zugang und Zufahrt für Rollstühle](https://www.bundesfachstelle-barrierefreiheit.de/DE/Fachwissen/Bauen/Zufahrt/zufahrt_node.html) – unser Haus erfüllt diese Regeln.',
      'Eine [Zufahrt für Rettungswagen](https://example.org/info) ist vorhanden; alles Weitere am Telefon.', '[Rechtliche Lage](https://www.hilfetelefon.de/gewalt-gegen-frauen/rechtliche-lage.html)',
      '[Ummelden beim Bürgeramt](https://example.org/adresse-aendern)', '[Standortfreigabe ausschalten](https://www.klicksafe.de/en/location-sharing)', 'Tipp aus dem Workshop: ///Achtung: Handy-Ortung ausschalten///',
      'Zitat: ///Niemand hat das Recht, Sie zu schlagen.///', 'Wir haben ein Dutzend Plätze.', 'Ein halbes Dutzend Mitarbeiterinnen hilft.', 'Mieszkamy w bloku.', 'المبنى الثاني مخصص للأطفال.',
      'Das Haus (die zweite Etage) ist barrierefrei.', 'Siehe https://example.org/artikel?z=3&x=12&y=5', 'Siehe https://example.org/liste?preis=12,50~15,00',
    ])
      passes(text);
  });
});

describe('a realistic corpus of shelter texts (fourth tester): what must pass, and the same forms after a street', () => {
  it('times with minutes, phone numbers after "Nummer", IBANs after a colon, articles of laws, counts in Slavic plurals, euros in other scripts, help pages, names', () => {
    for (const text of [
      'Bürozeiten: 9:00–13:00.', 'Beratungszeiten: 10.00 bis 12.00', 'Office hours: 9:00–13:00.', 'Godziny pracy: 9:00–13:00.',
      'Sie erreichen uns rund um die Uhr unter der Telefonnummer 05141 999 999.', 'Unsere Nummer: 05141 12345.', 'IBAN: DE12 2505 0180 0000 1234 56', 'Spendenkonto: DE12 2505 0180 0000 1234 56',
      'Der Landesaktionsplan III zur Bekämpfung häuslicher Gewalt', 'В 2023 году мы приняли 84 женщины и 97 детей.', 'W 2023 roku przyjęłyśmy 84 kobiety i 97 dzieci.', 'Стоимость: 42,50 евро в день.',
      'التكلفة: 42,50 يورو في اليوم.', 'وفقًا للمادة 1 من قانون الحماية من العنف', 'Şiddetten Korunma Yasası, madde 1', "Şiddetten Korunma Yasası'nın 1. maddesine göre", 'طبق ماده ۱ قانون حمایت',
      '[Anleitung: Standortverlauf in Google Maps löschen](https://support.google.com/maps/answer/6258979?hl=de)', '[Live-Standort beenden](https://faq.whatsapp.com/1234)',
      '[Standort nicht mehr teilen](https://support.apple.com/de-de/guide/iphone/iph1e3e42bc5/ios)', 'How to turn off location sharing on iPhone.', 'Turn off sharing on your phone.',
    ])
      passes(text);
  });

  it('the same forms right after a street or label stay refused; listings and tools that open the place are refused', () => {
    for (const text of [
      'Hauptstraße 9:00–13:00', 'Hausnummer 10:30', 'Wir sind in der Lindenallee 10.30 bis 11.00', 'Am Markt 12.00 bis 13.00', 'Lindenallee madde 12', 'Lindenallee المادة 12', 'Lindenring on iki',
      '[Info](https://overpass-turbo.eu/s/1AbC)', '[Guide](https://guides.apple.com/?ug=CiE)', '[Adressen](https://www.meinestadt.de/celle/adressen/frauenhaus)', '[Haus](https://immobilien.de/expose/123)',
      '[Anzeige](https://www.kleinanzeigen.de/s-immobilien/celle/c195l1234)', '[Haus](https://www.zvg-portal.de/index.php?button=showZvg&zvg_id=123)', '[Standort](https://example.org/x)',
      '[Hilfe](https://hilfe.frauenhaus-beispiel.de/anfahrt)',
    ])
      refused(text);
  });
});

describe('a fifth tester’s abuse of the allowances: each allowance stops at a street or a place', () => {
  it('phone numbers and IBANs whose groups end before a place or street, times and counts near a foreign street, "on" after a street', () => {
    for (const text of [
      'Nummer 05141 29221 Celle', 'номер 05141 29221 Celle', 'Nummer 05141 12 Lindenallee', 'Telefonnummer 05141 29221 Celle', 'Telefonnummer 0512 12 in der Lindenallee',
      'IBAN: DE12 1203 29221 Celle', 'Spendenkonto: DE12 1203 0000 0012 29221 Celle', 'IBAN: DE12 1203 12 Lindenallee', 'IBAN: DE12 1203 0000 12 ul. Lipowa',
      'Lindenallee — 12:00–13:00', 'Lindenallee, 12.00 bis 13.00', 'شارع ليندن 12:00–13:00', 'ul. Lipowa 12.00 do 13.00', 'ul. Lipowa 12:00', 'Strada Teilor 12:00', 'Lindenallee, ab 12:30',
      'Linden Road, 12:00', 'ul. Lipowa 12 kobiety', 'ул. Липовая 12 женщин', 'Strada Teilor 12 euro', 'Evimiz lindenweg on', 'Wir wohnen in der lindenstraße on', 'Evimiz wallring on',
    ])
      refused(text);
  });

  it('place words beside nothing but the place, in link texts and URL paths', () => {
    for (const text of [
      '[Zur Lage des Hauses](https://example.org/info)', '[Lage Lindenallee](https://example.org/info)', '[Die Zufahrt zu uns](https://example.org/info)', '[Zufahrt/Lage](https://example.org/info)',
      '[Konum bilgisi](https://example.org/info)', '[Наш маршрут](https://example.org/info)', '[Маршрут до нас](https://example.org/info)', '[Trasa dojazdu](https://example.org/info)',
      '[Adres domu](https://example.org/info)', '[Адрес приюта](https://example.org/info)', '[Standort des Hauses](https://example.org/info)', '[x](https://example.org/lage-celle)',
      '[x](https://example.org/adresse-lindenallee)', '[x](https://example.org/адрес-приюта)', '[x](https://example.org/#lage-des-hauses)', '[x](https://lage.example.org/)',
    ])
      refused(text);
  });

  it('the same words in other senses still pass', () => {
    for (const text of [
      'Telefon 0800 116 016 in Celle erreichbar', 'Telefon 05141 12345 in der Beratungsstelle', 'Tel. 05141 12345, Fax 05141 12346', 'IBAN DE12 2505 0180 0000 1234 56, BIC SPKHDE2HXXX',
      'Sprechzeiten 9:00 bis 12:00, Mo–Fr', '[Lage von Frauen mit Behinderungen](https://www.bmfsfj.de/x/lage-von-frauen-mit-behinderungen)', '[Lage in Niedersachsen](https://example.org/x)',
      '[Barrierefreier Zugang und Zufahrt für Rollstühle](https://www.bundesfachstelle-barrierefreiheit.de/DE/Fachwissen/Bauen/Zufahrt/zufahrt_node.html)', '[Sharing](https://www.klicksafe.de/en/location-sharing)',
    ])
      passes(text);
  });
});

describe('a seventh tester’s forms: "under number", a number after a comma, dozens, the number only in the link target, scaled coordinates', () => {
  it('are refused', () => {
    for (const text of [
      'Znajdziesz nas przy ul. Lipowej pod numerem dwunastym.', 'Мы живём на Липовой аллее под номером двенадцать.', 'Ми на вулиці Липовій під номером дванадцять.', 'Мы на Липовой, двенадцать.',
      'Ми на Липовій, дванадцять.', 'Jesteśmy na Lipowej, dwanaście.', 'نحن في شارع الزيزفون، اثنا عشر.', 'ما در خیابان لیندن، دوازده هستیم.', 'Sie finden uns in der Lindenallee – двенадцать.',
      'We are at Linden Avenue, a dozen.', 'Мы на Lindenallee, дюжина.', 'Jesteśmy na Lindenallee, tuzin.', 'Sie finden uns in der [Lindenallee](https://example.org/12).',
      'Sie finden uns in der [Lindenallee](https://example.org/?n=12).', '[Infos](https://example.org/?latE6=52623400&lonE6=10081200)', '[x](https://example.org/?lat=526234000&lon=100812000)',
      '[x](https://example.org/?p=52d37m24sN10d4m52sE)',
    ])
      refused(text);
  });

  it('the same words in ordinary sentences pass', () => {
    for (const text of ['В Целле, двенадцать мест для женщин.', 'W Celle, dwanaście miejsc.', 'Zadzwoń pod numerem 116 016.', 'Pod numerem telefonu 05141 12345 jesteśmy dostępne.', '[Artikel](https://example.org/artikel/12)'])
      passes(text);
  });
});

describe('nationwide hotlines after the word for "number" of the site’s languages', () => {
  it('pass, as "Nummer 116 016" does', () => {
    for (const text of ['Zadzwoń pod numer 116 016.', 'W nagłych wypadkach dzwoń pod numer 110.', 'În caz de urgență sunați la numărul 112.', 'در شرایط اضطراری با شماره ۱۱۰ تماس بگیرید.', 'In an emergency, call number 110.', 'Unter der Nummer 116 016 erreichbar.'])
      passes(text);
  });

  it('after a street the same words stay a house number', () => {
    for (const text of ['Lindenallee, numer 110.', 'Wir sind in der Lindenallee Nummer 110.', 'Strada Mare numărul 112', 'Lindenallee, number 112', 'شارع النيل رقم 112', 'Hauptstraße 110'])
      refused(text);
  });
});
