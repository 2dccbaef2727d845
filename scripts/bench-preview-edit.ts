/**
 * CPU time of the preview's update after one edit, in process (what `npm start` runs when a
 * content file is saved: `Preview.update`, which reloads the content and writes the edited
 * entry's pages). CPU time, not wall time: on the shared machine wall time measures the
 * neighbours. The benchmark's end-to-end figure (edit → page served over HTTP) is
 * `npm run bench` (`preview_edit_ms`, `preview_edit_cpu_ms`).
 *
 *   npx tsx scripts/bench-preview-edit.ts <copy of a content dir> [edits=5]   (--help: usage)
 *
 * Edits contacts' titles in place (the content folder is changed: use a scratch copy, e.g. the
 * benchmark's generator output; the project's own content/ is refused). Prints one JSON line: the initial load and every edit's CPU ms.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector';
import { createLoadCache } from '../src/content/load.ts';
import { loadGraph } from '../src/site/load-graph.ts';
import { Preview } from '../src/site/preview.ts';

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

const USAGE = 'Aufruf: npx tsx scripts/bench-preview-edit.ts <Kopie eines Inhaltsordners> [Änderungen=5]\nÄndert Titel von Kontakten im angegebenen Ordner: nie den Ordner content/ des Projekts.\n';
const [dirArg, editsArg] = process.argv.slice(2);
if (!dirArg || dirArg === '--help' || dirArg === '-h') {
  process.stdout.write(USAGE);
  process.exit(dirArg ? 0 : 2);
}
const dir = path.resolve(dirArg);
// The edits are written into the folder: the project's own content must never be the target.
if (path.relative(path.resolve(import.meta.dirname, '..', 'content'), dir).split(path.sep)[0] !== '..') {
  process.stderr.write(`${dir} ist der Inhaltsordner des Projekts (oder liegt darin); bitte eine Kopie angeben.\n${USAGE}`);
  process.exit(2);
}
const edits = Number(editsArg ?? 5);
if (!Number.isInteger(edits) || edits < 1) {
  process.stderr.write(`Die Zahl der Änderungen muss eine ganze Zahl ≥ 1 sein, nicht „${editsArg}“.\n${USAGE}`);
  process.exit(2);
}
const out = path.join(os.tmpdir(), `preview-edit-${process.pid}`);
const load = { dir, cache: createLoadCache() };
let started = process.cpuUsage();
const { graph } = loadGraph(load, false);
const initial = cpuMs(started);
const preview = new Preview(out, load, graph);
const contacts = readdirSync(path.join(dir, 'contacts'))
  .filter((name) => name.endsWith('.md'))
  .sort();
// PREVIEW_PROFILE=<file.cpuprofile>: a V8 CPU profile of the edits only (open in Chrome's DevTools).
const profile = process.env.PREVIEW_PROFILE;
const session = new Session();
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
if (profile) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
/** 0 → A, 25 → Z, 26 → BA …: a suffix without digits or number words. */
const letterSuffix = (n: number): string => (n >= 26 ? letterSuffix(Math.floor(n / 26)) : '') + String.fromCharCode(65 + (n % 26));
const cpu: number[] = [];
const pages: number[] = [];
for (let i = 0; i < edits; i++) {
  const name = contacts[(i * 37) % contacts.length]!;
  const file = path.join(dir, 'contacts', name);
  // Letters, not digits: a Frauenhaus title must not carry numbers (the shelter number rule).
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: Bearbeitete Fassung ${letterSuffix(i)}`));
  started = process.cpuUsage();
  const update = preview.update([path.join('contacts', name)]);
  cpu.push(cpuMs(started));
  pages.push(update.pages);
  if (!update.ok) throw new Error(`Die Änderung an ${name} wurde abgelehnt.`);
}
if (profile) writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
rmSync(out, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ entries: graph.entries.length, initial_load_cpu_ms: initial, edit_cpu_ms: cpu, pages, load_average: os.loadavg().map((n) => Math.round(n * 10) / 10) }) + '\n');
// The background work (open data, search index) is not part of the edit: not waited for.
process.exit(0);
