/**
 * The JSON Schemas in schemas/ are generated from the zod schemas (npm run schemas): they must
 * match what the generator makes now, describe every field in German, and accept exactly the
 * frontmatter the validator accepts as far as JSON Schema can tell.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { remark } from 'remark';
import { afterAll, describe, expect, it } from 'vitest';
import { parseContent } from '../../src/content/parse.ts';
import { readYaml } from '../../src/content/yaml.ts';
import { knownFields } from '../../src/content/validate.ts';
import { contentTypes, type ContentType } from '../../src/schema/index.ts';
import { buildJsonSchema, renderJsonSchemas, schemaFile, schemaNames, type JsonSchema } from '../../src/schema/json-schema.ts';
import { readVocabularies } from '../../src/content/vocabularies.ts';
import { expectNoCrash, ROOT, scratch } from '../helpers.ts';
import { runScript } from './run.ts';

const tmp = scratch('gsn-schemas-');
afterAll(() => tmp.cleanup());

const CONTENT = path.join(ROOT, 'content');
const SCHEMAS = path.join(ROOT, 'schemas');
const types = Object.keys(contentTypes) as ContentType[];

/** Ajv with its defaults (strict schema checks) and formats: what the editor tooling runs. */
function compile(file: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  // ajv-formats is CommonJS: under NodeNext its default export is reached via .default.
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')) as object);
}

