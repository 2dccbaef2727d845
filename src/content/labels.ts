/** German labels of frontmatter fields, for messages and for the site. */
export const fieldLabels: Record<string, string> = {
  title: 'Titel',
  summary: 'Kurzbeschreibung',
  regions: 'Regionen',
  topics: 'Themen',
  reviewed: 'Prüfdatum',
  draft: 'Entwurf',
  example: 'Beispieleintrag',
  kind: 'Art',
  status: 'Stand',
  since: 'Startjahr',
  sectors: 'Beteiligte Bereiche',
  networks: 'Netzwerke',
  contacts: 'Kontakte',
  materials: 'Materialien',
  website: 'Website',
  level: 'Ebene',
  coordinator: 'Koordination',
  meets: 'Treffen',
  audience: 'Zielgruppe',
  languages: 'Sprachen',
  publisher: 'Herausgeber',
  published: 'Erscheinungsdatum',
  file: 'Datei',
  url: 'Web-Adresse',
  organization: 'Träger',
  person: 'Ansprechperson',
  phone: 'Telefon',
  fax: 'Fax',
  email: 'E-Mail',
  address: 'Adresse',
  street: 'Straße',
  postcode: 'Postleitzahl',
  city: 'Ort',
  hours: 'Erreichbarkeit',
  accessible: 'Barrierefreier Zugang',
  emergency: 'Rund-um-die-Uhr-Erreichbarkeit',
  id: 'Kennung',
  label: 'Bezeichnung',
  short: 'Kurzname',
  ags: 'Kreisschlüssel',
  seat: 'Verwaltungssitz',
  description: 'Beschreibung',
};

/** "Regionen" for regions[0], "Straße" for address.street. */
export function labelOf(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && fieldLabels[key]) return fieldLabels[key];
  }
  return undefined;
}
