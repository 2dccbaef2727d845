/**
 * Synthetic content for the benchmark: N valid entries, types mixed like the sample content,
 * German bodies of about 300 words, references and regions spread. Deterministic (seeded).
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readVocabularies } from '../content/vocabularies.ts';
import { footerNav, mainNav } from '../text/site.ts';
import { audiences, contactKinds, initiativeKinds, initiativeStatuses, keysOf, materialKinds, networkLevels, sectors } from '../schema/index.ts';

/** Mulberry32: a tiny seeded PRNG, so every run generates the same texts. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Die Beratungsstelle',
  'Das Netzwerk',
  'Der Runde Tisch',
  'Die Polizei',
  'Das Jugendamt',
  'Das Familiengericht',
  'Die Koordinierungsstelle',
  'Das Frauenhaus',
  'Der Arbeitskreis',
  'Die Fachkräfte',
];
const VERBS = ['unterstützt', 'begleitet', 'berät', 'vernetzt', 'informiert', 'schult', 'koordiniert', 'dokumentiert', 'stärkt', 'verbessert'];
const OBJECTS = [
  'Betroffene häuslicher Gewalt',
  'Frauen und ihre Kinder',
  'die Zusammenarbeit vor Ort',
  'die Umsetzung des Gewaltschutzgesetzes',
  'Fachkräfte aus Jugendhilfe und Schule',
  'die proaktive Beratung nach Polizeieinsätzen',
  'das Hochrisikomanagement',
  'Angebote der Täterarbeit',
  'die Gefährdungseinschätzung',
  'Schutzanordnungen nach dem Gewaltschutzgesetz',
];
const TAILS = [
  'in enger Abstimmung mit allen Beteiligten.',
  'nach einem gemeinsam vereinbarten Verfahren.',
  'mit regelmäßigen Fallkonferenzen.',
  'auch in mehreren Sprachen.',
  'im gesamten Landkreis.',
  'seit mehreren Jahren erfolgreich.',
  'mit klaren Ansprechpersonen.',
  'auf der Grundlage eines Kooperationsvertrags.',
  'unter Wahrung des Datenschutzes.',
  'in Zusammenarbeit mit der Gleichstellungsbeauftragten.',
];

export interface SyntheticOptions {
  entries: number;
  dir: string;
  /** Where to copy the vocabularies from: a content folder's vocabularies/ (its sibling translations/, when present, is copied too). */
  vocabularies: string;
  seed?: number;
}

