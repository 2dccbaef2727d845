/**
 * Drives the preview's incremental update through a series of real edits to a copy of the
 * sample content, then builds the same content from scratch, so a test can compare the two
 * sites file by file. Runs under tsx in its own process (see site.ts for why):
 *
 *   node --import tsx test/support/preview-driver.ts <work folder>
 *
 * Writes <work>/content and two pairs of sites to compare: <work>/entries-preview (incremental
 * after the entry edits) with <work>/entries-full (built from scratch at that point), and
 * <work>/vocabulary-preview with <work>/vocabulary-full after a vocabulary change, which renders
 * everything and would hide a page missed before. Prints one JSON line: every update's result.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLoadCache } from '../../src/content/load.ts';
import { buildSite, siteEleventy } from '../../src/site/build.ts';
import { loadGraph } from '../../src/site/load-graph.ts';
import { Preview, type PreviewUpdate } from '../../src/site/preview.ts';

const work = path.resolve(process.argv[2]!);
const priority = os.getPriority();
const dir = path.join(work, 'content');
cpSync('content', dir, { recursive: true });
const load = { dir, cache: createLoadCache() };
const { graph } = loadGraph(load, false);
await (await siteEleventy(path.join(work, 'preview'), graph)).write();
const preview = new Preview(path.join(work, 'preview'), load, graph);

const file = (rel: string) => path.join(dir, rel);
const edit = (rel: string, change: (text: string) => string) => {
  const before = readFileSync(file(rel), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Die Änderung an ${rel} hat nichts geändert.`);
  writeFileSync(file(rel), after);
};
const setField = (field: string, value: string) => (text: string) => text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);

const updates: (PreviewUpdate & { step: string })[] = [];
const step = async (name: string, files: string[], act: () => void) => {
  act();
  updates.push({ step: name, ...preview.update(files) });
  await preview.settled();
};

// The listings follow the entry's page: written when the browser asks for one (ensureFresh) or in the background.
const listing = () => readFileSync(path.join(work, 'preview', 'kontakte', 'index.html'), 'latin1');
edit('contacts/biss-landkreis-emsland.md', setField('title', 'BISS Emsland (umbenannt)'));
updates.push({ step: 'title of a contact that initiatives and networks link to', ...preview.update(['contacts/biss-landkreis-emsland.md']) });
const onRequest = {
  listingStaleAfterUpdate: !listing().includes('BISS Emsland (umbenannt)'),
  entryRequestRendersNothing: preview.ensureFresh('/kontakte/biss-landkreis-emsland/') === 0,
  listingRequestRenders: preview.ensureFresh('/kontakte/') > 0,
  listingFreshWhenServed: listing().includes('BISS Emsland (umbenannt)'),
  secondRequestRendersNothing: preview.ensureFresh('/kontakte/') === 0,
};
await preview.settled();
await step('regions and topics of an initiative', ['initiatives/arbeitskreis-haeusliche-gewalt-celle.md'], () =>
  edit('initiatives/arbeitskreis-haeusliche-gewalt-celle.md', (text) => setField('topics', '[praevention]')(setField('regions', '[landkreis-harburg, landkreis-celle]')(text))),
);
await step('a new initiative that links to existing entries', ['initiatives/neue-initiative-aus-der-vorschau.md'], () =>
  writeFileSync(
    file('initiatives/neue-initiative-aus-der-vorschau.md'),
    setField('title', 'Neue Initiative aus der Vorschau')(readFileSync(file('initiatives/arbeitskreis-kinder-und-haeusliche-gewalt-diepholz.md'), 'utf8')),
  ),
);
await step('a valid and a broken edit together', ['contacts/frauenhaus-aurich.md', 'contacts/taeterarbeit-vechta.md'], () => {
  edit('contacts/frauenhaus-aurich.md', setField('summary', 'Schutz und Beratung für Frauen und ihre Kinder, rund um die Uhr erreichbar (geändert).'));
  edit('contacts/taeterarbeit-vechta.md', setField('reviewed', '2026-13-45'));
});
await step('the broken edit fixed', ['contacts/taeterarbeit-vechta.md'], () => edit('contacts/taeterarbeit-vechta.md', setField('reviewed', '2026-05-04')));
await step('the new initiative deleted', ['initiatives/neue-initiative-aus-der-vorschau.md'], () => rmSync(file('initiatives/neue-initiative-aus-der-vorschau.md')));
await step('an initiative turned into a draft', ['initiatives/fachtag-digitale-gewalt-hildesheim.md'], () =>
  edit('initiatives/fachtag-digitale-gewalt-hildesheim.md', (text) => text.replace(/^---\n/, '---\ndraft: true\n')),
);
await step('an initiative renamed', ['initiatives/kampagne-hinsehen-statt-weghoeren-osnabrueck.md', 'initiatives/kampagne-hinsehen-osnabrueck.md'], () =>
  renameSync(file('initiatives/kampagne-hinsehen-statt-weghoeren-osnabrueck.md'), file('initiatives/kampagne-hinsehen-osnabrueck.md')),
);
const entriesBuilt = await buildSite({ outDir: path.join(work, 'entries-full'), contentDir: dir, quiet: true });
cpSync(path.join(work, 'preview'), path.join(work, 'entries-preview'), { recursive: true });

await step('a region renamed in the vocabulary', ['vocabularies/regions.yml'], () =>
  edit('vocabularies/regions.yml', (text) => text.replace('label: "Landkreis Celle"', 'label: "Landkreis Celle (Südheide)"')),
);

const vocabularyBuilt = await buildSite({ outDir: path.join(work, 'vocabulary-full'), contentDir: dir, quiet: true });
renameSync(path.join(work, 'preview'), path.join(work, 'vocabulary-preview'));
// In-process builds keep the process's priority (only a build that ends its process lowers it).
process.stdout.write(`${JSON.stringify({ updates, onRequest, built: entriesBuilt && vocabularyBuilt, priorityKept: os.getPriority() === priority })}\n`);
