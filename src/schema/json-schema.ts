/**
 * JSON Schemas for editors (autocompletion and squiggles in VS Code), generated from the zod
 * schemas with z.toJSONSchema. The zod schemas stay the one source of truth: `npm run schemas`
 * writes schemas/<type>.schema.json, `npm run schemas -- --check` (and a test) fails when a
 * committed file no longer matches.
 *
 * What z.toJSONSchema cannot know is added here:
 * - German descriptions (field label + help) and an example for every field (src/schema/field-docs.ts);
 * - the ids of content/vocabularies/regions.yml and topics.yml as `enum`s (zod checks them
 *   only later, when references are resolved);
 * - formats and patterns of string fields whose zod checks are custom code (dates, https URLs,
 *   phone numbers, postcodes, language codes);
 * - the cross-field rules that zod expresses in superRefine (Frauenhaus without street and
 *   postcode, a contact needs phone/e-mail/website, a material needs exactly one of file/url).
 *
 * Draft-07 on purpose: it is the draft that VS Code's YAML extension (redhat.vscode-yaml) and
 * the frontmatter linter (remark-lint-frontmatter-schema, Ajv's default draft) fully support.
 */
import { z } from 'zod';
import { fieldDoc } from './field-docs.ts';
import { contentTypes, type ContentType } from './index.ts';
import { regionSchema, topicSchema } from './vocabulary.ts';

export type JsonSchema = { [key: string]: unknown };

/** Every file `npm run schemas` writes, in this order. */
export const schemaNames = ['initiatives', 'networks', 'materials', 'contacts', 'pages', 'regions', 'topics'] as const;
export type SchemaName = (typeof schemaNames)[number];

export const schemaFile = (name: SchemaName) => `${name}.schema.json`;

/** Which files each schema describes (for editor settings and docs). */
export const schemaTargets: Record<SchemaName, string> = {
  initiatives: 'content/initiatives/*.md',
  networks: 'content/networks/*.md',
  materials: 'content/materials/*.md',
  contacts: 'content/contacts/*.md',
  pages: 'content/pages/*.md',
  regions: 'content/vocabularies/regions.yml',
  topics: 'content/vocabularies/topics.yml',
};

export interface Vocabularies {
  regions: { id: string; label: string }[];
  topics: { id: string; label: string }[];
}

const typeTitles: Record<SchemaName, string> = {
  initiatives: 'Initiative',
  networks: 'Netzwerk',
  materials: 'Material',
  contacts: 'Kontakt',
  pages: 'Seite',
  regions: 'Regionen',
  topics: 'Themen',
};

function describe(name: SchemaName, field: string, schema: JsonSchema): void {
  const doc = fieldDoc(name, field);
  if (!doc) throw new Error(`JSON-Schema: keine Beschreibung für das Feld „${field}“ (${name}) – bitte in src/schema/field-docs.ts ergänzen`);
  schema.description = `${doc.label} – ${doc.help}`;
  schema.examples = [doc.example];
}

/** Removes zod's noise: integer bounds at ±MAX_SAFE_INTEGER and `minItems: 0`. */
function tidy(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(tidy);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  if (schema.minimum === -Number.MAX_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minItems === 0) delete schema.minItems;
  Object.values(schema).forEach(tidy);
}

const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
const HTTPS = { pattern: '^https://[^\\s/]+\\.[^\\s]+$', format: 'uri' };
/** A German phone number as text ("0511 1234567", "+49 511 …", "116 016"); YAML may read an unquoted one as a number. */
const PHONE = {
  anyOf: [
    { type: 'string', pattern: '^[+(]?[0-9][0-9 ()/\\-]{1,30}$' },
    { type: 'integer', minimum: 100 },
  ],
};
const LANGUAGE = { type: 'string', pattern: '^[a-z]{2}$' };

