/** /daten/: the open data files, their fields, the licence, the update rhythm and the HSDS mapping. */
import type { ContentGraph } from '../../src/content/index.ts';
import { exportSize, type ExportName } from '../../src/exports/files.ts';
import { exportPaths, licence } from '../../src/exports/public.ts';
import { CSV_SEPARATOR } from '../../src/exports/csv.ts';
import { FEED_LIMIT } from '../../src/exports/atom.ts';
import { count, formatBytes } from '../../src/text/format.ts';
import { html, join, type Html, type Renderable } from '../../src/text/html.ts';
import { site } from '../../src/text/site.ts';
import { basePage } from '../layouts/base.ts';

const TITLE = 'Offene Daten';
const DESCRIPTION = 'Alle Einträge des Gewaltschutz-Netzes Niedersachsen als JSON, CSV, Open-Referral-HSDS, vCard und Atom-Feed – frei nutzbar unter der Datenlizenz Deutschland – Namensnennung 2.0.';

const code = (text: string) => html`<code>${text}</code>`;

function table(caption: string, head: [string, string], rows: [Renderable, Renderable][]): Html {
  // Scrolls inside its own box on phones; focusable so keyboard users can scroll it too.
  return html`<section class="gsn-table-scroll" tabindex="0" aria-label="${caption}"><table>
  <caption class="kern-sr-only">${caption}</caption>
  <thead><tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr></thead>
  <tbody>
${rows.map(([a, b]) => html`    <tr><td>${a}</td><td>${b}</td></tr>\n`)}  </tbody>
</table></section>`;
}

/** A path that may wrap after its slashes (and nowhere else): /daten/<wbr>hsds/<wbr>services.json */
const breakAfterSlashes = (path: string) => join(path.split(/(?<=\/)/), html`<wbr>`);

function fileRow(name: ExportName, path: string, what: Renderable, graph: ContentGraph): [Renderable, Renderable] {
  return [html`<a class="kern-link" href="${path}">${breakAfterSlashes(path)}</a>`, html`${what} · ${formatBytes(exportSize(name, graph))}`];
}

