/**
 * Kinds an outside tester got through the Frauenhaus guard in session 17 (about 450 probes, each
 * leak confirmed with `npm run validate` exit 0), and ordinary sentences it refused:
 * - number words of the site's languages it did not read: Ukrainian "п’ять" and "дві", Arabic
 *   teens ("اثنا عشر", "أحد عشر"), Romanian "o sută" and the label "numărul", German "Dutzend";
 * - an ordinal counting houses along a German street ("Das zwölfte Haus der Hauptstraße");
 * - links to a map or to the way there in the site's other languages ("/yol-tarifi", "/harta",
 *   "/dojazd", "/карта", "/نقشه"), business listings (Yelp, Gelbe Seiten, Das Örtliche, a Google
 *   place id), Google Earth;
 * - a postcode run together with letters in an e-mail address ("fh29221@…"), a number-first street
 *   in an e-mail address of the body, what3words with spaces ("/// tisch . lampe . haus");
 * - "§ 12" and "Paragraf 12" right after a street;
 * and, the other way, "im Schnitt 3 bis 4 Monate", "Paragraf 238 StGB", "Söhnen über 12",
 * "bis zum Alter von 14", "1x wöchentlich", "Avem douăzeci de locuri", "Przez trzy miesiące" refused
 * as addresses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACE_PHRASES, PLACE_WORDS, placeLinkReason } from '../../../src/content/place-links.ts';
import { frauenhausErrors } from '../../support/frauenhaus-entry.ts';
import { expectPasses, expectRefused } from '../../support/shelter-expectations.ts';

const runs = { numRuns: 100 };

const refused = expectRefused;
const passes = expectPasses;

describe('house numbers in words the guard did not read', () => {
  it('the tester’s examples are refused, in the body and in a field', () => {
    for (const text of [
      'Adresa: Hauptstraße numărul doisprezece.',
      'Hauptstraße numărul cinci',
      'Hauptstraße, casa doisprezece',
      'Strada Mihai Eminescu nr. o sută cinci',
      'العنوان: Hauptstraße رقم اثنا عشر.',
      'Hauptstraße أحد عشر',
      'Hauptstraße اثنتا عشرة',
      'Адреса: Hauptstraße, будинок п’ять.',
      "Hauptstraße п'ять",
      'Hauptstraße дві',
      'Hauptstraße Dutzend',
      'Das zwölfte Haus der Hauptstraße.',
      'Das elfte Haus in der Lindenallee',
    ]) {
      refused(text);
      refused(text, { hours: text });
    }
  });

  it('after any street and label of the word’s language, and after German streets (generated)', () => {
    const cases = fc.oneof(
      fc.tuple(fc.constantFrom('вулиця Шевченка', 'Hauptstraße', 'Lindenallee'), fc.constantFrom('', 'будинок ', 'буд. ', 'Nr. '), fc.constantFrom('п’ять', "п'ять", 'пʼять', 'дві', 'дев’ять')),
      fc.tuple(fc.constantFrom('شارع الملك', 'Hauptstraße', 'Lindenallee'), fc.constantFrom('', 'رقم ', 'Nr. '), fc.constantFrom('اثنا عشر', 'اثنتا عشرة', 'أحد عشر', 'إحدى عشرة')),
      fc.tuple(fc.constantFrom('Strada Mihai Eminescu', 'Hauptstraße', 'Lindenallee'), fc.constantFrom('', 'numărul ', 'numarul ', 'număr ', 'casa ', 'nr. '), fc.constantFrom('o sută cinci', 'doisprezece', 'o sută', 'cinci')),
    );
    fc.assert(
      fc.property(cases, ([s, l, w]) => {
        expect(frauenhausErrors(`Wir sind ${s} ${l}${w}.`), `${s} ${l}${w}`).not.toEqual([]);
        expect(frauenhausErrors('Wir helfen.', { hours: `${s} ${l}${w}` }), `${s} ${l}${w} (hours)`).not.toEqual([]);
      }),
      runs,
    );
  });

  it('a third tester’s kinds: ordinals counting houses in every site language, other spellings of number words', () => {
    for (const text of [
      'вулиця Шевченка, п’ятий будинок',
      'п’ятий будинок на вулиці Шевченка',
      'улица Ленина, пятый дом',
      'пятый дом на улице Ленина',
      'Atatürk Caddesi, beşinci bina',
      "Atatürk Caddesi'ndeki beşinci ev",
      'ulica Główna, piąty budynek',
      'piąty dom na ulicy Głównej',
      'Strada Mare, casa a cincea',
      'a cincea casă de pe Strada Mare',
      'الشارع الرئيسي، المبنى الخامس',
      'المنزل الخامس في الشارع الرئيسي',
      'خیابان اصلی، ساختمان پنجم',
      'Strada Mare numărul şapte',
      'Strada Mare şapte',
      'Strada Mare numarul sapte',
      'Hauptstraße numărul douăsprezece',
      'Hauptstraße, будинок п‘ять',
      'Hauptstraße п´ять',
      'شارع الرئيسي اثْنَا عَشَر',
    ]) {
      refused(text);
      refused(text, { hours: text });
    }
    for (const text of [
      'Це перший будинок для жінок у Целле.',
      'Это первый дом для женщин в регионе.',
      'Kadınlar için ikinci ev açıldı.',
      'Drugi budynek jest w remoncie.',
      'Prima casă pentru femei a fost deschisă în 2019.',
      'المبنى الثاني مخصص للأطفال.',
      'ساختمان دوم برای کودکان است.',
      'خط تلفن کمک به شمارهٔ 116 016 همیشه در دسترس شماست.',
    ])
      passes(text);
  });

  it('a fourth tester’s kinds: Turkish case endings and labels after the number, an ordinal before the street', () => {
    for (const text of ["Evimiz Atatürk Caddesi'nde, on iki numarada.", 'Evimiz Lindenallee’de, on iki numara.', "Lindenallee'deki on ikinci ev bizim.", 'Unser Haus ist das zwölfte in der Lindenallee.', 'Das Haus ist das dritte links in der Hauptstraße.']) {
      refused(text);
      refused(text, { summary: text });
    }
  });

  it('the same words in ordinary sentences pass', () => {
    for (const text of [
      'Avem o sută de locuri.',
      'E o sută de ori mai bine.',
      'Am fost o dată acolo.',
      'O femeie are nevoie de ajutor.',
      'Wir haben ein Dutzend Plätze.',
      'أحد الأيام',
      'يوم الأحد مغلق',
      'إحدى النساء',
      'اثنا عشر سريرا',
      'п’ять кімнат',
      'дві кімнати',
      'numărul de telefon este 0511 123456',
      'Das zweite Haus wird im Frühjahr eröffnet.',
      'Das erste Haus der Stiftung liegt in Celle.',
      'Im dritten Haus auf dem Gelände wohnen Familien.',
    ])
      passes(text);
  });
});

describe('links to a map, the way there or a listing of the place', () => {
  it('the tester’s examples are refused, as link targets, link texts and bare URLs', () => {
    for (const url of [
      'https://example.org/yol-tarifi',
      'https://example.org/harta',
      'https://example.org/harita',
      'https://example.org/dojazd',
      'https://example.org/mapa',
      'https://example.org/%D0%BA%D0%B0%D1%80%D1%82%D0%B0',
      'https://example.org/карта',
      'https://example.org/как-добраться',
      'https://example.org/نقشه',
      'https://example.org/how-to-find-us',
      'https://example.org/so-finden-sie-uns',
      'https://search.google.com/local/writereview?placeid=ChIJabc123',
      'https://www.google.com/search?kgmid=/g/11abc',
      'https://www.dasoertliche.de/Themen/Frauenhaus/Celle.html',
      'https://www.yelp.de/biz/frauenhaus-celle',
      'https://foursquare.com/v/frauenhaus/5abc',
      'https://www.gelbeseiten.de/gsbiz/abc-123',
      'https://earth.google.com/web/@52.6,10.08,50a',
    ]) {
      refused(`[Mehr erfahren](${url})`);
      refused(`Mehr: ${url}`);
      refused('', { website: url });
    }
    for (const text of ['Yol tarifi', 'Как добраться', 'Карта', 'Jak dojechać', 'نقشه', 'Harita üzerinde', 'How to get here']) refused(`[${text}](https://example.org/seite)`);
    // A fourth tester's: journey planners and rides with the destination, directions texts and address pages.
    for (const url of ['https://www.vbn.de/fahrplaner?to=Celle+Lindenallee', 'https://www.db.de/reiseauskunft?Z=Celle+Musterweg', 'https://uber.com/?drop[0]=Musterweg', 'https://www.bahn.de/buchung/start?ziel=Celle%20Lindenallee', 'https://www.efa.de/?name_destination=Celle+Lindenallee', 'https://example.org/wo-wir-sind', 'https://example.org/adresse', 'https://example.org/#adresse'])
      refused(`[Mehr erfahren](${url})`);
    for (const text of ['Wo Sie uns finden', 'Zur Adresse', 'Navigation starten', 'Kontakt & Adresse', '📍', '🗺️']) refused(`[${text}](https://example.org/info)`);
    // Street and number in separate query values, read together as the site they open does.
    for (const url of ['https://example.org/a?s=Lindenallee&n=12', 'https://example.org/a?q=Lindenallee&x=12', 'https://example.org/p#s=Lindenallee&n=12']) {
      refused(`[hier](${url})`);
      refused(`Mehr: ${url} heute`);
      refused('', { website: url });
    }
    for (const url of ['https://example.org/suche?q=Frauenhaus&page=2', 'https://example.org/x?id=29221', 'https://example.org/x?lang=de&page=12', 'https://www.bmfsfj.de/suche?q=gewalt&sort=date&p=3', 'https://example.org/dropin?drop=1'])
      passes(`[Info](${url})`);
    // A third tester's: listings, search result pages, more paths, a fragment.
    for (const url of [
      'https://www.werkenntdenbesten.de/frauenhaus-celle',
      'https://business.google.com/n/123',
      'https://www.bing.com/local?lid=YN123',
      'https://home.meinestadt.de/celle/branchenbuch',
      'https://www.goyellow.de/home/frauenhaus',
      'https://www.google.com/search?q=frauenhaus+celle',
      'https://example.org/plan-dojazdu',
      'https://example.org/nasil-gidilir',
      'https://example.org/خريطه',
      'https://example.org/#harita',
    ]) {
      refused(`[Mehr erfahren](${url})`);
      refused('', { website: url });
    }
  });

  it('a place word of any site language in any path position (generated)', () => {
    const word = fc.constantFrom('harita', 'konum', 'harta', 'localizare', 'mapa', 'dojazd', 'lokalizacja', 'карта', 'маршрут', 'проезд', 'خريطة', 'نقشه', 'مسیریابی');
    const before = fc.constantFrom('', 'de/', 'tr/kontakt/', 'info/');
    const after = fc.constantFrom('', '/', '.html', '-celle', '?x=1');
    fc.assert(
      fc.property(before, word, after, (b, w, a) => {
        expect(placeLinkReason(`https://example.org/${b}${w}${a}`), `${b}${w}${a}`).toBe('place-words');
        expect(placeLinkReason(`https://example.org/${b}${encodeURIComponent(w)}${a}`), `${b}${w}${a} (escaped)`).toBe('place-words');
      }),
      runs,
    );
  });

  it('every place word and phrase is found in a path (the quick pre-check lets each through)', () => {
    for (const word of [...PLACE_WORDS, ...PLACE_PHRASES]) {
      expect(placeLinkReason(`https://example.org/info/${word}`), word).toBe('place-words');
      expect(placeLinkReason(`https://example.org/info/${encodeURIComponent(word)}/`), `${word} (escaped)`).toBe('place-words');
    }
  });

  it('ordinary links pass: Polish cards and charters, "find us on Facebook", pages of other topics', () => {
    for (const url of [
      'https://example.org/karta-pobytu',
      'https://example.org/karta-praw-kobiet',
      'https://example.org/find-us-on-facebook',
      'https://example.org/schema-des-hilfesystems',
      'https://example.org/tarife',
      'https://example.org/get-involved',
      'https://example.org/traseu-profesional',
      'https://www.frauenhauskoordinierung.de/hilfe-finden',
      'https://www.google.com/',
      'https://example.org/#top',
      'https://www.bmfsfj.de/bmfsfj/service/search',
    ])
      passes(`[Mehr erfahren](${url})`);
    passes('[Karta pobytu](https://example.org/seite)');
  });
});

describe('e-mail addresses and what3words', () => {
  it('a postcode run together with letters, a number-first street in the body', () => {
    for (const text of ['Schreiben Sie an fh29221@example.org', 'Schreiben Sie an 14.linden.close@example.org']) {
      refused(text);
      refused('', { email: text.split(' ').at(-1) });
    }
    for (const address of ['info2024@example.org', 'team112@example.org', 'frauenhaus2@example.org', 'beratung24@example.org', 'kontakt1a@example.org', 'fhcelle1990@example.org']) {
      passes(`Schreiben Sie an ${address}`);
      expect(frauenhausErrors('Wir helfen.', { email: address }), address).toEqual([]);
    }
  });

  it('what3words with spaces around its dots', () => {
    for (const text of ['/// tisch . lampe . haus', '///tisch. lampe .haus', '/// tisch.lampe.haus']) refused(text);
    passes('Die Seite ist unter /// zu finden. Dann weiter.');
  });
});

describe('legal references and counts', () => {
  it('"§ 12" and "Paragraf 12" right after a street are house numbers; with a law they are references', () => {
    for (const text of ['Hauptstraße § 12', 'Hauptstraße Paragraf 12', 'Lindenweg, § 12', 'Hauptstraße Art. 5']) refused(text);
    for (const text of ['Kitaplatz § 24 SGB VIII', 'Anspruch auf einen Kitaplatz nach § 24 SGB VIII.', 'Gemäß § 8a SGB VIII', 'nach § 238 StGB']) passes(text);
  });

  it('the tester’s false refusals pass; the same forms after a street stay refused', () => {
    for (const text of [
      'Die Frauen bleiben im Schnitt 3 bis 4 Monate.',
      'Im Mittel 5 Wochen.',
      'Beratung nach Paragraph 238 StGB',
      'Beratung bei Gewalt – auch nach Paragraf 238 StGB (Nachstellung).',
      'Die Beratung ist nach Paragraf 8a SGB VIII verpflichtet.',
      'Frauen mit Söhnen über 12 fragen bitte nach.',
      'Töchter jeden Alters, Söhne bis zum Alter von 14.',
      'Termine: 1x wöchentlich',
      'Termine: 2x pro Woche',
      'Beratung 1x im Monat',
      'Avem douăzeci de locuri.',
      'Avem cinci sute de locuri.',
      'Przez trzy miesiące',
      'Die Gruppe trifft sich jeden 1. und 3. Montag im Monat.',
      'Die 1., 2. und 3. Klasse besuchen die Grundschule.',
      'Während Covid-19 war das Haus geöffnet.',
      'Seit Covid-19 arbeiten wir anders.',
      'Die UN-Resolution 1325 betrifft Frauen.',
      // A fourth tester's.
      'Die Kinder bekommen ein eigenes Zimmer, wenn sie älter als 12 sind.',
      'Die Hälfte der Kinder ist jünger als 6.',
      'Mädchen und Jungen bis einschließlich 13 können mitkommen.',
      'Boys older than 14 cannot stay with us.',
      'Unter Android 14 finden Sie die Standortfreigabe unter Einstellungen.',
      'Windows 11 und iOS 17 sind auf unseren Laptops installiert.',
      'Die Schulpflicht gilt bis zur 9. bzw. 10. Klasse.',
      'Telefonsprechstunde jeden 1. und 3. Mittwoch.',
      'Die Gemeinschaftsküche ist im EG, die Zimmer im 1. und 2. OG.',
      'Regel 1: Die Adresse des Hauses wird niemandem mitgeteilt.',
      'Unsere Mitarbeiterinnen haben eine Ausbildung nach ISO 27001.',
      'Es kostet € 14,60 pro Nacht.',
      'Es kostet EUR 14,60 pro Nacht.',
      'Eigenanteil: €5 pro Tag.',
      'Costs €14.60 per night.',
      // A fifth tester's: Romanian "strada" (the street) in a sentence, "un" (a) after it.
      'Strada nu este un loc sigur pentru femei în pericol.',
      'Strada e un loc periculos pentru femei.',
      'Pe strada noastră e un parc.',
    ])
      passes(text);
    for (const text of ['Am Rain 5 x klingeln', 'Lindenweg 5 x pro Woche', 'Hauptstraße Alter 5', 'Alter Markt 3', 'Alter Reihe 1', 'Hauptstraße douăzeci de locuri', 'Strada Florilor 20 de ani', 'Am Anger 3. und 4. Stock', 'Musterweg 1. und 3. Haus', 'Hauptstraße Covid-19', 'Musterweg-19', 'Hauptstraße €5', 'Hauptstraße EUR 5', 'Hauptstraße als 12', 'Musterweg bzw. 5', 'nach DIN 29221 Celle', 'Strada Mihai Eminescu doisprezece', 'Strada Florilor un', 'شارع الملك خمسة', 'ul. Główna dwanaście']) refused(text);
  });
});
