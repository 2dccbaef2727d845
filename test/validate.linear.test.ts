/**
 * Every pattern that sees editor text runs in linear time (issue 13 §3): for each one, 1 MB of
 * input shaped to make a backtracking pattern try every split (runs of the characters it
 * repeats, the prefix it waits for, no match at the end) goes through the public function
 * that applies it. A quadratic pattern takes minutes on 1 MB; the bound is generous (a few
 * seconds) so a busy CI machine never fails a linear one. The street-address guard of the
 * Frauenhaus check has its own test with its guard.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBody } from '../src/content/body-check.ts';
import { decode, parseContent } from '../src/content/parse.ts';
import { formatGithub, formatText } from '../src/content/report.ts';
import { didYouMean, didYouMeanField } from '../src/content/suggest.ts';
import { validateData } from '../src/content/validate.ts';
import { readYaml } from '../src/content/yaml.ts';
import { commentCutWarnings, scalarSource } from '../src/content/yaml-surprises.ts';
import { contentTypes, regionSchema, topicSchema } from '../src/schema/index.ts';
import { loadContent, type LoadResult, type Problem } from '../src/content/index.ts';
import { longRunProblem, LONGEST_RUN, MOST_BRACKETS, MOST_LINKS } from '../src/content/long-runs.ts';
import { parseBody } from '../src/content/body-tokens.ts';
import { shelterProblems } from '../src/content/shelter-guard.ts';
import { TEXT_LIMIT } from '../src/content/source-files.ts';
import { contentWith, PINNED_TODAY, runValidate, scratch, shown } from './helpers.ts';

const MB = 1 << 20;
/** `unit` repeated to 1 MB, then `tail`. */
const sized = (size: number, unit: string, tail = '', head = '') => head + unit.repeat(Math.ceil((size - head.length - tail.length) / unit.length)) + tail;
const mb = (unit: string, tail = '', head = '') => sized(MB, unit, tail, head);
/**
 * Generous: linear work on 1 MB takes milliseconds to a few hundred; a backtracking pattern takes
 * minutes. The bound leaves room for a CI machine shared by many jobs.
 */
const BOUND_MS = 15_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function expectFast(run: () => unknown): void {
  const { ms } = timed(run);
  expect(ms).toBeLessThan(BOUND_MS);
}

/** A parsed file whose frontmatter fields are `data` (the schema sees the 1 MB value). */
function parsedWith(data: Record<string, unknown>) {
  return { file: 'content/contacts/probe.md', data, body: '', bodyLine: 10, lineOf: () => 2, frontmatter: '\ntitle: x\n' };
}

const validContact = {
  title: 'Testkontakt',
  summary: 'Ein Kontakt, den nur dieser Test anlegt, mit genügend Text.',
  regions: ['landkreis-goettingen'],
  reviewed: '2026-10-01',
  kind: 'biss',
  email: 'test@example.org',
};

/** Each field pattern with inputs shaped against it: [field, value, pattern it targets]. */
const fieldCases: [string, unknown, string][] = [
  ['title', mb(' ', 'x', '<a'), 'HTML tag: "<a" then 1 MB without ">"'],
  ['title', mb('<a'), 'HTML tag: many openings'],
  ['title', mb('a', '\u202E'), 'control/bidi characters: found at the end'],
  ['title', mb('\u3164'), 'visible letter: 1 MB of Hangul fillers, no letter anywhere'],
  ['summary', mb('!?', ''), 'visible letter: punctuation only'],
  ['organization', mb(' \t'), 'trim and control characters'],
  ['regions', [mb('a-', '!')], 'slug: a-a-a-…!'],
  ['regions', [mb('a', '!')], 'slug: aaaa…!'],
  ['topics', [mb('a-', '-')], 'slug: ends in a dash'],
  ['email', mb('a', '@'), 'e-mail: local part, nothing after @'],
  ['email', mb('a.', '!', 'x@'), 'e-mail: domain a.a.a.…!'],
  ['email', mb('-', '', 'x@a'), 'e-mail: domain of dashes'],
  ['email', mb('..', '@a.de'), 'e-mail: dots'],
  ['website', mb('a.', ' x', 'https://'), 'URL: long host, a space near the end'],
  ['phone', mb('0 ', 'x', '+'), 'phone: long number with spaces'],
  ['fax', mb('(0)-/', ''), 'phone: separators'],
  ['reviewed', mb('2026-'), 'date'],
  ['languages', [mb('a')], 'language code'],
  ['address', { city: mb('a', '<'), postcode: mb('1') }, 'postcode and city'],
  ['hours', mb('\u200E '), 'bidi marks in a field without letters required'],
];