/** /daten/: the files with their sizes, the fields, CSV, HSDS, vCard, feed, licence and update rhythm. */
export function dataPage(graph: ContentGraph): Html {
  const files = filesTable(graph);
  const common = commonFieldsTable();
  const perType = fieldsPerFile();
  const hsds = hsdsTable();

  const body = html`<article class="gsn-entry gsn-entry--page">
  <h1 class="kern-heading-large">${TITLE}</h1>
  <p class="kern-body--large gsn-entry__summary">Alle veröffentlichten Einträge dieser Website stehen auch als maschinenlesbare Dateien bereit – zum Weiterverwenden in eigenen Verzeichnissen, Tabellen, Adressbüchern und Karten.</p>
  <div class="gsn-prose">
  <h2 id="dateien">Die Dateien</h2>
  <p>Jede Datei enthält genau die Einträge, die auf der Website zu sehen sind; Entwürfe nie. Alle Adressen sind vollständig (mit ${code(site.url)}). Die JSON-Dateien nennen oben, wann sie erzeugt wurden (${code('generated')}), unter welcher Lizenz sie stehen (${code('licence')}) und wie viele Einträge sie enthalten (${code('count')}); die Einträge folgen unter ${code('items')}, nach Kennung sortiert.</p>
  ${files}

  <h2 id="felder">Felder</h2>
  <p>Feste Werte (Art, Stand, Ebene, Zielgruppe, beteiligte Bereiche) stehen als ${code('{ "id": …, "label": … }')} da: die Kennung für Programme, die deutsche Bezeichnung für Menschen. Sprachen als ${code('{ "code": "tr", "label": "Türkisch" }')} (ISO 639-1). Verweise auf andere Einträge als ${code('{ "slug", "title", "url" }')}. Fehlt eine Angabe, steht ${code('null')} oder eine leere Liste da.</p>
  <h3>In allen vier JSON-Dateien</h3>
  ${common}
  ${perType.map(
    ([file, fields]) => html`<h3>Weitere Felder in ${file}</h3>
  <p>${fields}</p>
`,
  )}  <p><strong>Frauenhäuser:</strong> Die Lage eines Frauenhauses ist vertraulich. Für Frauenhäuser enthalten alle Dateien – JSON, CSV, HSDS, vCard und die Daten in den Seiten – nur den Ort, nie Straße oder Postleitzahl.</p>

  <h2 id="csv">Tabelle für Excel und LibreOffice</h2>
  <p>${code('kontakte.csv')} hat eine Zeile je Kontakt und deutsche Spaltenüberschriften. Sie ist für deutsches Excel eingerichtet: Zeichensatz UTF-8 mit Byte-Order-Mark (damit Umlaute richtig erscheinen), Trennzeichen Semikolon (${code(CSV_SEPARATOR)}), Felder mit Semikolon, Anführungszeichen oder Zeilenumbruch in Anführungszeichen (nach RFC 4180). Ein Doppelklick öffnet sie in Excel richtig. Telefonnummern stehen wie angegeben und zusätzlich als ${code('tel:')}-Adresse, damit Tabellenprogramme sie nicht in Zahlen umwandeln. Ein Zellinhalt, der mit ${code('=')}, ${code('+')}, ${code('-')} oder ${code('@')} beginnt, bekommt zum Schutz vor Formeln ein vorangestelltes Apostroph.</p>
  <p>Wenn Sie die Kontakte in Excel, LibreOffice oder Numbers bearbeiten möchten, nehmen Sie besser ${code('kontakte.xlsx')}: dieselben Spalten und Zeilen, aber jede Zelle ist als Text formatiert. So bleiben Telefonnummern wie ${code('06990009123')} und Postleitzahlen wie ${code('01067')} mit ihrer führenden Null erhalten, auch wenn Sie eine Zelle ändern. Die Überschriftenzeile ist fixiert und hat Filter.</p>

  <h2 id="hsds">Open Referral HSDS 3</h2>
  <p>Unter ${code('/daten/hsds/')} liegen die Kontakte im internationalen Austauschformat <a class="kern-link gsn-external" href="https://docs.openreferral.org/" rel="noreferrer">Open Referral Human Services Data Specification (HSDS) 3<span class="kern-sr-only"> (externer Link)</span></a>, so wie die Schnittstelle ${code('GET /services?full=true')} sie seitenweise liefert (hier alles auf einer Seite: ${code('total_items')}, ${code('total_pages')}, ${code('page_number')}, ${code('size')}, ${code('first_page')}, ${code('last_page')}, ${code('empty')}, ${code('contents')}). Jedes Angebot entspricht dem Schema ${code('service.json')}, jeder Träger ${code('organization.json')}. Die Kennungen sind UUIDs (Version 5), aus der Kennung des Eintrags berechnet: Sie bleiben gleich, solange der Eintrag seine Kennung behält.</p>
  ${hsds}
  <p>Ein Frauenhaus hat in HSDS keinen Adressblock (HSDS verlangt dort Straße und Postleitzahl); der Ort steht in der Beschreibung des Standorts. Adressen ohne Straße oder Postleitzahl erscheinen ebenso nur als Ort.</p>

  <h2 id="vcard">Kontakte ins Adressbuch</h2>
  <p>Jeder Kontakt hat eine vCard (Version 4.0) unter ${code('/kontakte/<kennung>.vcf')} mit Name, Träger, Telefon, Fax, E-Mail, Website, Ort oder Adresse, Sprachen und einer Notiz mit Kurzbeschreibung, Erreichbarkeit und dem Datum der letzten Prüfung. Smartphones und Adressbuchprogramme übernehmen sie mit einem Tippen.</p>

  <h2 id="feed">Neuigkeiten abonnieren</h2>
  <p>Der <a class="kern-link" href="${exportPaths.feed}">Atom-Feed</a> meldet neue und neu geprüfte Initiativen und Materialien, das Neueste zuerst. Feed-Reader finden ihn auf jeder Seite von selbst.</p>

  <h2 id="lizenz">Lizenz und Namensnennung</h2>
  <p>Die Angaben und Texte der Einträge stehen unter der <a class="kern-link gsn-external" href="${licence.url}" rel="noreferrer">${licence.name}<span class="kern-sr-only"> (externer Link)</span></a> (${code(licence.id)}). Sie dürfen sie kopieren, verbreiten, verändern und auch kommerziell nutzen, wenn Sie die Quelle nennen:</p>
  <blockquote><p>${licence.attribution}, ${licence.name}, ${licence.url}, Daten von ${site.url}${exportPaths.page}</p></blockquote>
  <p>Zum Herunterladen angebotene oder verlinkte Materialien anderer Herausgeber (etwa Broschüren oder Gesetzestexte) fallen nicht unter diese Lizenz; für sie gelten die Bedingungen ihrer Herausgeber. Einträge mit ${code('"example": true')} sind erfundene Beispiele.</p>

  <h2 id="aktualisierung">Aktualisierung</h2>
  <p>Die Dateien werden bei jeder Veröffentlichung der Website neu erzeugt, also mit jeder geprüften Änderung an einem Eintrag – sie sind nie älter als die Website selbst. Jeder Eintrag wird mindestens einmal im Jahr geprüft; das Datum steht in ${code('reviewed')}, ältere Einträge sind mit ${code('"stale": true')} gekennzeichnet. Wer die Daten regelmäßig abholt, vergleicht am besten ${code('generated')} oder die Kennungen.</p>
  </div>
</article>`;

  return basePage({ title: TITLE, description: DESCRIPTION, url: exportPaths.page, crumbs: [{ href: exportPaths.page, label: TITLE }], body });
}

