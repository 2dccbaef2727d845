/**
 * Closed value lists of the content model, each with its German label.
 * One table per list: the schema takes the keys, the site and the validator the labels.
 */

export const initiativeKinds = {
  'runder-tisch': 'Runder Tisch',
  arbeitskreis: 'Arbeitskreis',
  'kriminalpraeventiver-rat': 'Kriminalpräventiver Rat',
  interventionsprojekt: 'Interventionsprojekt',
  fortbildung: 'Fortbildung',
  kampagne: 'Kampagne',
  sonstiges: 'Sonstiges',
} as const;

export const initiativeStatuses = {
  aktiv: 'aktiv',
  geplant: 'geplant',
  beendet: 'beendet',
} as const;

export const sectors = {
  polizei: 'Polizei',
  justiz: 'Justiz',
  beratung: 'Beratung',
  frauenhaus: 'Frauenhaus',
  jugendhilfe: 'Jugendhilfe',
  gesundheit: 'Gesundheitswesen',
  schule: 'Schule',
  kommune: 'Kommune',
  taeterarbeit: 'Täterarbeit',
  migration: 'Migration',
  gleichstellung: 'Gleichstellung',
  sonstige: 'Sonstige',
} as const;

export const networkLevels = {
  lokal: 'lokal',
  regional: 'regional',
  landesweit: 'landesweit',
} as const;

export const materialKinds = {
  leitfaden: 'Leitfaden',
  broschuere: 'Broschüre',
  flyer: 'Flyer',
  formular: 'Formular',
  gesetz: 'Gesetz',
  studie: 'Studie',
  arbeitshilfe: 'Arbeitshilfe',
  praesentation: 'Präsentation',
  vorlage: 'Vorlage',
} as const;

export const audiences = {
  fachkraefte: 'Fachkräfte',
  betroffene: 'Betroffene',
  oeffentlichkeit: 'Öffentlichkeit',
} as const;

export const contactKinds = {
  biss: 'BISS – Beratungs- und Interventionsstelle',
  frauenhaus: 'Frauenhaus',
  beratungsstelle: 'Beratungsstelle',
  polizei: 'Polizei',
  justiz: 'Justiz',
  jugendamt: 'Jugendamt',
  taeterarbeit: 'Täterarbeit',
  koordination: 'Koordination',
  hotline: 'Hilfetelefon',
  sonstige: 'Sonstige',
} as const;

/** File formats a material may be uploaded in, with the label shown beside the download link. */
export const fileFormats = {
  pdf: 'PDF',
  docx: 'Word',
  odt: 'OpenDocument-Text',
  xlsx: 'Excel',
  ods: 'OpenDocument-Tabelle',
  pptx: 'PowerPoint',
  odp: 'OpenDocument-Präsentation',
  txt: 'Text',
  csv: 'CSV',
} as const;

export const regionKinds = {
  land: 'Land',
  'kreisfreie-stadt': 'kreisfreie Stadt',
  landkreis: 'Landkreis',
  region: 'Region',
} as const;

/** The keys of a label table as a non-empty tuple, the shape z.enum wants. */
export function keysOf<T extends Record<string, string>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}