export function generateContent(options: SyntheticOptions): { counts: Record<string, number> } {
  const random = prng(options.seed ?? 20261124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
  const body = () => {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 300) {
      const text = Array.from({ length: 5 }, sentence).join(' ');
      words += text.split(' ').length;
      paragraphs.push(text);
      if (paragraphs.length === 2) paragraphs.push('## Zusammenarbeit');
    }
    return paragraphs.join('\n\n');
  };

  mkdirSync(path.join(options.dir, 'vocabularies'), { recursive: true });
  for (const file of readdirSync(options.vocabularies)) copyFileSync(path.join(options.vocabularies, file), path.join(options.dir, 'vocabularies', file));
  // The real translations (issue 16): the translated Kreis help pages are weighed and split like the German ones.
  const translations = path.join(path.dirname(options.vocabularies), 'translations');
  if (existsSync(translations)) cpSync(translations, path.join(options.dir, 'translations'), { recursive: true });
  // The one vocabulary reader; it takes the content folder that holds vocabularies/.
  const vocabularies = readVocabularies(path.dirname(options.vocabularies));
  const regions = vocabularies.regions.map((r) => r.id);
  const topics = vocabularies.topics.map((t) => t.id);

  const n = options.entries;
  const counts = {
    contacts: Math.max(1, Math.round(n * 0.38)),
    networks: Math.max(1, Math.round(n * 0.12)),
    materials: Math.max(1, Math.round(n * 0.25)),
    initiatives: 0,
  };
  counts.initiatives = Math.max(1, n - counts.contacts - counts.networks - counts.materials);
  // Not zero-padded: five digits (kontakt-01008) read as a postcode, which the shelter guard refuses.
  const slugs = (type: string, count: number) => Array.from({ length: count }, (_, i) => `${type}-${i + 1}`);
  const all = {
    contacts: slugs('kontakt', counts.contacts),
    networks: slugs('netzwerk', counts.networks),
    materials: slugs('material', counts.materials),
    initiatives: slugs('initiative', counts.initiatives),
  };

  const write = (type: keyof typeof all, slug: string, data: Record<string, unknown>) => {
    const dir = path.join(options.dir, type);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.md`), `---\n${stringify(data)}---\n\n${body()}\n`);
  };
  const common = (i: number, what: string) => {
    const region = pick(regions);
    return {
      title: `${what} ${i + 1} ${region.replace(/-/g, ' ')}`,
      summary: `${sentence()} ${sentence()}`.slice(0, 280),
      regions: some(regions, 2),
      topics: some(topics, 3),
      reviewed: `2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      example: true,
    };
  };

  // Kinds weighted like the sample; nationwide hotlines are a handful, not a tenth of all contacts.
  const localKinds = keysOf(contactKinds).filter((kind) => kind !== 'hotline');
  const weighted = localKinds.flatMap((kind) =>
    Array.from({ length: kind === 'beratungsstelle' || kind === 'biss' ? 4 : kind === 'frauenhaus' || kind === 'polizei' || kind === 'jugendamt' ? 2 : 1 }, () => kind),
  );
  all.contacts.forEach((slug, i) => {
    const kind = i < 3 ? 'hotline' : pick(weighted);
    write('contacts', slug, {
      ...common(i, 'Kontaktstelle'),
      ...(kind === 'hotline' ? { regions: ['niedersachsen'] } : {}),
      kind,
      organization: 'Beispielträger e. V.',
      phone: `030 23125 ${String(i % 1000).padStart(3, '0')}`,
      email: `${slug}@example.org`,
      address: kind === 'frauenhaus' ? { city: 'Hannover' } : { street: 'Musterstraße 1', postcode: '30159', city: 'Beispielstadt' },
      hours: 'Mo–Fr 9–16 Uhr',
      languages: ['de', 'en'],
    });
  });
  all.networks.forEach((slug, i) => {
    write('networks', slug, {
      ...common(i, 'Netzwerk'),
      level: pick(keysOf(networkLevels)),
      sectors: some(keysOf(sectors), 4),
      coordinator: pick(all.contacts),
      contacts: some(all.contacts, 4),
      meets: 'viermal im Jahr',
    });
  });
  all.materials.forEach((slug, i) => {
    write('materials', slug, {
      ...common(i, 'Material'),
      kind: pick(keysOf(materialKinds)),
      audience: some(keysOf(audiences), 2),
      languages: some(['de', 'en', 'tr', 'ar', 'ru', 'uk'], 2),
      publisher: 'Beispielverlag',
      published: 2020 + Math.floor(random() * 6),
      url: `https://www.example.org/material/${slug}.pdf`,
    });
  });
  all.initiatives.forEach((slug, i) => {
    write('initiatives', slug, {
      ...common(i, 'Initiative'),
      kind: pick(keysOf(initiativeKinds)),
      status: pick(keysOf(initiativeStatuses)),
      since: 2005 + Math.floor(random() * 20),
      sectors: some(keysOf(sectors), 4),
      networks: some(all.networks, 2),
      // Every 8th initiative also names the first nationwide hotline, as real ones name the Hilfetelefon: a detail page with hundreds of back-references.
      contacts: [...new Set([...some(all.contacts, 3), ...(i % 8 === 0 ? [all.contacts[0]!] : [])])],
      materials: some(all.materials, 2),
    });
  });
  // The content pages the navigation links to on every page (Impressum, Datenschutz …, those the
  // source content folder has as files): validation refuses a site without them.
  const source = path.dirname(options.vocabularies);
  for (const { href, label } of [...mainNav, ...footerNav]) {
    const slug = href.replace(/^\/|\/$/g, '');
    if (!existsSync(path.join(source, 'pages', `${slug}.md`))) continue;
    mkdirSync(path.join(options.dir, 'pages'), { recursive: true });
    const data = { title: label, summary: `${label}: ${sentence()}`.slice(0, 280), reviewed: '2026-10-01' };
    writeFileSync(path.join(options.dir, 'pages', `${slug}.md`), `---\n${stringify(data)}---\n\n${body()}\n`);
  }
  return { counts };
}
