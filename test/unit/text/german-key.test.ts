/**
 * One German key (src/text/german-key.ts): the browser's help finder matches places with the same
 * key as the build (its shipped script is bundled from that module), and the organization keys (hence the HSDS organization UUIDs) of the sample
 * content are the ones published before the key had a module of its own.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { loadContent } from '../../../src/content/index.ts';
import { nameKey } from '../../../src/exports/hsds.ts';
import { placeKey } from '../../../src/geo/postcodes.ts';
import { bundle } from '../../../src/site/assets/client-scripts.ts';

/**
 * The help finder's key as shipped: its script is bundled from src/text/german-key.ts (and has no
 * key logic of its own); the function is taken from the shipped bundle, unminified, and run.
 */
function browserKey(): (text: string) => string {
  const shipped = bundle(process.cwd(), 'help-finder.js');
  expect(shipped.inputs).toEqual(['src/client/help-finder.js', 'src/text/german-key.ts']);
  expect(readFileSync('src/client/help-finder.js', 'utf8')).not.toMatch(/normalize\(|toLowerCase\(/);
  const readable = bundle(process.cwd(), 'help-finder.js', false).code;
  const match = /function germanKey\(text\) \{[\s\S]*?\n  \}/.exec(readable);
  if (!match) throw new Error('the help finder bundle has no function germanKey(text)');
  expect(shipped.code).toContain('.normalize("NFKD")');
  return new Function(`${match[0]}\nreturn germanKey;`)() as (text: string) => string;
}

it('placeKey and the browser help finder give the same key for every place name and any input', () => {
  const key = browserKey();
  const names = readFileSync('src/geo/data/plz-niedersachsen.csv', 'utf8').split(/[\n,;]/);
  expect(names.length).toBeGreaterThan(1000);
  for (const name of names) expect(key(name)).toBe(placeKey(name));
  const german = fc.constantFrom(...'aäoöuüßÄÖÜéèçñł-(). ﬁ²ǅ0123456789 Straße'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: german })), (text) => key(text) === placeKey(text)),
    { numRuns: 2000 },
  );
});

/** nameKey of every organization in the sample content, as published before (HSDS organization ids derive from it). */
const publishedKeys: [string, string][] = [
  ['Beispiel-Polizeiinspektion Osnabrück', 'beispiel-polizeiinspektion-osnabrueck'],
  ['Beispiel-Seniorenhilfe Landkreis Harburg e. V.', 'beispiel-seniorenhilfe-landkreis-harburg-e-v'],
  ['Beispiel-Beratungsverbund Emsland e. V.', 'beispiel-beratungsverbund-emsland-e-v'],
  ['Beispielverein Frauen helfen Frauen Göttingen e. V.', 'beispielverein-frauen-helfen-frauen-goettingen-e-v'],
  ['Beispiel-Diakonieverein Harz e. V.', 'beispiel-diakonieverein-harz-e-v'],
  ['Beispielverein Frauen beraten Frauen Leer e. V.', 'beispielverein-frauen-beraten-frauen-leer-e-v'],
  ['Beispiel-Beratungszentrum Lüneburg e. V.', 'beispiel-beratungszentrum-lueneburg-e-v'],
  ['Beispielträger Gewaltschutz Oldenburg gGmbH', 'beispieltraeger-gewaltschutz-oldenburg-ggmbh'],
  ['Beispiel-Migrationsdienst Cuxhaven e. V.', 'beispiel-migrationsdienst-cuxhaven-e-v'],
  ['Beispielverein Notruf Hildesheim e. V.', 'beispielverein-notruf-hildesheim-e-v'],
  ['Beispielverein Frauenberatung Osnabrück e. V.', 'beispielverein-frauenberatung-osnabrueck-e-v'],
  ['Beispielverein Frauenhaus Ostfriesland e. V.', 'beispielverein-frauenhaus-ostfriesland-e-v'],
  ['Beispielverein Frauen in Not Celle e. V.', 'beispielverein-frauen-in-not-celle-e-v'],
  ['Beispielverein Frauenhaus Lüneburg e. V.', 'beispielverein-frauenhaus-lueneburg-e-v'],
  ['Beispielverein Frauen helfen Frauen Oldenburg e. V.', 'beispielverein-frauen-helfen-frauen-oldenburg-e-v'],
  ['Beispiel-Landkreis Heidekreis, Gleichstellungsbüro', 'beispiel-landkreis-heidekreis-gleichstellungsbuero'],
  ['Hilfetelefon „Gewalt gegen Frauen“', 'hilfetelefon-gewalt-gegen-frauen'],
  ['Beispiel-Jugendamt Landkreis Diepholz', 'beispiel-jugendamt-landkreis-diepholz'],
  ['Beispiel-Jugendamt der Stadt Wolfsburg', 'beispiel-jugendamt-der-stadt-wolfsburg'],
  ['Nummer gegen Kummer e. V.', 'nummer-gegen-kummer-e-v'],
  ['Landespräventionsrat Niedersachsen', 'landespraeventionsrat-niedersachsen'],
  ['Beispiel-Landkreis Friesland, Fachbereich Soziales', 'beispiel-landkreis-friesland-fachbereich-soziales'],
  ['Beispielverein Männerhilfe Braunschweig e. V.', 'beispielverein-maennerhilfe-braunschweig-e-v'],
  ['Beispiel-Polizeiinspektion Stade', 'beispiel-polizeiinspektion-stade'],
  ['Polizei Niedersachsen', 'polizei-niedersachsen'],
  ['Beispiel-Amtsgericht Cuxhaven, Rechtsantragstelle', 'beispiel-amtsgericht-cuxhaven-rechtsantragstelle'],
  ['Beispiel-Staatsanwaltschaft Oldenburg', 'beispiel-staatsanwaltschaft-oldenburg'],
  ['Beispiel-Fachstelle Gewaltprävention Vechta', 'beispiel-fachstelle-gewaltpraevention-vechta'],
  ['Beispielverein Verantwortung übernehmen e. V.', 'beispielverein-verantwortung-uebernehmen-e-v'],
  ['Beispiel-Klinikum Braunschweig, Untersuchungsstelle', 'beispiel-klinikum-braunschweig-untersuchungsstelle'],
];

it('nameKey keeps every organization key of the sample content byte-identical', () => {
  const organizations = [
    ...new Set(
      loadContent()
        .graph.contacts.map((contact) => contact.data.organization)
        .filter((name): name is string => !!name),
    ),
  ];
  expect(organizations.map((name) => [name, nameKey(name)])).toEqual(publishedKeys);
});