describe('field patterns on 1 MB values', () => {
  it.each(fieldCases.map(([field, value, name]) => ({ field, value, name })))('$field: $name', ({ field, value }) => {
    const { value: result, ms } = timed(() => validateData('contacts', parsedWith({ ...validContact, [field]: value }) as never));
    expect('problems' in result, 'the adversarial value must be refused').toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('material file names (its own pattern) and vocabulary ids and AGS keys', () => {
    const material = { ...validContact, kind: 'leitfaden', audience: ['fachkraefte'], languages: ['de'] } as Record<string, unknown>;
    delete material.email;
    expectFast(() => validateData('materials', parsedWith({ ...material, file: mb('a-', '.pdfx') }) as never));
    expectFast(() => regionSchema.safeParse({ id: mb('a-', '!'), label: mb('a'), short: 'x', kind: 'landkreis', ags: mb('1', 'x', '03'), seat: 'x' }));
    expectFast(() => topicSchema.safeParse({ id: mb('a'), label: mb('<a', ' '), description: mb(' ') }));
    expect(contentTypes.materials).toBeDefined();
  });
});

describe('body patterns on a 1 MB line', () => {
  const bodies: [string, string][] = [
    ['unsafe link: "](" then 1 MB of spaces', mb(' ', 'x', '](')],
    ['unsafe link: "](<" and spaces', mb(' ', '<', '](<')],
    ['unsafe link: many "]("', mb('](')],
    ['http link', mb(' ', 'http:/', '](')],
    ['HTML tag: attribute never closed', mb('x', '', '<a ')],
    ['HTML tag: tag name never closed', mb('a-', '', '<a')],
    ['HTML tag: many openings', mb('<a ')],
    ['inline code: never closed', mb('a', '', '`')],
    ['inline code: many backticks', mb('` ')],
    ['code fence: spaces before', mb(' ', 'x')],
    ['control character at the end', mb('a', '\u0085')],
  ];
  it.each(bodies.map(([name, body]) => ({ name, body })))('$name', ({ body }) => {
    expectFast(() => checkBody('content/contacts/probe.md', body, 10));
  });
});

describe('frontmatter patterns on 1 MB of YAML, and on just under the 64 KB that YAML may take', () => {
  const shapes: [string, (size: number) => string][] = [
    ['careful-read check: ": " then spaces, no number', (size) => sized(size, ' ', 'x', 'summary:')],
    ['careful-read check: "- " runs', (size) => sized(size, '- ', 'x', 'summary: ')],
    ['careful-read check: leading-zero number, spaces, no end', (size) => sized(size, '1', 'x', 'summary: 0')],
    ['careful-read check and YAML reader: nameless anchors', (size) => sized(size, ' &', '', 'summary: ')],
    ['YAML reader: anchored list items', (size) => sized(size, '- &a 01\n', '', 'x:\n')],
    ['YAML reader: leading-zero numbers (careful read)', (size) => sized(size, '- 01\n', '', 'x:\n')],
    ['YAML reader: unclosed quotes', (size) => sized(size, 'a: "x\n')],
    ['comment check: many " #"', (size) => sized(size, 'a #', '', 'summary: ')],
  ];
  const sources = shapes.flatMap(([name, make]) => [
    { name: `${name}, 1 MB`, yaml: make(MB) },
    { name: `${name}, 4 KB`, yaml: make(4 * 1024) },
  ]);
  it.each(shapes.map(([name, make]) => ({ name, yaml: make(60 * 1024) })))('$name, 60 KB (just under the limit): the YAML reader', ({ yaml }) => {
    expectFast(() => readYaml(yaml));
  });
  it.each(sources)('$name', ({ yaml }) => {
    const text = `---\n${yaml}\n---\n\nText.\n`;
    expectFast(() => {
      const parsed = parseContent('content/contacts/probe.md', text);
      if ('parsed' in parsed) validateData('contacts', parsed.parsed);
    });
    expectFast(() => readYaml(yaml));
    expectFast(() => commentCutWarnings('content/contacts/probe.md', yaml));
    expectFast(() => scalarSource(yaml, ['summary']));
  });

  it('the frontmatter delimiter search, BOM and line ends', () => {
    expectFast(() => parseContent('x.md', `---\n${mb('\n--', 'x')}`));
    expectFast(() => decode('x.md', new TextEncoder().encode(`\uFEFF${mb('\r\n\r')}`)));
  });
});

describe('suggestions and reports on 1 MB values', () => {
  const ids = Array.from({ length: 50 }, (_, i) => `landkreis-beispiel-${i}`);
  it('did-you-mean for an unknown id or field name of 1 MB', () => {
    expectFast(() => didYouMean(mb('a-'), ids));
    expectFast(() => didYouMean(mb('Ä & '), ids));
    expectFast(() => didYouMeanField(mb('a_'), Object.keys(validContact)));
  });

  it('text and GitHub reports quote a 1 MB value', () => {
    // Every 64th character one the reports escape: the escaping is a plain character class, the cost is the rest of the text.
    const problem: Problem = { severity: 'error', file: `content/${mb('%\n:,'.padEnd(64, 'x'))}`, line: 1, field: mb(':,%'.padEnd(64, 'x')), message: mb('x\u001b\r\n%'.padEnd(64, 'x')), rule: 'x' };
    const result = { graph: {} as never, problems: [problem], errorCount: 1, warningCount: 0, filesChecked: 1 } as LoadResult;
    expectFast(() => formatText(result, true));
    expectFast(() => formatGithub(result));
  });
});

describe('npm run validate on an adversarial file as large as a file may be, and on one of 1 MB', () => {
  const tmp = scratch();
  afterAll(() => tmp.cleanup());
  /** A contact with a title just under the 64 KB that frontmatter may take and a body, each shaped against several patterns; `size` bytes in all. */
  const adversarialContact = (size: number) => {
    const head = `---\ntitle: "<a${' '.repeat(60_000)}x"\nsummary: Ein Kontakt, den nur dieser Test anlegt, mit genügend Text.\nregions: [landkreis-goettingen]\nreviewed: 2026-10-01\nkind: biss\nemail: test@example.org\n---\n\n](`;
    const tail = `x \`${'a-'.repeat(Math.floor((size - head.length) / 8))}\n`;
    return `${head}${' '.repeat(size - head.length - tail.length)}${tail}`;
  };

  it('finishes in time with exit 1 and the file named (a file just under the size limit: the limit must not spare the patterns)', async () => {
    const dir = contentWith(path.join(tmp.root, 'linear'));
    const text = adversarialContact(TEXT_LIMIT - 100);
    expect(Buffer.byteLength(text)).toBeGreaterThan(TEXT_LIMIT - 200);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(TEXT_LIMIT);
    writeFileSync(path.join(dir, 'contacts', 'gross.md'), text);
    const start = performance.now();
    const run = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    const ms = performance.now() - start;
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`${shown(dir, 'contacts/gross.md')}:2  title  Titel`);
    // The process itself, start-up included (well under 1 s on an idle machine); generous for a
    // shared CI machine, far below the minutes a backtracking pattern takes on this file.
    expect(ms).toBeLessThan(45_000);
  });

  it('refuses the same shape at 1 MB before reading it: exit 1, file, size and limit in German', async () => {
    const dir = contentWith(path.join(tmp.root, 'one-mb'));
    writeFileSync(path.join(dir, 'contacts', 'gross.md'), adversarialContact(MB));
    const run = await runValidate(['--dir', dir], { CONTENT_TODAY: PINNED_TODAY });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`${shown(dir, 'contacts/gross.md')}:1`);
    expect(run.stdout).toContain('Die Datei ist 1 MB groß; erlaubt sind höchstens 128 KB. Sie wird nicht gelesen.');
    expect(run.stdout).not.toContain('title  Titel');
  });
});

