/**
 * The bad-file corpus: each case is one file from test/fixtures/bad/, copied into a copy of
 * test/fixtures/base/ at `target`, and the problem the validator must report for it.
 * Messages are substrings of the validator's German text (src/content, src/schema).
 */
export interface BadCase {
  /** File name under test/fixtures/bad/. */
  fixture: string;
  /** Where it goes inside the content folder. */
  target: string;
  /** The path the problem is reported for, when not `target` (folders). */
  reported?: string;
  /** Field path as printed (regions[1], address.street); '' for the whole file. */
  field: string;
  /** Expected line, where the line means something. */
  line?: number;
  /** Substring of the message. */
  message: string;
  /** Substring of the suggestion (the part after " — "). */
  suggestion?: string;
  category: string;
}

export const badCases: BadCase[] = [
  // ── broken YAML and frontmatter ───────────────────────────────────────────────
  {
    category: 'yaml',
    fixture: 'yaml-einrueckung.md',
    target: 'contacts/yaml-einrueckung.md',
    field: '',
    line: 9,
    message: 'Die Einrückung stimmt nicht: Felder derselben Ebene müssen gleich weit eingerückt sein.',
  },
  { category: 'yaml', fixture: 'yaml-anfuehrungszeichen.md', target: 'contacts/yaml-anfuehrungszeichen.md', field: '', line: 2, message: 'Ein Anführungszeichen wird nicht geschlossen.' },
  { category: 'yaml', fixture: 'yaml-tabulator.md', target: 'contacts/yaml-tabulator.md', field: '', line: 9, message: 'Tabulator zur Einrückung: bitte Leerzeichen verwenden.' },
  {
    category: 'yaml',
    fixture: 'yaml-doppeltes-feld.md',
    target: 'contacts/yaml-doppeltes-feld.md',
    field: '',
    line: 4,
    message: 'Das Feld „title“ steht doppelt (jedes Feld darf nur einmal vorkommen): eine der beiden Zeilen löschen.',
  },
  { category: 'yaml', fixture: 'yaml-alias-bombe.md', target: 'contacts/yaml-alias-bombe.md', field: '', line: 9, message: 'Anker und Verweise (& und *) sind nicht erlaubt.' },
  {
    category: 'yaml',
    fixture: 'yaml-js-tag.md',
    target: 'contacts/yaml-js-tag.md',
    field: '',
    line: 2,
    message: 'Unbekannter YAML-Typ (mit ! oder !!): nur einfache Werte, Listen und Felder sind erlaubt.',
  },
  {
    category: 'frontmatter',
    fixture: 'ohne-abschluss.md',
    target: 'contacts/ohne-abschluss.md',
    field: '',
    line: 1,
    message: 'Das Frontmatter wird nicht mit --- abgeschlossen.',
    suggestion: 'eine Zeile mit --- einfügen',
  },
  { category: 'frontmatter', fixture: 'ohne-frontmatter.md', target: 'contacts/ohne-frontmatter.md', field: '', line: 1, message: 'Die Datei beginnt nicht mit dem Frontmatter.' },
  { category: 'frontmatter', fixture: 'frontmatter-liste.md', target: 'contacts/frontmatter-liste.md', field: '', line: 1, message: 'Das Frontmatter ist keine Liste von Feldern (name: wert).' },
  { category: 'frontmatter', fixture: 'frontmatter-skalar.md', target: 'contacts/frontmatter-skalar.md', field: '', line: 1, message: 'Das Frontmatter ist keine Liste von Feldern (name: wert).' },
  // ---js frontmatter must be refused, never evaluated (the CLI test also checks the marker file).
  {
    category: 'frontmatter',
    fixture: 'frontmatter-js.md',
    target: 'contacts/frontmatter-js.md',
    field: '',
    line: 1,
    message: 'Die Datei beginnt nicht mit dem Frontmatter.',
    suggestion: 'die erste Zeile muss genau --- lauten',
  },

  // ── wrong types ───────────────────────────────────────────────────────────────
  { category: 'type', fixture: 'titel-zahl.md', target: 'contacts/titel-zahl.md', field: 'title', line: 2, message: 'Titel muss ein Text sein' },
  { category: 'type', fixture: 'regionen-text.md', target: 'contacts/regionen-text.md', field: 'regions', line: 4, message: 'Regionen muss eine Liste sein', suggestion: 'als Liste schreiben' },
  { category: 'type', fixture: 'themen-zahl.md', target: 'contacts/themen-zahl.md', field: 'topics', line: 5, message: 'Themen muss eine Liste sein' },
  { category: 'type', fixture: 'entwurf-yes.md', target: 'contacts/entwurf-yes.md', field: 'draft', line: 8, message: 'Entwurf muss true oder false sein' },
  { category: 'type', fixture: 'seit-text.md', target: 'initiatives/seit-text.md', field: 'since', line: 8, message: 'Startjahr muss eine Jahreszahl sein', suggestion: 'vierstellig schreiben' },
  { category: 'type', fixture: 'sprachen-text.md', target: 'materials/sprachen-text.md', field: 'languages', line: 8, message: 'Sprachen muss eine Liste sein' },
  { category: 'type', fixture: 'adresse-text.md', target: 'contacts/adresse-text.md', field: 'address', line: 8, message: 'Adresse muss eine Adresse mit street, postcode und city sein' },
  { category: 'type', fixture: 'barrierefrei-ja.md', target: 'contacts/barrierefrei-ja.md', field: 'accessible', line: 8, message: 'Barrierefreier Zugang muss true oder false sein' },

  // ── required fields ───────────────────────────────────────────────────────────
  { category: 'required', fixture: 'ohne-titel.md', target: 'contacts/ohne-titel.md', field: 'title', message: 'Titel fehlt (Pflichtfeld)', suggestion: 'das Feld „title“ ergänzen' },
  { category: 'required', fixture: 'ohne-kurzbeschreibung.md', target: 'contacts/ohne-kurzbeschreibung.md', field: 'summary', message: 'Kurzbeschreibung fehlt (Pflichtfeld)' },
  { category: 'required', fixture: 'ohne-regionen.md', target: 'contacts/ohne-regionen.md', field: 'regions', message: 'Regionen fehlt (Pflichtfeld)' },
  {
    category: 'required',
    fixture: 'ohne-pruefdatum.md',
    target: 'contacts/ohne-pruefdatum.md',
    field: 'reviewed',
    message: 'Prüfdatum fehlt (Pflichtfeld)',
    suggestion: 'das Feld „reviewed“ ergänzen',
  },
  { category: 'required', fixture: 'ohne-art.md', target: 'initiatives/ohne-art.md', field: 'kind', message: '(Pflichtfeld)', suggestion: 'runder-tisch' },
  { category: 'required', fixture: 'titel-leer.md', target: 'contacts/titel-leer.md', field: 'title', line: 2, message: 'Titel ist leer' },
  { category: 'required', fixture: 'regionen-leer.md', target: 'contacts/regionen-leer.md', field: 'regions', line: 4, message: 'Regionen braucht mindestens 1 Eintrag' },

  // ── lengths ───────────────────────────────────────────────────────────────────
  { category: 'length', fixture: 'titel-zu-kurz.md', target: 'contacts/titel-zu-kurz.md', field: 'title', line: 2, message: 'Titel ist zu kurz: mindestens 3 Zeichen' },
  { category: 'length', fixture: 'titel-zu-lang.md', target: 'contacts/titel-zu-lang.md', field: 'title', line: 2, message: 'Titel ist zu lang: höchstens 120 Zeichen' },
  {
    category: 'length',
    fixture: 'kurzbeschreibung-zu-kurz.md',
    target: 'contacts/kurzbeschreibung-zu-kurz.md',
    field: 'summary',
    line: 3,
    message: 'Kurzbeschreibung ist zu kurz: mindestens 20 Zeichen',
  },
  {
    category: 'length',
    fixture: 'kurzbeschreibung-zu-lang.md',
    target: 'contacts/kurzbeschreibung-zu-lang.md',
    field: 'summary',
    line: 3,
    message: 'Kurzbeschreibung ist zu lang: höchstens 300 Zeichen',
  },

  // ── unknown fields ────────────────────────────────────────────────────────────
  { category: 'unknown-field', fixture: 'feld-titel.md', target: 'contacts/feld-titel.md', field: 'titel', line: 2, message: 'unbekanntes Feld „titel“', suggestion: 'meinten Sie „title“?' },
  { category: 'unknown-field', fixture: 'feld-adress.md', target: 'contacts/feld-adress.md', field: 'adress', line: 8, message: 'unbekanntes Feld „adress“', suggestion: 'meinten Sie „address“?' },
  {
    category: 'unknown-field',
    fixture: 'feld-proto.md',
    target: 'contacts/feld-proto.md',
    field: '__proto__',
    line: 8,
    message: 'unbekanntes Feld „__proto__“',
    suggestion: 'erlaubt sind: title, summary',
  },

  // ── vocabularies ──────────────────────────────────────────────────────────────
  {
    category: 'vocabulary',
    fixture: 'region-tippfehler.md',
    target: 'contacts/region-tippfehler.md',
    field: 'regions[1]',
    line: 6,
    message: 'unbekannte Region „landkreis-gottingen“',
    suggestion: 'meinten Sie „landkreis-goettingen“?',
  },
  {
    category: 'vocabulary',
    fixture: 'thema-tippfehler.md',
    target: 'contacts/thema-tippfehler.md',
    field: 'topics[0]',
    line: 5,
    message: 'unbekanntes Thema „kinderschuz“',
    suggestion: 'meinten Sie „kinderschutz“?',
  },

  // ── references ────────────────────────────────────────────────────────────────
  {
    category: 'reference',
    fixture: 'verweis-kontakt.md',
    target: 'initiatives/verweis-kontakt.md',
    field: 'contacts[1]',
    line: 10,
    message: 'Kontakt „biss-gottingen“ gibt es nicht',
    suggestion: 'meinten Sie „biss-goettingen“?',
  },
  {
    category: 'reference',
    fixture: 'verweis-netzwerk.md',
    target: 'initiatives/verweis-netzwerk.md',
    field: 'networks[0]',
    line: 8,
    message: 'Netzwerk „netzwerk-suedniedersaxen“ gibt es nicht',
    suggestion: 'meinten Sie „netzwerk-suedniedersachsen“?',
  },
  {
    category: 'reference',
    fixture: 'verweis-material.md',
    target: 'initiatives/verweis-material.md',
    field: 'materials[0]',
    line: 8,
    message: 'Material „gibt-es-nicht-material“ gibt es nicht',
    suggestion: 'es gibt keine Datei',
  },
  {
    category: 'reference',
    fixture: 'verweis-koordination.md',
    target: 'networks/verweis-koordination.md',
    field: 'coordinator',
    line: 7,
    message: 'Koordination: Kontakt „biss-hameln“ gibt es nicht',
  },
  {
    category: 'reference',
    fixture: 'verweis-falsche-art.md',
    target: 'initiatives/verweis-falsche-art.md',
    field: 'contacts[0]',
    line: 8,
    message: 'Kontakt „netzwerk-suedniedersachsen“ gibt es nicht',
    suggestion: 'ist ein Eintrag der Art Netzwerk, nicht Kontakt',
  },
  {
    category: 'reference',
    fixture: 'verweis-entwurf.md',
    target: 'initiatives/verweis-entwurf.md',
    field: 'contacts[0]',
    line: 8,
    message: 'Kontakt „beratungsstelle-entwurf“ ist ein Entwurf und wird nicht veröffentlicht',
  },
  // Badly formed and unknown: reported once, as unknown (the format problem is dropped). The
  // "meinten Sie „biss-goettingen“?" it should carry is missing: test/known-bugs.test.ts.
  {
    category: 'reference',
    fixture: 'verweis-ungueltige-kennung.md',
    target: 'initiatives/verweis-ungueltige-kennung.md',
    field: 'contacts[0]',
    line: 8,
    message: 'Kontakte: Kontakt „BISS Göttingen“ gibt es nicht',
  },

  // ── file names and folders ────────────────────────────────────────────────────
  {
    category: 'slug',
    fixture: 'slug-grossbuchstaben.md',
    target: 'contacts/BISS-Hannover.md',
    field: '',
    line: 1,
    message: 'Der Dateiname „BISS-Hannover.md“ ist ungültig.',
    suggestion: 'biss-hannover.md',
  },
  {
    category: 'slug',
    fixture: 'slug-umlaut.md',
    target: 'contacts/biss-göttingen.md',
    field: '',
    line: 1,
    message: 'Der Dateiname „biss-göttingen.md“ ist ungültig.',
    suggestion: 'biss-goettingen.md',
  },
  {
    category: 'slug',
    fixture: 'slug-leerzeichen.md',
    target: 'contacts/Biss Göttingen.md',
    field: '',
    line: 1,
    message: 'Der Dateiname „Biss Göttingen.md“ ist ungültig.',
    suggestion: 'biss-goettingen.md',
  },
  {
    category: 'slug',
    fixture: 'slug-unterstrich.md',
    target: 'contacts/biss_hildesheim.md',
    field: '',
    line: 1,
    message: 'Der Dateiname „biss_hildesheim.md“ ist ungültig.',
    suggestion: 'biss-hildesheim.md',
  },
  {
    category: 'layout',
    fixture: 'keine-markdown-endung.txt',
    target: 'contacts/biss-goettingen-neu.txt',
    field: '',
    line: 1,
    message: 'Die Datei ist keine Markdown-Datei (.md).',
    suggestion: 'mit der Endung .md speichern',
  },
  {
    category: 'layout',
    fixture: 'unbekannter-ordner.md',
    target: 'kontakte/biss-hannover.md',
    reported: 'kontakte',
    field: '',
    line: 1,
    message: 'Der Ordner ist unbekannt.',
    suggestion: 'initiatives, networks, materials, contacts, pages, vocabularies',
  },
  { category: 'layout', fixture: 'ausserhalb.md', target: 'notiz.md', field: '', line: 1, message: 'Die Datei liegt außerhalb der Inhaltsordner.' },
  {
    category: 'layout',
    fixture: 'unterordner.md',
    target: 'contacts/archiv/biss-alt.md',
    reported: 'contacts/archiv',
    field: '',
    line: 1,
    message: 'Unterordner sind hier nicht vorgesehen.',
    suggestion: 'direkt in content/contacts/ ablegen',
  },

  // ── materials ─────────────────────────────────────────────────────────────────
  { category: 'material', fixture: 'material-datei-und-url.md', target: 'materials/material-datei-und-url.md', field: 'file', line: 10, message: 'stehen beide da; erlaubt ist genau eines' },
  { category: 'material', fixture: 'material-weder-datei-noch-url.md', target: 'materials/material-weder-datei-noch-url.md', field: 'url', message: 'ein Material braucht entweder „file“ oder „url“' },
  { category: 'material', fixture: 'material-datei-fehlt.md', target: 'materials/material-datei-fehlt.md', field: 'file', line: 9, message: 'die Datei „leitfaden-fehlt.pdf“ gibt es nicht in' },
  { category: 'material', fixture: 'material-datei-pfad.md', target: 'materials/material-datei-pfad.md', field: 'file', line: 9, message: 'Datei ist kein erlaubter Dateiname' },
  {
    category: 'material',
    fixture: 'material-url-http.md',
    target: 'materials/material-url-http.md',
    field: 'url',
    line: 9,
    message: 'Web-Adresse ist eine unsichere http-Adresse',
    suggestion: 'mit https:// angeben',
  },

  // ── contact fields ────────────────────────────────────────────────────────────
  { category: 'contact', fixture: 'website-javascript.md', target: 'contacts/website-javascript.md', field: 'website', line: 8, message: 'Website ist keine gültige Web-Adresse' },
  { category: 'contact', fixture: 'email-ungueltig.md', target: 'contacts/email-ungueltig.md', field: 'email', line: 7, message: 'E-Mail ist keine gültige E-Mail-Adresse' },
  { category: 'contact', fixture: 'telefon-zu-kurz.md', target: 'contacts/telefon-zu-kurz.md', field: 'phone', line: 8, message: '„0511 12“ ist keine gültige deutsche Telefonnummer' },
  { category: 'contact', fixture: 'telefon-buchstaben.md', target: 'contacts/telefon-buchstaben.md', field: 'phone', line: 8, message: '„0511 BISS-HILFE“ ist keine gültige deutsche Telefonnummer' },
  { category: 'contact', fixture: 'telefon-ausland.md', target: 'contacts/telefon-ausland.md', field: 'phone', line: 8, message: '„+33 1 23 45 67 89“ ist keine gültige deutsche Telefonnummer' },
  {
    category: 'contact',
    fixture: 'postleitzahl-vierstellig.md',
    target: 'contacts/postleitzahl-vierstellig.md',
    field: 'address.postcode',
    line: 10,
    message: 'Postleitzahl ist keine fünfstellige Postleitzahl',
  },
  {
    category: 'contact',
    fixture: 'frauenhaus-strasse.md',
    target: 'contacts/frauenhaus-strasse.md',
    field: 'address.street',
    line: 9,
    message: 'darf bei einem Frauenhaus nicht veröffentlicht werden',
  },
  {
    category: 'contact',
    fixture: 'frauenhaus-adresse-im-text.md',
    target: 'contacts/frauenhaus-adresse-im-text.md',
    field: '(Text)',
    line: 12,
    message: 'Der Text scheint eine Anschrift zu nennen',
    suggestion: 'nur den Ort nennen',
  },
  {
    category: 'contact',
    fixture: 'frauenhaus-postleitzahl.md',
    target: 'contacts/frauenhaus-postleitzahl.md',
    field: 'address.postcode',
    line: 9,
    message: 'darf bei einem Frauenhaus nicht veröffentlicht werden',
  },

  // ── dates ─────────────────────────────────────────────────────────────────────
  { category: 'date', fixture: 'geprueft-zukunft.md', target: 'contacts/geprueft-zukunft.md', field: 'reviewed', line: 5, message: 'Prüfdatum liegt in der Zukunft', suggestion: 'heute oder früher' },
  {
    category: 'date',
    fixture: 'geprueft-30-februar.md',
    target: 'contacts/geprueft-30-februar.md',
    field: 'reviewed',
    line: 5,
    message: 'Prüfdatum ist kein gültiges Datum',
    suggestion: 'JJJJ-MM-TT',
  },
  { category: 'date', fixture: 'geprueft-deutsch.md', target: 'contacts/geprueft-deutsch.md', field: 'reviewed', line: 5, message: 'Prüfdatum ist kein gültiges Datum', suggestion: 'JJJJ-MM-TT' },

  // ── value lists ───────────────────────────────────────────────────────────────
  {
    category: 'enum',
    fixture: 'art-unterstrich.md',
    target: 'initiatives/art-unterstrich.md',
    field: 'kind',
    line: 6,
    message: '„runder_tisch“ ist kein erlaubter Wert',
    suggestion: 'meinten Sie „runder-tisch“?',
  },
  {
    category: 'enum',
    fixture: 'ebene-tippfehler.md',
    target: 'networks/ebene-tippfehler.md',
    field: 'level',
    line: 6,
    message: '„landesweid“ ist kein erlaubter Wert',
    suggestion: 'meinten Sie „landesweit“?',
  },
  { category: 'enum', fixture: 'art-annotation.md', target: 'contacts/art-annotation.md', field: 'kind', line: 6, message: 'ist kein erlaubter Wert' },

  // ── injection attempts ────────────────────────────────────────────────────────
  { category: 'injection', fixture: 'titel-script.md', target: 'contacts/titel-script.md', field: 'title', line: 2, message: 'Titel enthält HTML-Code' },
  { category: 'injection', fixture: 'kurzbeschreibung-img.md', target: 'contacts/kurzbeschreibung-img.md', field: 'summary', line: 3, message: 'Kurzbeschreibung enthält HTML-Code' },
  { category: 'injection', fixture: 'titel-steuerzeichen.md', target: 'contacts/titel-steuerzeichen.md', field: 'title', line: 2, message: 'enthält Zeilenumbrüche oder Steuerzeichen' },
  { category: 'injection', fixture: 'text-html.md', target: 'contacts/text-html.md', field: '(Text)', line: 12, message: 'Der Text enthält HTML-Code' },
  { category: 'injection', fixture: 'text-javascript-link.md', target: 'contacts/text-javascript-link.md', field: '(Text)', line: 12, message: 'Link mit unsicherem Schema' },

  // ── encodings ─────────────────────────────────────────────────────────────────
  { category: 'encoding', fixture: 'kodierung-utf16.md', target: 'contacts/kodierung-utf16.md', field: '', line: 1, message: 'Die Datei ist UTF-16-kodiert.', suggestion: 'als UTF-8 speichern' },
  {
    category: 'encoding',
    fixture: 'kodierung-latin1.md',
    target: 'contacts/kodierung-latin1.md',
    field: '',
    line: 1,
    message: 'Die Datei ist nicht UTF-8-kodiert (Umlaute gehen verloren).',
    suggestion: 'als UTF-8 speichern',
  },
  { category: 'encoding', fixture: 'binaer.md', target: 'contacts/binaer.md', field: '', line: 1, message: 'Die Datei ist keine Textdatei.', suggestion: 'nur Markdown-Dateien (.md) ablegen' },
  { category: 'encoding', fixture: 'bild.md', target: 'contacts/bild.md', field: '', line: 1, message: 'Die Datei ist keine Textdatei.', suggestion: 'nur Markdown-Dateien (.md) ablegen' },
];

/** Files the validator must accept (exit 0) although they look unusual. */
export interface ToleratedCase {
  fixture: string;
  target: string;
  why: string;
}

export const toleratedCases: ToleratedCase[] = [
  { fixture: 'bom-crlf.md', target: 'contacts/bom-crlf.md', why: 'UTF-8 with BOM and Windows line endings (CRLF)' },
  { fixture: 'telefon-ohne-anfuehrungszeichen.md', target: 'contacts/telefon-ohne-anfuehrungszeichen.md', why: 'phone 05111208705 and postcode 01067 without quotes keep their leading zero' },
];
