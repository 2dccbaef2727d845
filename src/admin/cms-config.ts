/**
 * The configuration of the web editor (Sveltia CMS, /admin/config.yml), generated from the zod
 * schemas at build time so that the editor offers exactly the fields the validator accepts:
 *
 * - one collection per content type (content/<type>/*.md) plus the free pages;
 * - every field with the German label, help and example of the one field table
 *   (src/schema/field-docs.ts);
 * - selects for the closed lists (src/schema/enums.ts), multi-selects for regions and topics
 *   (content/vocabularies/*.yml, labels as on the site), relation widgets for references between
 *   entries, a file widget for content/materials/files/;
 * - the checks the CMS can express (required, length, patterns); the rest, e.g. "a Frauenhaus
 *   publishes no street", is in the hint and always enforced by `npm run validate` in CI.
 *
 * The GitHub repository comes from CMS_REPO (owner/name) or Netlify's REPOSITORY_URL; the branch
 * from CMS_BRANCH (default main).
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { knownFields } from '../content/validate.ts';
import { fieldDoc } from '../schema/field-docs.ts';
import { contentTypes, type ContentType } from '../schema/index.ts';
import { audiences, contactKinds, fileFormats, initiativeKinds, initiativeStatuses, materialKinds, networkLevels, sectors } from '../schema/enums.ts';
import { buildJsonSchema, type JsonSchema, type Vocabularies } from '../schema/json-schema.ts';
import { site } from '../text/site.ts';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; folder: string; fields: CmsField[] };
export type CmsConfig = Record<string, unknown> & { collections: CmsCollection[] };

/** Where the editor keeps uploaded material files; the frontmatter names only the file. */
export const MATERIAL_FILES = 'content/materials/files';

/** Order of the collections in the editor's sidebar. */
const collectionOrder: ContentType[] = ['contacts', 'initiatives', 'networks', 'materials', 'pages'];

/** Fields that name entries of another collection. */
const relations: Record<string, ContentType> = { networks: 'networks', contacts: 'contacts', materials: 'materials', coordinator: 'contacts' };

/** Closed lists whose German labels the selects show (the value written stays the key). */
const valueLabels: Record<string, Record<string, string>> = {
  'initiatives.kind': initiativeKinds,
  'materials.kind': materialKinds,
  'contacts.kind': contactKinds,
  status: initiativeStatuses,
  level: networkLevels,
  sectors,
  audience: audiences,
};

const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' });
/** Every ISO 639-1 code the validator accepts (it asks the same Intl table), German names, sorted by name. */
function languageOptions(): { label: string; value: string }[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const options: { label: string; value: string }[] = [];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      const name = languageNames.of(code);
      if (name && name !== code) options.push({ label: `${name} (${code})`, value: code });
    }
  }
  return options.sort((x, y) => x.label.localeCompare(y.label, 'de'));
}

function exampleText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null) return Object.values(value).join(', ');
  return String(value);
}

/** The repository the GitHub backend edits: CMS_REPO, else Netlify's REPOSITORY_URL. */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CMS_REPO && /^[\w.-]+\/[\w.-]+$/.test(env.CMS_REPO)) return env.CMS_REPO;
  const match = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(env.REPOSITORY_URL ?? '');
  return match?.[1] ?? 'koordinationsprojekt-haeusliche-gewalt/gewaltschutz-netz-niedersachsen';
}

interface FieldContext {
  type: ContentType;
  required: boolean;
  vocab: Vocabularies;
}

