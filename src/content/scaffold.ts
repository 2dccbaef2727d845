/**
 * Text of a new entry for `npm run new`: every field of the type's schema, explained in German,
 * required ones to fill in, optional ones commented out with the example of the field table
 * (src/schema/field-docs.ts).
 */
import { germanSlug } from '../text/slug.ts';
import { stringify } from 'yaml';
import { contentTypes, type EntryType } from '../schema/index.ts';
import { fieldDoc } from '../schema/field-docs.ts';
import { knownFields } from './validate.ts';

/** A slug from a German title: umlauts spelled out, & as "und". */
export function slugFromTitle(title: string): string {
  return germanSlug(title, [['§', ' paragraf ']]).slice(0, 80).replace(/-+$/, '');
}

/** The YAML line(s) of `field` set to `value`, e.g. `regions: [landkreis-goettingen]`; numbers written as text stay quoted. */
function yamlLine(field: string, value: unknown): string {
  if (Array.isArray(value)) return `${field}: ${stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false }).trimEnd()}`;
  if (typeof value === 'string' && /^[+\d]/.test(value)) return `${field}: ${JSON.stringify(value)}`;
  return stringify({ [field]: value }, { lineWidth: 0 }).trimEnd();
}

/** What a required field starts with: empty, so the validator asks for it until it is filled in. */
function placeholder(field: string, example: unknown): string {
  if (Array.isArray(example)) return `${field}: []`;
  if (typeof example === 'string') return `${field}: ""`;
  return `${field}: `;
}

export function scaffold(type: EntryType, title: string, today: string): string {
  const schema = contentTypes[type].schema;
  const fields = knownFields(schema);
  const shape = (schema as unknown as { def: { in?: { shape: object }; shape?: object } }).def;
  const fieldSchemas = (shape.shape ?? shape.in?.shape ?? {}) as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  // A field is required when its schema rejects a missing value.
  const isRequired = (field: string) => fieldSchemas[field]?.safeParse(undefined).success === false;
  const lines = ['---', `# Neuer Eintrag: ${contentTypes[type].singular}. Felder mit # davor sind freiwillig: # entfernen, um sie zu nutzen.`, '# Prüfen mit: npm run validate'];
  for (const field of fields) {
    const doc = fieldDoc(type, field);
    if (!doc) throw new Error(`npm run new: keine Beschreibung für das Feld „${field}“ (${type}) – bitte in src/schema/field-docs.ts ergänzen`);
    lines.push(`# ${doc.label}: ${doc.help}`);
    if (field === 'title') lines.push(`title: ${JSON.stringify(title)}`);
    else if (field === 'reviewed') lines.push(`reviewed: ${today}`);
    else if (isRequired(field)) lines.push(placeholder(field, doc.example));
    else lines.push(...yamlLine(field, doc.example).split('\n').map((line) => `# ${line}`));
  }
  lines.push('---', '', 'Beschreiben Sie hier in Markdown, worum es geht, wer beteiligt ist und wie man Kontakt aufnimmt.', '');
  return lines.join('\n');
}
