/**
 * The web editor's configuration (/admin/config.yml) is generated from the zod schemas and the
 * one field table: it must be valid for Sveltia CMS (checked against the JSON Schema the pinned
 * package publishes, node_modules/@sveltia/cms/schema/sveltia-cms.json), offer every field the
 * validator knows, and say about each what `npm run new`, the JSON Schemas and CONTRIBUTING say.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv } from 'ajv';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildCmsConfig, renderCmsConfig, repoFromEnv, type CmsField } from '../../src/admin/cms-config.ts';
import { patchedScript, sveltiaDir } from '../../src/admin/sveltia-files.ts';
import { scaffold } from '../../src/content/scaffold.ts';
import { knownFields } from '../../src/content/validate.ts';
import { fieldDoc } from '../../src/schema/field-docs.ts';
import { contactKinds, contentTypes, entryTypes, materialKinds, type ContentType } from '../../src/schema/index.ts';
import { buildJsonSchema, type JsonSchema } from '../../src/schema/json-schema.ts';
import { readVocabularies } from '../../src/content/vocabularies.ts';
import { listFiles } from '../support/site.ts';
import { ROOT } from '../helpers.ts';

const vocab = readVocabularies(path.join(ROOT, 'content'));
const config = buildCmsConfig(vocab, {});
const collectionOf = (type: ContentType) => config.collections.find((c) => c.name === type)!;
const fieldOf = (type: ContentType, name: string) => collectionOf(type).fields.find((f) => f.name === name)!;

describe('the generated CMS configuration', () => {
  it('is valid against Sveltia’s own JSON Schema', () => {
    const schema = JSON.parse(readFileSync(path.join(sveltiaDir(), 'schema/sveltia-cms.json'), 'utf8')) as JsonSchema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    // Sveltia's schema names a format "regex" for `pattern` (in an anyOf beside any string); Ajv
    // knows no such format and warns at every use. The patterns themselves are compiled below.
    ajv.addFormat('regex', true);
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
    expect(valid).toBe(true);
    // The schema does reject a broken configuration (so the check above can fail).
    expect(validate({ ...config, publish_mode: 'sofort' })).toBe(false);
    expect(validate({ ...config, collections: [{ ...config.collections[0], fields: [{ name: 'x', widget: 'string', required: 'ja' }] }] })).toBe(false);
  });

  it('has only patterns the editor can compile, each with a German message', () => {
    const patterns: unknown[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'pattern') patterns.push(inner);
          else walk(inner);
        }
    };
    walk(config.collections);
    expect(patterns.length).toBeGreaterThan(3);
    for (const pattern of patterns) {
      const [source, message] = pattern as [string, string];
      expect(() => new RegExp(source), source).not.toThrow();
      expect(message).toMatch(/^Bitte /);
    }
  });

  it('has one collection per content type, in content/<type>/, with the editorial workflow on GitHub', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(contentTypes).sort());
    for (const c of config.collections) {
      expect(c.folder).toBe(`content/${c.name}`);
      expect(c).toMatchObject({ extension: 'md', format: 'frontmatter', create: true, slug: '{{title}}' });
    }
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', branch: 'main', base_url: 'https://api.netlify.com' });
    // The slug rule of the validator: ASCII, accents spelled out, lower case.
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true });
  });

  for (const type of Object.keys(contentTypes) as ContentType[]) {
    it(`offers every field of ${type} the validator knows, each labelled, explained and with an example from the field table`, () => {
      const fields = collectionOf(type).fields;
      const names = fields.map((f) => f.name);
      expect(names).toEqual([...knownFields(contentTypes[type].schema), 'body']);
      const check = (field: CmsField, scope: string) => {
        const doc = fieldDoc(scope, field.name)!;
        expect(doc, `${scope}.${field.name}`).toBeDefined();
        expect(field.label).toBe(doc.label);
        expect(field.hint).toContain(doc.help);
        expect(field.hint).toMatch(/Beispiel: \S/);
      };
      for (const field of fields.filter((f) => f.name !== 'body')) {
        check(field, type);
        for (const sub of (field.fields as CmsField[] | undefined) ?? []) check(sub, type);
      }
      // Required in the schema = required in the form.
      const required = new Set(buildJsonSchema(type, vocab).required as string[]);
      for (const field of fields.filter((f) => f.name !== 'body' && f.widget !== 'boolean')) expect(field.required, `${type}.${field.name}`).toBe(required.has(field.name));
    });
  }

  it('offers the nested address fields, street and postcode never required, with the Frauenhaus rule in the hint', () => {
    const address = fieldOf('contacts', 'address');
    const subs = address.fields as CmsField[];
    const schema = buildJsonSchema('contacts', vocab).properties as Record<string, JsonSchema>;
    expect(subs.map((f) => f.name)).toEqual(Object.keys(schema.address!.properties as object));
    expect(subs.find((f) => f.name === 'street')).toMatchObject({ required: false });
    expect(subs.find((f) => f.name === 'postcode')).toMatchObject({ required: false, pattern: ['^\\d{5}$', expect.any(String)] });
    expect(subs.find((f) => f.name === 'city')).toMatchObject({ required: true });
    for (const text of [address.hint, subs.find((f) => f.name === 'street')!.hint]) expect(text).toMatch(/Frauenhaus/);
  });

  it('makes selects of the closed lists and multi-selects of regions and topics', () => {
    expect(fieldOf('contacts', 'kind')).toMatchObject({ widget: 'select', options: Object.entries(contactKinds).map(([value, label]) => ({ label, value })) });
    expect(fieldOf('materials', 'kind')).toMatchObject({ widget: 'select', options: Object.entries(materialKinds).map(([value, label]) => ({ label, value })) });
    expect(fieldOf('materials', 'audience')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(fieldOf('networks', 'sectors')).toMatchObject({ widget: 'select', multiple: true });
    for (const type of entryTypes) {
      expect(fieldOf(type, 'regions')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: vocab.regions.map((r) => ({ label: r.label, value: r.id })) });
      expect(fieldOf(type, 'topics')).toMatchObject({ widget: 'select', multiple: true, required: false, options: vocab.topics.map((t) => ({ label: t.label, value: t.id })) });
    }
    const languages = (fieldOf('contacts', 'languages').options as { value: string }[]).map((o) => o.value);
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'tr', 'ar', 'ru', 'uk']));
  });

  it('makes relation widgets of references between entries and a file widget for material files', () => {
    expect(fieldOf('initiatives', 'networks')).toMatchObject({ widget: 'relation', collection: 'networks', multiple: true, value_field: '{{slug}}' });
    expect(fieldOf('initiatives', 'contacts')).toMatchObject({ widget: 'relation', collection: 'contacts', multiple: true });
    expect(fieldOf('initiatives', 'materials')).toMatchObject({ widget: 'relation', collection: 'materials', multiple: true });
    expect(fieldOf('networks', 'coordinator')).toMatchObject({ widget: 'relation', collection: 'contacts', multiple: false });
    expect(fieldOf('materials', 'file')).toMatchObject({ widget: 'file', media_folder: '/content/materials/files', required: false });
    expect(fieldOf('contacts', 'phone')).toMatchObject({ widget: 'string', pattern: [expect.any(String), expect.any(String)] });
  });

  it('takes the repository from CMS_REPO or Netlify’s REPOSITORY_URL', () => {
    expect(repoFromEnv({ CMS_REPO: 'lpr/gsn' })).toBe('lpr/gsn');
    expect(repoFromEnv({ REPOSITORY_URL: 'https://github.com/lpr-nds/gewaltschutz-netz' })).toBe('lpr-nds/gewaltschutz-netz');
    expect(repoFromEnv({ REPOSITORY_URL: 'git@github.com:lpr-nds/gsn.git' })).toBe('lpr-nds/gsn');
  });
});

describe('one field table for every tool', () => {
  it('the JSON Schemas, the scaffold and the CMS say the same about every field', () => {
    for (const type of entryTypes) {
      const properties = buildJsonSchema(type, vocab).properties as Record<string, JsonSchema>;
      const text = scaffold(type, 'Beispiel', '2026-01-01');
      for (const field of knownFields(contentTypes[type].schema)) {
        const doc = fieldDoc(type, field)!;
        expect(properties[field]!.description).toBe(`${doc.label} – ${doc.help}`);
        expect(properties[field]!.examples).toEqual([doc.example]);
        expect(text).toContain(`# ${doc.label}: ${doc.help}`);
        expect(fieldOf(type, field).hint).toContain(doc.help);
      }
    }
  });
});

describe('/admin/ in the built site', () => {
  const siteDir = inject('siteDir');
  const admin = (rel: string) => path.join(siteDir, 'admin', rel);

  it('has the configuration of this build, the self-hosted script, locale, fonts and licences', () => {
    expect(parseYaml(readFileSync(admin('config.yml'), 'utf8'))).toEqual(parseYaml(renderCmsConfig(vocab)));
    const script = readFileSync(admin('sveltia-cms.js'), 'utf8');
    expect(script === patchedScript()).toBe(true);
    // What the editor loads on every start comes from us; what is left on unpkg.com (syntax
    // highlighting and map modules, loaded only by widgets we do not configure) the CSP blocks.
    const cdn = [...script.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net|www\.githubstatus\.com|fonts\.(?:googleapis|gstatic)\.com)\/[^`"'\s]*/g)].map((m) => m[0]);
    expect(cdn.sort()).toEqual(['https://unpkg.com/${e}', 'https://unpkg.com/@shikijs', 'https://unpkg.com/@sveltia/ui', 'https://www.githubstatus.com/']);
    for (const rel of ['index.html', 'prefs.js', 'locales/de.json', 'sveltia-cms.LICENSE.txt', 'sveltia/package.json', 'github-status.json']) expect(existsSync(admin(rel)), rel).toBe(true);
    const fonts = listFiles(admin('fonts'));
    expect(fonts.filter((f) => f.endsWith('.woff2'))).toHaveLength(3);
    expect(fonts.filter((f) => f.endsWith('.LICENSE.txt'))).toHaveLength(3);
    const html = readFileSync(admin('index.html'), 'utf8');
    expect(html).toContain('<script src="/admin/sveltia-cms.js"></script>');
    expect(html).not.toMatch(/<script>|<style|style=|https?:\/\//);
    expect(html).toContain('noindex');
  });

  it('is not in the sitemap, not in the search index, and robots.txt disallows it', () => {
    expect(readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin');
    expect(readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    const fragments = listFiles(path.join(siteDir, 'pagefind'), (rel) => rel.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    const urls = fragments.map(
      (rel) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(siteDir, 'pagefind', rel)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    );
    expect(urls.some((url) => url.startsWith('/kontakte/'))).toBe(true);
    expect(urls.filter((url) => url.startsWith('/admin'))).toEqual([]);
  });
});
