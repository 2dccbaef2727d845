/**
 * The one table of field documentation: per frontmatter field its German label, help text and
 * one example value. It feeds the validator's messages (labels), the scaffold of `npm run new`,
 * the JSON Schemas (`npm run schemas`), the web editor's configuration (/admin/config.yml) and the
 * field check of CONTRIBUTING.md (test/editors/contributing.test.ts).
 *
 * A key "type.field" (e.g. "contacts.kind") wins over "field" where a field means something else
 * per content type or vocabulary; its label falls back to the plain field's label.
 */
import { audiences, contactKinds, initiativeKinds, initiativeStatuses, materialKinds, networkLevels, regionKinds, sectors } from './enums.ts';

export interface FieldDoc {
  /** German label, as in forms and messages ("Postleitzahl"). */
  label: string;
  /** German help: what to enter and the rules the validator applies, one or two sentences. */
  help: string;
  /** One realistic value, in the shape the frontmatter takes (string, number, list, object). */
  example: unknown;
}

const valueList = (table: Record<string, string>) =>
  Object.entries(table)
    .map(([key, label]) => (key === label ? key : `${key} (${label})`))
    .join(', ');

const table: Record<string, Omit<FieldDoc, 'label'> & { label?: string }> = {
  title: { label: 'Titel', help: 'Name des Eintrags, wie er auf der Website erscheint; 3–120 Zeichen.', example: 'BISS im Landkreis Göttingen' },
  summary: {
    label: 'Kurzbeschreibung',
    help: 'ein bis zwei Sätze ohne HTML, 20–300 Zeichen. Erscheint in Listen, Suchergebnissen und als Seitenbeschreibung.',
    example: 'Beratungs- und Interventionsstelle gegen häusliche Gewalt für Stadt und Landkreis Göttingen.',
  },
  regions: {
    label: 'Regionen',
    help: 'Gebiete, die der Eintrag abdeckt oder für die er zuständig ist: Kennungen aus content/vocabularies/regions.yml, mindestens eine. niedersachsen = landesweit.',
    example: ['landkreis-goettingen'],
  },
  topics: { label: 'Themen', help: 'freiwillig; Kennungen aus content/vocabularies/topics.yml. Neue Themen per Pull Request dort ergänzen.', example: ['wohnungsverweisung', 'kinderschutz'] },
  reviewed: {
    label: 'Prüfdatum',
    help: 'Datum, an dem die Angaben zuletzt geprüft wurden (JJJJ-MM-TT), nicht in der Zukunft. Nach 12 Monaten gilt der Eintrag als veraltet (npm run review).',
    example: '2026-03-12',
  },
  draft: { label: 'Entwurf', help: 'true = wird geprüft, aber nicht veröffentlicht.', example: true },
  example: { label: 'Beispieleintrag', help: 'true = erfundener Eintrag; die Seite zeigt den Hinweis „Beispieleintrag“.', example: true },
  kind: { label: 'Art', help: 'Art des Eintrags.', example: 'sonstiges' },
  'initiatives.kind': { help: `Erlaubt: ${valueList(initiativeKinds)}.`, example: 'runder-tisch' },
  'materials.kind': { help: `Erlaubt: ${valueList(materialKinds)}.`, example: 'leitfaden' },
  'contacts.kind': { help: `Erlaubt: ${valueList(contactKinds)}.`, example: 'biss' },
  'regions.kind': { help: `Erlaubt: ${valueList(regionKinds)}.`, example: 'landkreis' },
  status: { label: 'Stand', help: `Erlaubt: ${valueList(initiativeStatuses)}.`, example: 'aktiv' },
  since: { label: 'Startjahr', help: 'Jahr, seit dem es die Initiative gibt (vierstellig).', example: 2019 },
  sectors: { label: 'Beteiligte Bereiche', help: `Erlaubt: ${valueList(sectors)}.`, example: ['polizei', 'beratung', 'jugendhilfe'] },
  networks: { label: 'Netzwerke', help: 'Netzwerke, zu denen die Initiative gehört: Dateinamen aus content/networks/ ohne .md.', example: ['netzwerk-gewaltschutz-suedniedersachsen'] },
  contacts: { label: 'Kontakte', help: 'Dateinamen aus content/contacts/ ohne .md.', example: ['biss-landkreis-goettingen'] },
  materials: { label: 'Materialien', help: 'Dateinamen aus content/materials/ ohne .md.', example: ['checkliste-sicherheitsplanung'] },
  website: { label: 'Website', help: 'vollständig mit https://.', example: 'https://www.example.org/' },
  level: { label: 'Ebene', help: `Erlaubt: ${valueList(networkLevels)}.`, example: 'regional' },
  coordinator: { label: 'Koordination', help: 'Kontakt, der das Netzwerk koordiniert: Dateiname aus content/contacts/ ohne .md.', example: 'biss-landkreis-goettingen' },
  meets: { label: 'Treffen', help: 'wann und wie oft sich das Netzwerk trifft (eine Zeile).', example: 'viermal im Jahr, im Wechsel in Göttingen und Northeim' },
  audience: { label: 'Zielgruppe', help: `mindestens eine. Erlaubt: ${valueList(audiences)}.`, example: ['fachkraefte'] },
  languages: { label: 'Sprachen', help: 'Sprachen als Kürzel nach ISO 639-1 (de, en, tr, ar, ru, uk …).', example: ['de'] },
  'materials.languages': { help: 'Sprachen des Materials als Kürzel nach ISO 639-1 (de, en, tr, ar, ru, uk …), mindestens eine.', example: ['de', 'en'] },
  'contacts.languages': { help: 'Sprachen der Beratung als Kürzel nach ISO 639-1 (de, en, tr, ar, ru, uk …).', example: ['de', 'tr'] },
  publisher: { label: 'Herausgeber', help: 'wer das Material herausgibt.', example: 'Landespräventionsrat Niedersachsen' },
  published: { label: 'Erscheinungsdatum', help: 'Datum (JJJJ-MM-TT) oder Jahr.', example: 2025 },
  file: {
    label: 'Datei',
    help: 'eigene Datei in content/materials/files/ (nur den Dateinamen). Entweder file oder url angeben, nicht beides.',
    example: 'leitfaden-hochrisiko.pdf',
  },
  url: { label: 'Web-Adresse', help: 'Adresse des Dokuments im Netz, mit https://. Entweder file oder url angeben, nicht beides.', example: 'https://www.example.org/leitfaden.pdf' },
  organization: { label: 'Träger', help: 'Name des Trägers oder der Organisation.', example: 'Frauen helfen Frauen e. V.' },
  person: { label: 'Ansprechperson', help: 'nur dienstlich und nur mit Einverständnis der Person.', example: 'Anna Beispiel' },
  phone: { label: 'Telefon', help: 'dienstliche Nummer mit Vorwahl, in Anführungszeichen. Keine privaten Nummern.', example: '030 23125 100' },
  fax: { label: 'Fax', help: 'mit Vorwahl, in Anführungszeichen.', example: '030 23125 109' },
  email: { label: 'E-Mail', help: 'dienstliche Adresse, keine private.', example: 'beratung@example.org' },
  address: {
    label: 'Adresse',
    help: 'mit street, postcode und city. Bei einem Frauenhaus NUR city – Straße und Postleitzahl sind vertraulich.',
    example: { street: 'Musterstraße 12', postcode: '37073', city: 'Göttingen' },
  },
  street: { label: 'Straße', help: 'mit Hausnummer. Nie bei einem Frauenhaus.', example: 'Musterstraße 12' },
  postcode: { label: 'Postleitzahl', help: 'fünfstellig, in Anführungszeichen. Nie bei einem Frauenhaus.', example: '37073' },
  city: { label: 'Ort', help: 'Stadt oder Gemeinde; bei einem Frauenhaus die einzige Angabe der Adresse.', example: 'Göttingen' },
  hours: { label: 'Erreichbarkeit', help: 'z. B. Sprechzeiten, in einer Zeile.', example: 'Mo–Fr 9–15 Uhr' },
  accessible: { label: 'Barrierefreier Zugang', help: 'true = die Räume sind stufenlos erreichbar.', example: true },
  emergency: { label: 'Rund-um-die-Uhr-Erreichbarkeit', help: 'true = Tag und Nacht, auch am Wochenende erreichbar.', example: true },
  id: { label: 'Kennung', help: 'Kleinbuchstaben, Ziffern, Bindestriche, Umlaute ausgeschrieben. Eine verwendete Kennung nie umbenennen oder löschen.', example: 'digitale-gewalt' },
  label: { label: 'Bezeichnung', help: 'Name, wie er auf der Website erscheint.', example: 'Digitale Gewalt' },
  short: { label: 'Kurzname', help: 'kurze Form des Namens.', example: 'Göttingen' },
  ags: { label: 'Kreisschlüssel', help: 'amtlicher Schlüssel (03xxx), in Anführungszeichen.', example: '03159' },
  seat: { label: 'Verwaltungssitz', help: 'Ort der Kreisverwaltung.', example: 'Göttingen' },
  description: { label: 'Beschreibung', help: 'worum es bei dem Thema geht, 20–300 Zeichen.', example: 'Gewalt mit digitalen Mitteln: Überwachung, Stalking per App, Bloßstellung im Netz.' },
};

/** German labels of the plain field names, for messages and for the site. */
export const fieldLabels: Record<string, string> = Object.fromEntries(
  Object.entries(table)
    .filter(([key, doc]) => !key.includes('.') && doc.label)
    .map(([key, doc]) => [key, doc.label!]),
);

/**
 * Label, help and example of `field` in a content type or vocabulary (`scope`: "contacts",
 * "regions" …); undefined when the table has no entry (callers fail loudly then).
 */
export function fieldDoc(scope: string, field: string): FieldDoc | undefined {
  const own = table[`${scope}.${field}`];
  const plain = table[field];
  const doc = own ?? plain;
  const label = own?.label ?? plain?.label;
  if (!doc || !label) return undefined;
  return { label, help: doc.help, example: doc.example };
}

/** "Regionen" for regions[0], "Straße" for address.street. */
export function labelOf(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && fieldLabels[key]) return fieldLabels[key];
  }
  return undefined;
}
