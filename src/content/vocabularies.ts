/**
 * The vocabularies' ids and labels (content/vocabularies/regions.yml, topics.yml) for the JSON
 * Schemas and the web editor, read before (and without) a full validation.
 */
import path from 'node:path';
import { z } from 'zod';
import { regionSchema, topicSchema } from '../schema/vocabulary.ts';
import type { Vocabularies } from '../schema/json-schema.ts';
import { listContentFolder, readContentFile } from './source-files.ts';
import { readYaml } from './yaml.ts';

/** Reads the region and topic ids with the project's YAML reader; a broken list is an error. */
export function readVocabularies(contentDir: string): Vocabularies {
  const read = <T extends { id: string; label: string }>(name: string, schema: z.ZodType<T>): T[] => {
    const file = path.join(contentDir, 'vocabularies', name);
    // Through the content gate: a linked folder or list is refused like in validation.
    const folder = [contentDir, path.dirname(file)].map(listContentFolder).find((listed) => !('entries' in listed));
    const read = folder ?? readContentFile(file);
    if ('refusal' in read) throw new VocabularyError(`${file}: ${read.refusal.message}`);
    if (!('bytes' in read)) throw new VocabularyError(`${file} fehlt – die JSON-Schemas brauchen die Liste der Kennungen.`);
    const text = read.bytes.toString('utf8');
    const yaml = readYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    const parsed = z.array(schema).safeParse(yaml.errors.length ? undefined : yaml.value);
    if (!parsed.success) throw new VocabularyError(`${file} enthält Fehler – bitte zuerst „npm run validate“ ausführen und die Fehler beheben.`);
    return parsed.data;
  };
  return { regions: read('regions.yml', regionSchema), topics: read('topics.yml', topicSchema) };
}

export class VocabularyError extends Error {}