function frontmatter(type: ContentType, name: string, text = readFileSync(path.join(CONTENT, type, name), 'utf8')): Record<string, unknown> {
  const parsed = parseContent(`content/${type}/${name}`, text);
  if ('problems' in parsed) throw new Error(`${name}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.parsed.data;
}

describe('schemas/ is in sync with src/schema/ and content/vocabularies/', () => {
  it('holds exactly the generated files, byte for byte', () => {
    const expected = renderJsonSchemas(readVocabularies(CONTENT));
    expect(
      readdirSync(SCHEMAS)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(readFileSync(path.join(SCHEMAS, file), 'utf8'), `${file} ist veraltet: npm run schemas`).toBe(text);
  });

  it('`npm run schemas -- --check` passes on the repository', async () => {
    const result = await runScript('schemas', ['--check']);
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ 7 JSON-Schemas in schemas/ sind aktuell.');
  });

  it('`--check` exits 1 with a German message naming a stale or missing file', async () => {
    const out = path.join(tmp.root, 'stale');
    cpSync(SCHEMAS, out, { recursive: true });
    const contacts = path.join(out, 'contacts.schema.json');
    writeFileSync(contacts, readFileSync(contacts, 'utf8').replace('"landkreis-goettingen",\n', ''));
    rmSync(path.join(out, 'topics.schema.json'));
    const result = await runScript('schemas', ['--check', '--out', out]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const shownOut = out.split(path.sep).join('/');
    expect(result.stdout).toContain(`Fehler  ${shownOut}/contacts.schema.json ist veraltet`);
    expect(result.stdout).toContain(`Fehler  ${shownOut}/topics.schema.json fehlt`);
    expect(result.stdout).toContain('✖ 2 von 7 JSON-Schemas passen nicht mehr zu den Schemas und Vokabularen.');
    expect(result.stdout).toContain('Bitte „npm run schemas“ ausführen');
  });

  it('`npm run schemas` writes the files, and then `--check` passes', async () => {
    const out = path.join(tmp.root, 'fresh');
    const write = await runScript('schemas', ['--out', out]);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('✔ 7 von 7 JSON-Schemas neu geschrieben');
    for (const name of schemaNames) expect(readFileSync(path.join(out, schemaFile(name)), 'utf8')).toBe(readFileSync(path.join(SCHEMAS, schemaFile(name)), 'utf8'));
    const again = await runScript('schemas', ['--out', out]);
    expect(again.stdout).toContain('sind schon aktuell – nichts geändert');
  });

  it('a new topic in topics.yml makes the committed schemas stale', async () => {
    const content = path.join(tmp.root, 'content');
    mkdirSync(path.join(content, 'vocabularies'), { recursive: true });
    cpSync(path.join(CONTENT, 'vocabularies', 'regions.yml'), path.join(content, 'vocabularies', 'regions.yml'));
    writeFileSync(
      path.join(content, 'vocabularies', 'topics.yml'),
      `${readFileSync(path.join(CONTENT, 'vocabularies', 'topics.yml'), 'utf8')}\n- id: neues-thema-fuer-den-test\n  label: "Neues Thema"\n  description: "Ein Thema, das nur dieser Test kennt und das es noch nicht gibt."\n`,
    );
    const result = await runScript('schemas', ['--check', '--dir', content]);
    expect(result.code).toBe(1);
    for (const type of ['initiatives', 'networks', 'materials', 'contacts']) expect(result.stdout).toContain(`schemas/${type}.schema.json ist veraltet`);
    expect(result.stdout).not.toContain('schemas/pages.schema.json');
  });

  it('refuses broken vocabularies in German, without a stack trace', async () => {
    const content = path.join(tmp.root, 'broken-vocabularies');
    mkdirSync(path.join(content, 'vocabularies'), { recursive: true });
    writeFileSync(path.join(content, 'vocabularies', 'regions.yml'), '- id: Nieder Sachsen\n');
    writeFileSync(path.join(content, 'vocabularies', 'topics.yml'), '[]\n');
    const result = await runScript('schemas', ['--check', '--dir', content]);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('regions.yml enthält Fehler');
  });
});

describe('the generated schemas', () => {
  const vocab = readVocabularies(CONTENT);

  it('compile with Ajv (draft-07, strict) and describe every field in German', () => {
    for (const name of schemaNames) {
      compile(schemaFile(name));
      const schema = buildJsonSchema(name, vocab);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      const object = (name === 'regions' || name === 'topics' ? schema.items : schema) as JsonSchema;
      const properties = object.properties as Record<string, JsonSchema>;
      for (const [field, property] of Object.entries(properties)) {
        expect(property.description, `${name}.${field}`).toMatch(/^[A-ZÄÖÜa-zäöü].+ – .+/);
      }
    }
  });

  it('have a property for every field of the zod schema, and no other', () => {
    for (const type of types) {
      const properties = Object.keys(buildJsonSchema(type, vocab).properties as object);
      expect(properties, type).toEqual(knownFields(contentTypes[type].schema));
      expect(buildJsonSchema(type, vocab).additionalProperties, type).toBe(false);
    }
  });

  it('offer the region and topic ids from content/vocabularies for completion', () => {
    const contacts = buildJsonSchema('contacts', vocab).properties as Record<string, { items: { enum: string[] } }>;
    expect(contacts.regions!.items.enum).toEqual(vocab.regions.map((r) => r.id));
    expect(contacts.regions!.items.enum).toContain('niedersachsen');
    expect(contacts.topics!.items.enum).toEqual(vocab.topics.map((t) => t.id));
  });
});

describe('every sample file in content/ satisfies its JSON Schema', () => {
  for (const type of types) {
    const files = readdirSync(path.join(CONTENT, type)).filter((f) => f.endsWith('.md'));
    it(`content/${type}/ (${files.length} Dateien)`, () => {
      const validate = compile(`${type}.schema.json`);
      for (const name of files) {
        const valid = validate(frontmatter(type, name));
        expect(valid, `${type}/${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });
  }

  it('content/vocabularies/*.yml', () => {
    for (const name of ['regions', 'topics'] as const) {
      const validate = compile(schemaFile(name));
      const yaml = readYaml(readFileSync(path.join(CONTENT, 'vocabularies', `${name}.yml`), 'utf8'));
      expect(validate(yaml.value), `${name}.yml: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('what the schemas reject', () => {
  const sample = readFileSync(path.join(CONTENT, 'contacts', 'frauenhaus-celle.md'), 'utf8');
  const contacts = compile('contacts.schema.json');
  const check = (text: string) => {
    const valid = contacts(frontmatter('contacts', 'probe.md', text));
    return { valid, errors: contacts.errors ?? [] };
  };

  it('a file with an unknown field', () => {
    const { valid, errors } = check(sample.replace('kind: frauenhaus', 'kind: frauenhaus\nadress: Musterweg 1'));
    expect(valid).toBe(false);
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'adress' } }));
  });

  it('a street or postcode for a Frauenhaus', () => {
    expect(check(sample.replace('  city: Celle', '  street: Musterweg 1\n  city: Celle')).valid).toBe(false);
    expect(check(sample.replace('  city: Celle', '  postcode: "29221"\n  city: Celle')).valid).toBe(false);
    // Any other kind of contact may publish its address.
    expect(check(sample.replace('kind: frauenhaus', 'kind: beratungsstelle').replace('  city: Celle', '  street: Musterweg 1\n  postcode: "29221"\n  city: Celle')).valid).toBe(true);
  });

  it('an unknown region or topic id, a contact without phone, e-mail and website, a bad date', () => {
    expect(check(sample.replace('[landkreis-celle]', '[landkreis-zelle]')).valid).toBe(false);
    expect(check(sample.replace('schutzunterkuenfte,', 'frauenhaeuser,')).valid).toBe(false);
    expect(check(sample.replace(/^phone: .*\n/m, '').replace(/^email: .*\n/m, '')).valid).toBe(false);
    expect(check(sample.replace(/^reviewed: .*$/m, 'reviewed: 27.05.2026')).valid).toBe(false);
  });

  it('a material with both file and url, or neither', () => {
    const material = readFileSync(path.join(CONTENT, 'materials', 'gewaltschutzgesetz.md'), 'utf8');
    const validate = compile('materials.schema.json');
    expect(validate(frontmatter('materials', 'probe.md', material))).toBe(true);
    expect(validate(frontmatter('materials', 'probe.md', material.replace(/^url: .*$/m, '$&\nfile: gesetz.pdf')))).toBe(false);
    expect(validate(frontmatter('materials', 'probe.md', material.replace(/^url: .*\n/m, '')))).toBe(false);
  });

  it('accepts an unquoted phone number, which plain YAML readers turn into a number', () => {
    const data = { ...frontmatter('contacts', 'probe.md', sample), phone: 5114003100 };
    expect(contacts(data)).toBe(true);
  });
});

describe('the VS Code set-up (.remarkrc.mjs with remark-lint-frontmatter-schema)', () => {
  const lint = async (file: string, value: string) => {
    const config = ((await import(pathToFileURL(path.join(ROOT, '.remarkrc.mjs')).href)) as { default: { plugins: unknown[] } }).default;
    const processor = remark().use(config as never);
    const result = await processor.process({ path: file, value, cwd: ROOT });
    return result.messages.map((m) => `${m.line ?? '-'}: ${m.reason}`);
  };
  const sample = readFileSync(path.join(CONTENT, 'contacts', 'frauenhaus-celle.md'), 'utf8');

  it('finds nothing in a valid content file', async () => {
    expect(await lint('content/contacts/frauenhaus-celle.md', sample)).toEqual([]);
  });

  it('underlines a broken field in the frontmatter of a content file', async () => {
    const messages = await lint('content/contacts/probe.md', sample.replace('kind: frauenhaus', 'kind: frauenhuas'));
    expect(
      messages.some((m) => m.startsWith('8: ') && m.includes('allowed values')),
      messages.join('\n'),
    ).toBe(true);
  });

  it('leaves Markdown outside content/ alone', async () => {
    expect(await lint('CONTRIBUTING.md', '---\nirgendwas: 1\n---\n\n# Text\n')).toEqual([]);
  });
});