/** One CMS field from the field's JSON Schema (zod's input side, refined in json-schema.ts). */
function cmsField(field: string, schema: JsonSchema, ctx: FieldContext): CmsField {
  const doc = fieldDoc(ctx.type, field);
  if (!doc) throw new Error(`Web-Editor: keine Beschreibung für das Feld „${field}“ (${ctx.type}) – bitte in src/schema/field-docs.ts ergänzen`);
  const base = { name: field, label: doc.label, hint: `${doc.help} Beispiel: ${exampleText(doc.example)}`, required: ctx.required };
  const items = schema.items as JsonSchema | undefined;
  const labels = valueLabels[`${ctx.type}.${field}`] ?? valueLabels[field];

  if (field === 'regions' || field === 'topics') {
    const list = field === 'regions' ? ctx.vocab.regions : ctx.vocab.topics;
    return { ...base, widget: 'select', multiple: true, ...(ctx.required ? { min: 1 } : {}), options: list.map((item) => ({ label: item.label, value: item.id })) };
  }
  if (relations[field]) {
    const multiple = schema.type === 'array';
    return { ...base, widget: 'relation', collection: relations[field], value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple };
  }
  if (field === 'languages') return { ...base, widget: 'select', multiple: true, ...(schema.minItems ? { min: schema.minItems } : {}), options: languageOptions() };
  if (field === 'file' && ctx.type === 'materials') {
    return {
      ...base,
      widget: 'file',
      media_folder: `/${MATERIAL_FILES}`,
      public_folder: '',
      accept: Object.keys(fileFormats)
        .map((ext) => `.${ext}`)
        .join(','),
    };
  }
  const enumValues = (schema.enum ?? items?.enum) as string[] | undefined;
  if (enumValues) {
    const options = enumValues.map((value) => ({ label: labels?.[value] ?? value, value }));
    const multiple = schema.type === 'array';
    return { ...base, widget: 'select', ...(multiple ? { multiple: true, ...(schema.minItems ? { min: schema.minItems } : {}) } : {}), options };
  }
  if (schema.type === 'boolean') return { ...base, widget: 'boolean', required: false };
  if (schema.type === 'integer') return { ...base, widget: 'number', value_type: 'int', ...(typeof schema.minimum === 'number' ? { min: schema.minimum } : {}) };
  if (field === 'reviewed' || field === 'published') {
    // The validator wants a calendar date as text (YYYY-MM-DD); a year alone only in the file editor.
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  }
  if (schema.type === 'object') {
    const properties = schema.properties as Record<string, JsonSchema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    return { ...base, widget: 'object', fields: Object.entries(properties).map(([name, sub]) => cmsField(name, sub, { ...ctx, required: required.has(name) })) };
  }
  // Strings, and numbers editors write as text (phone, fax, postcode: the JSON Schema's anyOf).
  const text = (schema.anyOf as JsonSchema[] | undefined)?.find((option) => option.type === 'string') ?? schema;
  const pattern = text.pattern as string | undefined;
  return {
    ...base,
    widget: 'string',
    ...(typeof text.minLength === 'number' ? { minlength: text.minLength } : {}),
    ...(typeof text.maxLength === 'number' ? { maxlength: text.maxLength } : {}),
    ...(pattern ? { pattern: [pattern, `Bitte so schreiben wie im Beispiel: ${exampleText(doc.example)}`] } : {}),
    ...(field === 'email' ? { type: 'email' } : {}),
    ...(field === 'website' || field === 'url' ? { type: 'url' } : {}),
  };
}

/** The collection of one content type, its fields in the schema's order, then the Markdown body. */
function collection(type: ContentType, vocab: Vocabularies): CmsCollection {
  const { schema, singular, plural, path: urlPath } = contentTypes[type];
  const json = buildJsonSchema(type, vocab);
  const properties = json.properties as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  const fields = knownFields(schema as unknown as z.ZodType).map((field) => cmsField(field, properties[field]!, { type, required: required.has(field), vocab }));
  fields.push({ name: 'body', label: 'Text', widget: 'markdown', required: false, hint: 'Beschreibung in Markdown: worum es geht, wer beteiligt ist, wie man Kontakt aufnimmt.' });
  return {
    name: type,
    label: plural,
    label_singular: singular,
    folder: `content/${type}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    delete: false,
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: ['title', 'reviewed'],
    preview_path: `${urlPath.replace(/^\//, '')}{{slug}}/`,
    fields,
  };
}

/** The whole configuration as an object (validated in the tests against Sveltia's JSON Schema). */
export function buildCmsConfig(vocab: Vocabularies, env: NodeJS.ProcessEnv = process.env): CmsConfig {
  return {
    backend: {
      name: 'github',
      repo: repoFromEnv(env),
      branch: env.CMS_BRANCH || 'main',
      // Netlify's OAuth provider for GitHub (docs/publishing.md: one-time set-up).
      base_url: 'https://api.netlify.com',
      auth_endpoint: 'auth',
      squash_merges: true,
      commit_messages: {
        create: 'Web-Editor: {{collection}} „{{slug}}“ angelegt',
        update: 'Web-Editor: {{collection}} „{{slug}}“ geändert',
        delete: 'Web-Editor: {{collection}} „{{slug}}“ gelöscht',
        uploadMedia: 'Web-Editor: Datei „{{path}}“ hochgeladen',
        deleteMedia: 'Web-Editor: Datei „{{path}}“ gelöscht',
      },
    },
    publish_mode: 'editorial_workflow',
    app_title: `${site.name} – Redaktion`,
    site_url: site.url,
    logo_url: '/assets/favicon.svg',
    show_preview_links: true,
    media_folder: MATERIAL_FILES,
    public_folder: '',
    // The validator's slug rule: a–z, 0–9, single hyphens; umlauts spelled out (ä → ae, ß → ss).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: 80, trim: true, lowercase: true },
    output: { omit_empty_optional_fields: true },
    collections: collectionOrder.map((type) => collection(type, vocab)),
  };
}

/** /admin/config.yml */
export function renderCmsConfig(vocab: Vocabularies, env: NodeJS.ProcessEnv = process.env): string {
  return `# Erzeugt beim Build aus src/schema/ (src/admin/cms-config.ts) – nicht von Hand ändern.\n${stringify(buildCmsConfig(vocab, env), { lineWidth: 0 })}`;
}