describe('the shelter guard on 1 MB bodies found slow from outside (issue 13, session 8)', () => {
  const head = (kind: string) =>
    [
      '---',
      `title: ${kind === 'frauenhaus' ? 'Frauenhaus' : 'Beratung'} Langtext`,
      'summary: Ein sehr langer Text, der die Prüfung nicht aufhalten darf.',
      'regions: [landkreis-goettingen]',
      'reviewed: 2026-10-01',
      `kind: ${kind}`,
      'email: test@example.org',
      '---',
      '',
      '',
    ].join('\n');
  // Each unit repeated to just under 1 MB: linkified URLs, a Roman numeral after a street word,
  // list numbers; and, on an entry of another kind, shelter words that start the named-shelter scan.
  const cases: [string, string][] = [
    ['www.a.b/x ', 'frauenhaus'],
    ['www.a.b/x\n', 'frauenhaus'],
    ['Weg X ', 'frauenhaus'],
    ['Weg X\n', 'frauenhaus'],
    ['1. ', 'frauenhaus'],
    ['1.\n', 'frauenhaus'],
    ['https://a.de/?lat=52.62&lon=10.08 ', 'frauenhaus'],
    ['52_37_N_10_4_E ', 'frauenhaus'],
    ['Frauenhaus ', 'beratungsstelle'],
    ['Frauen&shy;haus Musterweg 5 ', 'beratungsstelle'],
    ['Приют ', 'beratungsstelle'],
    ['www.a.b/x ', 'beratungsstelle'],
  ];
  // A file may be at most TEXT_LIMIT long, a Frauenhaus entry SHELTER_ENTRY_LIMIT (./src/content/guarded-size.ts):
  // the parse and the guard are called here as loadContent's checkFile calls them, on 1 MB, without those limits.
  it.each(cases.map(([unit, kind]) => ({ name: JSON.stringify(unit), unit, kind })))('$name in a $kind entry: a few seconds of CPU at most (markdown-it included)', ({ unit, kind }) => {
    const body = unit.repeat(Math.ceil(990_000 / unit.length)).slice(0, 989_800);
    const start = process.cpuUsage();
    const parsed = parseContent('content/contacts/langtext.md', `${head(kind)}${body}x\n`);
    if (!('parsed' in parsed)) throw new Error('the head is valid frontmatter');
    const parsedBody = parseBody(parsed.parsed.body);
    const problems = [...checkBody(parsed.parsed.file, parsed.parsed.body, parsed.parsed.bodyLine, parsedBody), ...shelterProblems('contacts', 'langtext', parsed.parsed, parsedBody)];
    const used = process.cpuUsage(start);
    // The guard reads it through: no error of its own but the refusals these bodies are made of —
    // links and positions, and since session 9 the number rule (`Weg X`, `52_37_N_10_4_E` in a Frauenhaus entry).
    const guard = problems.filter((p) => p.file.endsWith('langtext.md') && p.severity === 'error' && p.rule?.startsWith('shelter'));
    const expected = new Set(['shelter-coordinates', 'shelter-place-link', ...(kind === 'frauenhaus' ? ['shelter-number'] : [])]);
    expect(guard.filter((p) => !expected.has(p.rule ?? '')).map((p) => p.rule)).toEqual([]);
    // Linear work on 1 MB: the guard takes a few hundred ms, markdown-it about 1-2 s for 100,000
    // linkified URLs; a quadratic rule takes minutes.
    expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS / 2);
  });
});

