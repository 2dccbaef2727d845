/**
 * npm run new -- <type> "<Titel>": scaffold a complete, commented entry with a valid slug.
 * Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, today } from '../src/content/index.ts';
import { scaffold, slugFromTitle } from '../src/content/scaffold.ts';
import { entryTypes, type EntryType } from '../src/schema/index.ts';
import { SLUG_PATTERN } from '../src/schema/fields.ts';
import { runCli, UsageError } from './cli.ts';

runCli(() => {
  const [type, ...words] = process.argv.slice(2);
  const title = words.join(' ').trim();
  const usage = `Aufruf: npm run new -- <Art> "<Titel>"\nArten: ${entryTypes.join(', ')}\nBeispiel: npm run new -- contacts "BISS Landkreis Göttingen"`;
  if (!type || !title) throw new UsageError(usage);
  if (!entryTypes.includes(type as EntryType)) throw new UsageError(`Unbekannte Art „${type}“.\n${usage}`);
  if (title.length < 3 || title.length > 120) throw new UsageError('Der Titel muss 3 bis 120 Zeichen lang sein.');
  const slug = slugFromTitle(title);
  if (!SLUG_PATTERN.test(slug)) throw new UsageError(`Aus „${title}“ lässt sich kein Dateiname bilden; bitte Buchstaben oder Ziffern verwenden.`);
  const dir = path.join(contentDir(), type);
  const file = path.join(dir, `${slug}.md`);
  const shown = path.relative(process.cwd(), file);
  if (existsSync(file)) throw new UsageError(`${shown} gibt es schon – nichts überschrieben. Bitte die vorhandene Datei bearbeiten oder einen anderen Titel wählen.`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, scaffold(type as EntryType, title, today()), { flag: 'wx' });
  process.stdout.write(`Angelegt: ${shown}\nFüllen Sie die Felder aus und prüfen Sie mit: npm run validate\n`);
  return 0;
});