/** Field schemas that replace or extend what zod's input side says. */
function refine(name: SchemaName, field: string, schema: JsonSchema, vocab: Vocabularies): JsonSchema {
  switch (field) {
    case 'regions':
      if (name === 'regions') return schema;
      return { ...schema, items: { type: 'string', enum: vocab.regions.map((r) => r.id) } };
    case 'topics':
      if (name === 'topics') return schema;
      return { ...schema, items: { type: 'string', enum: vocab.topics.map((t) => t.id) } };
    case 'reviewed':
      return { ...schema, ...DATE };
    case 'published':
      return {
        anyOf: [
          { type: 'string', ...DATE },
          { type: 'integer', minimum: 1949 },
        ],
      };
    case 'website':
    case 'url':
      return { ...schema, ...HTTPS };
    case 'phone':
    case 'fax':
      return { ...PHONE };
    case 'languages':
      return { ...schema, items: { ...LANGUAGE } };
    case 'address': {
      const properties = { ...(schema.properties as Record<string, JsonSchema>) };
      properties.postcode = {
        anyOf: [
          { type: 'string', pattern: '^\\d{5}$' },
          { type: 'integer', minimum: 1000, maximum: 99999 },
        ],
      };
      for (const [key, value] of Object.entries(properties)) describe(name, key, value);
      return { ...schema, properties };
    }
    default:
      return schema;
  }
}

/** Rules that zod checks in superRefine, written as JSON Schema so the editor shows them too. */
const crossFieldRules: Partial<Record<SchemaName, JsonSchema[]>> = {
  contacts: [
    {
      $comment: 'Ein Frauenhaus veröffentlicht nie Straße und Postleitzahl (die Lage ist vertraulich).',
      if: { properties: { kind: { const: 'frauenhaus' } }, required: ['kind'] },
      then: { properties: { address: { type: 'object', propertyNames: { enum: ['city'] } } } },
    },
    {
      $comment: 'Ein Kontakt braucht mindestens Telefon, E-Mail oder Website.',
      anyOf: [{ required: ['phone'] }, { required: ['email'] }, { required: ['website'] }],
    },
  ],
  materials: [
    {
      $comment: 'Ein Material hat genau eines von file (eigene Datei) und url (Adresse im Netz).',
      oneOf: [{ required: ['file'] }, { required: ['url'] }],
    },
  ],
};

function objectSchema(name: SchemaName, zodSchema: z.ZodType, vocab: Vocabularies): JsonSchema {
  const json = z.toJSONSchema(zodSchema, {
    target: 'draft-7',
    // Some fields transform (phone → {text, e164}, postcode 1067 → "01067"): editors write the input.
    io: 'input',
    // On the input side every type of the content model has a JSON Schema form. A type that has
    // none (z.date(), z.custom() …) should fail loudly here rather than become "anything goes".
    // Custom checks (HTML in text, real dates, dates in the future, German phone numbers) are
    // not types: zod leaves them out, `npm run validate` still enforces them.
    unrepresentable: 'throw',
  }) as JsonSchema;
  tidy(json);
  const properties = json.properties as Record<string, JsonSchema>;
  for (const field of Object.keys(properties)) {
    properties[field] = refine(name, field, properties[field]!, vocab);
    describe(name, field, properties[field]!);
  }
  return json;
}

const generatedNote = 'Erzeugt von „npm run schemas“ aus src/schema/ und content/vocabularies/ – nicht von Hand ändern.';

/** The JSON Schema for one content type or vocabulary, as an object in a stable key order. */
export function buildJsonSchema(name: SchemaName, vocab: Vocabularies): JsonSchema {
  if (name === 'regions' || name === 'topics') {
    const item = objectSchema(name, name === 'regions' ? regionSchema : topicSchema, vocab);
    delete item.$schema;
    return {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $comment: generatedNote,
      title: `${typeTitles[name]} (${schemaTargets[name]})`,
      description:
        name === 'regions'
          ? 'Liste der Regionen: Niedersachsen und die 45 Kreise und kreisfreien Städte.'
          : 'Liste der Themen. Redaktionen ergänzen neue Themen per Pull Request; verwendete Kennungen nie umbenennen oder löschen.',
      type: 'array',
      items: item,
    };
  }
  const type = name as ContentType;
  const json = objectSchema(name, contentTypes[type].schema as unknown as z.ZodType, vocab);
  const { $schema, ...rest } = json;
  const rules = crossFieldRules[name];
  return {
    $schema,
    $comment: generatedNote,
    title: `${typeTitles[name]} (${schemaTargets[name]})`,
    description: `Frontmatter einer Datei in content/${type}/. Die vollständige Prüfung (Verweise, Dateien, Telefonnummern, Datumsangaben) macht „npm run validate“.`,
    ...rest,
    ...(rules ? { allOf: rules } : {}),
  };
}

/** File name → file text for every schema; the text is what `npm run schemas` writes. */
export function renderJsonSchemas(vocab: Vocabularies): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of schemaNames) files.set(schemaFile(name), `${JSON.stringify(buildJsonSchema(name, vocab), null, 2)}\n`);
  return files;
}