describe('markdown-it with linkify on 1 MB of unclosed syntax (issue 13 §3, session 9)', () => {
  const tmp = scratch();
  afterAll(() => tmp.cleanup());
  const head = [
    '---',
    'title: Beratung Langtext',
    'summary: Ein sehr langer Text, der die Prüfung nicht aufhalten darf.',
    'regions: [landkreis-goettingen]',
    'reviewed: 2026-10-01',
    'kind: beratungsstelle',
    'email: test@example.org',
    '---',
    '',
    '',
  ].join('\n');
  // Units that make linkify-it scan ahead at every position (an unclosed bracket, parenthesis or
  // quote in a link path, repeated `www.` hosts) and the other unclosed inline syntax.
  const units = [
    '[a](https://x.y/',
    'www.x.',
    'a.www.x',
    '<https://x.y/',
    'a@b.',
    'https://a(',
    'https://x.y/"',
    'https://x.y/{',
    'https://x.y/[',
    '<',
    '[',
    '(',
    '`',
    '*',
    '&amp',
    '![a](',
    '_a',
    'http://',
  ];
  const cases = units.flatMap((unit) => [
    { name: `${JSON.stringify(unit)} as one run: refused as too long, before any parse`, unit, runs: false },
    { name: `${JSON.stringify(unit)} in runs of ${LONGEST_RUN} characters: parsed in linear time`, unit, runs: true },
  ]);
  it.each(cases)('$name', ({ unit, runs }) => {
    const dir = contentWith(path.join(tmp.root, `${units.indexOf(unit)}-${runs}`));
    const run = runs ? unit.repeat(Math.floor(LONGEST_RUN / unit.length)) + ' ' : unit;
    // Just under the size a file may have; and markdown-it alone on 1 MB, without the limits on runs and links.
    const body = run.repeat(Math.ceil(TEXT_LIMIT / run.length)).slice(0, TEXT_LIMIT - 500);
    writeFileSync(path.join(dir, 'contacts', 'langtext.md'), `${head}${body} x\n`);
    const start = process.cpuUsage();
    const result = loadContent({ dir, today: PINNED_TODAY });
    const used = process.cpuUsage(start);
    const bodyRefusals = result.problems.filter((p) => p.file.endsWith('langtext.md') && ['long-run', 'many-links', 'many-brackets'].includes(p.rule ?? ''));
    // One run is refused as too long; in runs it is read, or refused (before any parse) for more links or brackets than a page can hold.
    if (runs) expect(bodyRefusals.filter((p) => p.rule === 'long-run')).toEqual([]);
    else expect(bodyRefusals.map((p) => [p.line, p.field, p.rule])).toEqual([[10, '(Text)', 'long-run']]);
    expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS);
    if (!runs) return;
    const oneMb = run.repeat(Math.ceil(990_000 / run.length)).slice(0, 989_800);
    const parseStart = process.cpuUsage();
    parseBody(oneMb);
    const parseUsed = process.cpuUsage(parseStart);
    expect((parseUsed.user + parseUsed.system) / 1000).toBeLessThan(BOUND_MS);
  });
  it('as many links as the limit pass, one more is refused before any parse with line and a German fix (1 MB of "https://a.de/1 " took linkify 0.6–0.9 s)', () => {
    const links = ['https://example.org/a', 'www.example.org', 'info@example.org', 'mailto:info@example.org'];
    const at = 'Text ' + Array.from({ length: MOST_LINKS }, (_, i) => links[i % links.length]).join(' ') + '\nEnde';
    expect(longRunProblem('content/contacts/x.md', at, 10)).toBeUndefined();
    // "https://www." is one link, counted once.
    expect(longRunProblem('content/contacts/x.md', `Text ${'https://www.example.org '.repeat(MOST_LINKS)}`, 10)).toBeUndefined();
    const over = longRunProblem('content/contacts/x.md', `${at}\nnoch www.example.net`, 10);
    expect(over).toMatchObject({ line: 12, field: '(Text)', rule: 'many-links', severity: 'error' });
    expect(over?.message).toContain('mehr als 2.000 Stellen, an denen ein Link oder eine E-Mail-Adresse beginnen kann');
    expect(over?.suggestion).toMatch(/verteilen/);
  });
  it('a run just at the limit passes, one character more is refused with line and a German fix', () => {
    const at = 'https://example.org/' + 'a'.repeat(LONGEST_RUN - 20);
    expect(longRunProblem('content/contacts/x.md', `Text\n${at} Ende`, 10)).toBeUndefined();
    const over = longRunProblem('content/contacts/x.md', `Text\n${at}b Ende`, 10);
    expect(over).toMatchObject({ line: 11, field: '(Text)', rule: 'long-run', severity: 'error' });
    expect(over?.suggestion).toMatch(/Leerzeichen/);
  });
  it('as many square brackets as the limit pass, one more is refused before any parse with line and a German fix (1 MB of "![ " took markdown-it 2 s)', () => {
    const at = 'Text ' + '![ '.repeat(MOST_BRACKETS - 1) + '\n[Link](https://example.org) Ende';
    expect(longRunProblem('content/contacts/x.md', at, 10)).toBeUndefined();
    const over = longRunProblem('content/contacts/x.md', `${at}\nnoch [eins`, 10);
    expect(over).toMatchObject({ line: 12, field: '(Text)', rule: 'many-brackets', severity: 'error' });
    expect(over?.message).toContain('eckige Klammern');
    const flood = '![ '.repeat(Math.ceil(1_000_000 / 3));
    const started = process.cpuUsage();
    expect(longRunProblem('content/contacts/x.md', flood, 1)).toMatchObject({ line: 1, rule: 'many-brackets' });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS);
  });
});