/** The files on offer, each with what it holds and its size. */
function filesTable(graph: ContentGraph): Html {
  return table(
    'Die Dateien',
    ['Datei', 'Inhalt und Größe'],
    [
      fileRow('initiatives', exportPaths.initiatives, html`${count(graph.initiatives.length, 'Initiative', 'Initiativen')} (JSON)`, graph),
      fileRow('networks', exportPaths.networks, html`${count(graph.networks.length, 'Netzwerk', 'Netzwerke')} (JSON)`, graph),
      fileRow('materials', exportPaths.materials, html`${count(graph.materials.length, 'Material', 'Materialien')} (JSON)`, graph),
      fileRow('contacts', exportPaths.contacts, html`${count(graph.contacts.length, 'Kontakt', 'Kontakte')} (JSON)`, graph),
      fileRow('contactsCsv', exportPaths.contactsCsv, html`${count(graph.contacts.length, 'Kontakt', 'Kontakte')} als Tabelle (CSV)`, graph),
      fileRow(
        'contactsXlsx',
        exportPaths.contactsXlsx,
        html`${count(graph.contacts.length, 'Kontakt', 'Kontakte')} als Excel-Tabelle (XLSX), für Tabellenprogramme: Telefonnummern und Postleitzahlen bleiben Text`,
        graph,
      ),
      fileRow('hsdsServices', exportPaths.hsdsServices, html`${count(graph.contacts.length, 'Angebot', 'Angebote')} im Format Open Referral HSDS 3`, graph),
      fileRow('hsdsOrganizations', exportPaths.hsdsOrganizations, 'Träger der Angebote im Format Open Referral HSDS 3', graph),
      fileRow('feed', exportPaths.feed, `Atom-Feed: die ${FEED_LIMIT} zuletzt neuen oder geprüften Initiativen und Materialien`, graph),
      [code('/kontakte/<kennung>.vcf'), html`eine vCard je Kontakt, verlinkt auf jeder Kontaktseite („Kontakt speichern“)`],
      [html`<a class="kern-link" href="${exportPaths.sitemap}">${exportPaths.sitemap}</a>`, 'alle Seiten der Website für Suchmaschinen'],
    ],
  );
}

