/**
 * Text of a new entry for `npm run new`: every field of the type's schema, explained in German,
 * required ones to fill in, optional ones commented out.
 */
import slugify from '@sindresorhus/slugify';
import { contentTypes, contactKinds, initiativeKinds, initiativeStatuses, materialKinds, networkLevels, audiences, sectors, type EntryType } from '../schema/index.ts';
import { fieldLabels } from './labels.ts';
import { knownFields } from './validate.ts';

/** A slug from a German title: umlauts spelled out, & as "und". */
export function slugFromTitle(title: string): string {
  return slugify(title, { customReplacements: [['&', ' und '], ['§', ' paragraf ']] }).slice(0, 80).replace(/-+$/, '');
}

const list = (table: Record<string, string>) => Object.keys(table).join(', ');

/** Per field: explanation, the line to write (required) or to uncomment (optional). */
const fieldHelp: Record<string, { help: string; example: string }> = {
  title: { help: 'Name des Eintrags, 3–120 Zeichen', example: '' },
  summary: { help: 'ein bis zwei Sätze, 20–300 Zeichen, ohne HTML; erscheint in Listen und Suchergebnissen', example: 'summary: ""' },
  regions: { help: 'Kennungen aus content/vocabularies/regions.yml, z. B. landkreis-goettingen; niedersachsen = landesweit', example: 'regions: []' },
  topics: { help: 'Kennungen aus content/vocabularies/topics.yml, z. B. kinderschutz', example: 'topics: []' },
  reviewed: { help: 'Datum der letzten Prüfung der Angaben (JJJJ-MM-TT)', example: '' },
  draft: { help: 'true = Entwurf, wird nicht veröffentlicht', example: 'draft: true' },
  example: { help: 'true = erfundener Beispieleintrag (zeigt einen Hinweis)', example: 'example: true' },
  kind: { help: 'Art', example: 'kind: ' },
  status: { help: `Stand: ${list(initiativeStatuses)}`, example: 'status: aktiv' },
  since: { help: 'seit welchem Jahr', example: 'since: 2020' },
  sectors: { help: `beteiligte Bereiche: ${list(sectors)}`, example: 'sectors: [polizei, beratung, jugendhilfe]' },
  networks: { help: 'Kennungen von Netzwerken (Dateinamen in content/networks/ ohne .md)', example: 'networks: []' },
  contacts: { help: 'Kennungen von Kontakten (Dateinamen in content/contacts/ ohne .md)', example: 'contacts: []' },
  materials: { help: 'Kennungen von Materialien (Dateinamen in content/materials/ ohne .md)', example: 'materials: []' },
  website: { help: 'Website, mit https://', example: 'website: https://' },
  level: { help: `Ebene: ${list(networkLevels)}`, example: 'level: ' },
  coordinator: { help: 'Kennung des Kontakts, der das Netzwerk koordiniert', example: 'coordinator: ' },
  meets: { help: 'wann und wie oft sich das Netzwerk trifft', example: 'meets: "viermal im Jahr"' },
  audience: { help: `Zielgruppe, mindestens eine: ${list(audiences)}`, example: 'audience: [fachkraefte]' },
  languages: { help: 'Sprachen als Kürzel nach ISO 639-1: de, en, tr, ar, ru, uk …', example: 'languages: [de]' },
  publisher: { help: 'Herausgeber', example: 'publisher: ""' },
  published: { help: 'erschienen: Datum (JJJJ-MM-TT) oder Jahr', example: 'published: 2025' },
  file: { help: 'eigene Datei in content/materials/files/ (nur file ODER url angeben)', example: 'file: name-der-datei.pdf' },
  url: { help: 'Adresse des Dokuments im Netz, mit https:// (nur file ODER url angeben)', example: 'url: https://' },
  organization: { help: 'Träger oder Organisation', example: 'organization: ""' },
  person: { help: 'Ansprechperson (nur dienstlich, mit Einverständnis)', example: 'person: ""' },
  phone: { help: 'Telefon mit Vorwahl, in Anführungszeichen', example: 'phone: "030 23125 456"' },
  fax: { help: 'Fax mit Vorwahl, in Anführungszeichen', example: 'fax: "030 23125 457"' },
  email: { help: 'dienstliche E-Mail-Adresse', example: 'email: name@beispiel.de' },
  address: {
    help: 'Anschrift. Bei Frauenhäusern NUR den Ort (city) angeben – die Lage ist vertraulich!',
    example: 'address:\n#   street: Musterstraße 1\n#   postcode: "30159"\n#   city: Hannover',
  },
  hours: { help: 'Erreichbarkeit, z. B. Sprechzeiten', example: 'hours: "Mo–Fr 9–16 Uhr"' },
  accessible: { help: 'true = stufenlos erreichbar', example: 'accessible: true' },
  emergency: { help: 'true = rund um die Uhr erreichbar', example: 'emergency: true' },
};

const kindValues: Partial<Record<EntryType, string>> = {
  initiatives: list(initiativeKinds),
  materials: list(materialKinds),
  contacts: list(contactKinds),
};

export function scaffold(type: EntryType, title: string, today: string): string {
  const schema = contentTypes[type].schema;
  const fields = knownFields(schema);
  const shape = (schema as unknown as { def: { in?: { shape: object }; shape?: object } }).def;
  const fieldSchemas = (shape.shape ?? shape.in?.shape ?? {}) as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  // A field is required when its schema rejects a missing value.
  const isRequired = (field: string) => fieldSchemas[field]?.safeParse(undefined).success === false;
  const lines = ['---', `# Neuer Eintrag: ${contentTypes[type].singular}. Felder mit # davor sind freiwillig: # entfernen, um sie zu nutzen.`, '# Prüfen mit: npm run validate'];
  for (const field of fields) {
    const meta = fieldHelp[field] ?? { help: fieldLabels[field] ?? field, example: `${field}: ` };
    const help = field === 'kind' ? kindValues[type] ?? '' : meta.help;
    lines.push(`# ${fieldLabels[field] ?? field}: ${help}`);
    if (field === 'title') lines.push(`title: ${JSON.stringify(title)}`);
    else if (field === 'reviewed') lines.push(`reviewed: ${today}`);
    else if (isRequired(field)) lines.push(meta.example);
    else lines.push(`# ${meta.example}`);
  }
  lines.push('---', '', 'Beschreiben Sie hier in Markdown, worum es geht, wer beteiligt ist und wie man Kontakt aufnimmt.', '');
  return lines.join('\n');
}
