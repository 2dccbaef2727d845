/**
 * npm run schemas [-- --check] [--out schemas] [--dir content]
 * Writes the JSON Schemas for editors (schemas/<type>.schema.json) from the zod schemas and the
 * vocabularies; with --check only compares and exits 1 when a committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/index.ts';
import { annotation } from '../src/content/report.ts';
import { renderJsonSchemas } from '../src/schema/json-schema.ts';
import { readVocabularies, VocabularyError } from '../src/content/vocabularies.ts';
import { runCli, UsageError } from './cli.ts';

runCli(() => {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, out: { type: 'string' }, dir: { type: 'string' } },
    allowPositionals: false,
  });
  const outDir = path.resolve(values.out ?? 'schemas');
  const shown = (file: string) => {
    const rel = path.relative(process.cwd(), path.join(outDir, file));
    return (rel.startsWith('..') || path.isAbsolute(rel) ? path.join(outDir, file) : rel).split(path.sep).join('/');
  };
  let files: Map<string, string>;
  try {
    files = renderJsonSchemas(readVocabularies(contentDir(values.dir)));
  } catch (error) {
    if (error instanceof VocabularyError) throw new UsageError(error.message);
    throw error;
  }

  const stale: { file: string; why: string }[] = [];
  for (const [file, text] of files) {
    const target = path.join(outDir, file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current !== text) stale.push({ file, why: current === undefined ? 'fehlt' : 'ist veraltet' });
  }

  if (values.check) {
    if (!stale.length) {
      process.stdout.write(`✔ ${files.size} JSON-Schemas in ${shown('')}/ sind aktuell.\n`);
      return 0;
    }
    const github = process.env.GITHUB_ACTIONS === 'true';
    for (const { file, why } of stale) {
      const message = `${shown(file)} ${why}: die Felder in src/schema/ oder die Listen in content/vocabularies/ wurden geändert`;
      process.stdout.write(github ? `${annotation('error', shown(file), 1, 'JSON-Schema', `${message} — npm run schemas ausführen und die Datei mit einchecken`)}\n` : `  Fehler  ${message}\n`);
    }
    process.stdout.write(
      `✖ ${stale.length} von ${files.size} JSON-Schemas passen nicht mehr zu den Schemas und Vokabularen.\n` +
        '  Bitte „npm run schemas“ ausführen und die geänderten Dateien in schemas/ mit einchecken.\n',
    );
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  for (const { file } of stale) writeFileSync(path.join(outDir, file), files.get(file)!);
  process.stdout.write(
    stale.length
      ? `✔ ${stale.length} von ${files.size} JSON-Schemas neu geschrieben: ${stale.map((s) => shown(s.file)).join(', ')}\n`
      : `✔ ${files.size} JSON-Schemas in ${shown('')}/ sind schon aktuell – nichts geändert.\n`,
  );
  return 0;
});