/** The fields every JSON file has. */
function commonFieldsTable(): Html {
  return table(
    'Felder aller vier JSON-Dateien',
    ['Feld', 'Bedeutung'],
    [
      [code('slug'), 'Kennung des Eintrags: Dateiname und letzter Teil der Adresse, bleibt gleich'],
      [code('url'), 'Adresse der Seite des Eintrags (vollständig, mit https://)'],
      [html`${code('title')}, ${code('summary')}`, 'Titel und Kurzbeschreibung'],
      [code('text'), 'Beschreibung als Markdown'],
      [code('regions'), html`Gebiete: ${code('id')}, ${code('label')}, Kreisschlüssel ${code('ags')}, ${code('url')}; „niedersachsen“ heißt landesweit`],
      [code('topics'), html`Themen: ${code('id')}, ${code('label')}, ${code('url')}`],
      [code('reviewed'), 'zuletzt geprüft (JJJJ-MM-TT)'],
      [code('stale'), html`${code('true')}, wenn die letzte Prüfung länger als zwölf Monate zurückliegt`],
      [code('example'), html`${code('true')} bei einem erfundenen Beispieleintrag (Kontaktdaten nicht echt)`],
    ],
  );
}

/** The further fields of each JSON file: file name and its fields. */
function fieldsPerFile(): [string, Html][] {
  return [
    [
      'initiativen.json',
      html`${code('kind')} (Art), ${code('status')} (Stand), ${code('since')} (seit, Jahr), ${code('sectors')} (beteiligte Bereiche), ${code('website')}; Verweise ${code('networks')}, ${code('contacts')}, ${code('materials')}`,
    ],
    [
      'netzwerke.json',
      html`${code('level')} (Ebene), ${code('sectors')}, ${code('coordinator')} (koordinierender Kontakt), ${code('contacts')}, ${code('meets')} (Treffen), ${code('website')}; Rückverweise ${code('initiatives')}`,
    ],
    [
      'materialien.json',
      html`${code('kind')} (Art), ${code('audience')} (Zielgruppen), ${code('languages')}, ${code('publisher')} (Herausgeber), ${code('published')} (Datum oder Jahr), ${code('file')} (Datei auf dieser Website: ${code('url')}, ${code('mediaType')}, ${code('bytes')}) oder ${code('externalUrl')} (Dokument auf einer anderen Website); Rückverweise ${code('initiatives')}`,
    ],
    [
      'kontakte.json',
      html`${code('kind')} (Art), ${code('organization')} (Träger), ${code('person')}, ${code('phone')} und ${code('fax')} (${code('text')} wie angegeben, ${code('e164')} international), ${code('email')}, ${code('website')}, ${code('address')} (${code('street')}, ${code('postcode')}, ${code('city')}), ${code('hours')} (Erreichbarkeit), ${code('languages')}, ${code('accessible')} (stufenlos erreichbar), ${code('emergency')} (rund um die Uhr), ${code('vcard')}; Rückverweise ${code('initiatives')}, ${code('networks')}, ${code('coordinates')}`,
    ],
  ];
}

/** How our fields map to Open Referral HSDS 3. */
function hsdsTable(): Html {
  return table(
    'Zuordnung zu Open Referral HSDS 3',
    ['Angabe hier', 'Feld in HSDS 3'],
    [
      ['Kontakt', html`ein ${code('service')} mit eigener, gleichbleibender UUID`],
      ['Träger (sonst der Kontakt selbst)', html`${code('organization')}; Kontakte desselben Trägers teilen sich eine`],
      ['Titel, Kurzbeschreibung', html`${code('name')}, ${code('description')}`],
      ['Website (sonst die Seite hier), E-Mail', html`${code('url')}, ${code('email')}`],
      ['zuletzt geprüft', html`${code('assured_date')}, ${code('last_modified')}`],
      ['Telefon, Fax', html`${code('phones')} (${code('number')} international, ${code('type')} voice oder fax)`],
      ['Erreichbarkeit, rund um die Uhr', html`${code('schedules')} (Text; rund um die Uhr zusätzlich wöchentlich, täglich 00:00–23:59)`],
      ['Sprachen', html`${code('languages')} und ${code('interpretation_services')}`],
      ['Regionen', html`${code('service_areas')}`],
      ['Adresse, barrierefreier Zugang', html`${code('service_at_locations')} → ${code('location')} mit ${code('addresses')} und ${code('accessibility')}`],
      ['Ansprechperson', html`${code('contacts')}`],
      ['Art, Themen', html`${code('attributes')} mit ${code('taxonomy_term')}`],
      ['Beispieleintrag', html`${code('alert')}`],
    ],
  );
}
