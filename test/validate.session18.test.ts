/**
 * Input checks an outside tester broke in session 18 (about 250 inputs on a clean clone):
 * - the translations (content/translations/) took control and bidi characters, titles without a
 *   letter and a ` #` that cuts a value, which every other file refuses or warns about;
 * - a ` #` inside a list (`languages: [de, en, #tr⏎ ar]`, `- en #tr`) or after it, and in a
 *   vocabulary's label, dropped text without a word; the suggested fix for a value with a tab or
 *   a line break was itself refused;
 * - a contact refused for its own error (broken YAML, a link, too large) made the entries that
 *   name it report "gibt es nicht — meinten Sie …" with another shelter;
 * - a page on an address that starts like /admin or /assets got the web editor's or the assets'
 *   server headers (Netlify's `/admin/*` matches /admin-info/), and the reserved-address message
 *   itself suggested such a name;
 * - a CSV or text download over the text limit (CONTRIBUTING.md; 1 MB then, 64 KB since session 19) was read whole: 24 MB took 30 s;
 * - `SITE_DIR=.` or `SITE_DIR=content` would have deleted the project or the content;
 * - the YAML package printed an English warning for a key that is a list.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCrash, parseText, ROOT, runScript, scratch, shown, validateInProcess } from './helpers.ts';

// The sample content is reviewed up to the real today (the pinned test date lies before some of it).
const TODAY = new Date().toISOString().slice(0, 10);
const tmp = scratch('gsn-validate-session18-');
afterAll(() => tmp.cleanup());

let count = 0;
/** A copy of the sample content with `edit` applied to it. */
function sample(edit: (dir: string) => void): string {
  const dir = path.join(tmp.root, `c${count++}`);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  edit(dir);
  return dir;
}
function replaceIn(dir: string, rel: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, rel);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  expect(after, rel).not.toBe(before);
  writeFileSync(file, after);
}
const problemsOf = (dir: string) => {
  const result = validateInProcess(dir, TODAY);
  expectNoCrash(result);
  return { code: result.code, problems: parseText(result.stdout), stdout: result.stdout, stderr: result.stderr };
};

describe('translations are checked as every other file', () => {
  it('a bidi override in a translated title is an error with its position', () => {
    const dir = sample((d) => replaceIn(d, 'translations/en/start.md', /^title: .*$/m, 'title: Help with domestic\u202e violence'));
    const { code, problems } = problemsOf(dir);
    expect(code).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'Fehler', file: shown(dir, 'translations/en/start.md'), field: 'title', text: expect.stringContaining('U+202E') }));
  });

  it('a title without a letter is an error; Persian with its zero-width non-joiner passes', () => {
    const dir = sample((d) => replaceIn(d, 'translations/en/start.md', /^title: .*$/m, 'title: "... --- ..."'));
    const { code, problems } = problemsOf(dir);
    expect(code).toBe(1);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'title', text: expect.stringContaining('keinen sichtbaren Buchstaben') }));
    expect(readFileSync(path.join(ROOT, 'content/translations/fa/start.md'), 'utf8')).toContain('\u200c');
  });

  it('interface strings: a control character is an error, a " #" that cuts the text a warning; the language stays published with the warning', () => {
    const dir = sample((d) => {
      replaceIn(d, 'translations/en/strings.yml', /^skip_link: .*$/m, 'skip_link: Skip to #content');
      replaceIn(d, 'translations/tr/strings.yml', /^exit_region: .*$/m, 'exit_region: "Hızlı\\u0007çıkış"');
    });
    const { code, problems } = problemsOf(dir);
    expect(code).toBe(1);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'Warnung', file: shown(dir, 'translations/en/strings.yml'), field: 'skip_link', text: expect.stringContaining('„#content“ wird als Kommentar gelesen') }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'Fehler', file: shown(dir, 'translations/tr/strings.yml'), field: 'exit_region', text: expect.stringContaining('U+0007') }));
    // English is complete apart from the warning: no "wird noch nicht veröffentlicht".
    expect(problems.filter((p) => p.file.includes('translations/en'))).toHaveLength(1);
  });
});

describe('a " #" that cuts text off', () => {
  it('not where nothing is lost: a remark after a closed list, a remark line inside a list; for a code the fix is a line of its own', () => {
    const dir = sample((d) => {
      replaceIn(d, 'contacts/biss-landkreis-goettingen.md', /^languages: .*$/m, 'languages: [de, en] # Kommentar');
      replaceIn(d, 'contacts/biss-landkreis-goslar.md', /^languages: .*$/m, 'languages: [de, ru, # weitere folgen\n  ]');
      replaceIn(d, 'contacts/biss-landkreis-emsland.md', /^kind: .*$/m, 'kind: biss # oder beratungsstelle');
    });
    const warnings = problemsOf(dir).problems.filter((p) => p.text.includes('wird als Kommentar gelesen'));
    expect(warnings.map((p) => p.file)).toEqual([shown(dir, 'contacts/biss-landkreis-emsland.md')]);
    expect(warnings[0]!.text).toContain('den Kommentar in eine eigene Zeile darüber schreiben');
  });

  it('inside or after a list, in a vocabulary label; the suggestion is one line that validates', () => {
    const dir = sample((d) => {
      replaceIn(d, 'contacts/biss-landkreis-goettingen.md', /^languages: .*$/m, 'languages: [de, en, #tr\n  ar]');
      replaceIn(d, 'contacts/biss-landkreis-goslar.md', /^languages: .*$/m, 'languages: [de] #, tr]');
      replaceIn(d, 'vocabularies/topics.yml', /^(- id: kinderschutz\n {2}label: )(.*)$/m, '$1Kinderschutz #Neu und wichtig');
    });
    const { problems } = problemsOf(dir);
    const warnings = problems.filter((p) => p.severity === 'Warnung' && p.text.includes('wird als Kommentar gelesen'));
    expect(warnings).toContainEqual(expect.objectContaining({ file: shown(dir, 'contacts/biss-landkreis-goettingen.md'), text: expect.stringContaining('„#tr“') }));
    expect(warnings).toContainEqual(expect.objectContaining({ file: shown(dir, 'contacts/biss-landkreis-goslar.md'), field: 'languages', text: expect.stringContaining('„#, tr]“') }));
    expect(warnings).toContainEqual(expect.objectContaining({ file: shown(dir, 'vocabularies/topics.yml'), text: expect.stringContaining('„#Neu und wichtig“') }));
  });

  it('a value with a tab or a line break gets a suggestion without them', () => {
    const dir = sample((d) => replaceIn(d, 'contacts/biss-landkreis-goettingen.md', /^organization: .*$/m, 'organization: BISS\n  Göttingen\t#Beratungsstelle'));
    const warning = problemsOf(dir).problems.find((p) => p.text.includes('wird als Kommentar gelesen'));
    expect(warning?.text).toContain('organization: "BISS Göttingen #Beratungsstelle"');
    expect(warning?.text).not.toMatch(/\\u00(?:09|0a)|\t/);
  });
});

describe('an entry refused for its own error', () => {
  it('gives no "gibt es nicht — meinten Sie …" in the entries that name it', () => {
    const broken = sample((d) => replaceIn(d, 'contacts/frauenhaus-aurich.md', /^title: /m, 'title: "'));
    const linked = sample((d) => {
      renameSync(path.join(d, 'contacts/frauenhaus-aurich.md'), path.join(tmp.root, `aurich-${count}.md`));
      symlinkSync(path.join(tmp.root, `aurich-${count}.md`), path.join(d, 'contacts/frauenhaus-aurich.md'));
    });
    const folder = sample((d) => {
      renameSync(path.join(d, 'contacts'), path.join(tmp.root, `contacts-${count}`));
      symlinkSync(path.join(tmp.root, `contacts-${count}`), path.join(d, 'contacts'));
    });
    for (const dir of [broken, linked, folder]) {
      const { code, problems } = problemsOf(dir);
      expect(code).toBe(1);
      expect(
        problems.filter((p) => p.severity === 'Fehler'),
        dir,
      ).toHaveLength(1);
    }
  });

  it('a file whose name is refused ("Frauenhaus-Celle.md", "frauenhaus celle.md", ".MD") gives no follow-up in the entries naming it', () => {
    for (const name of ['Frauenhaus-Aurich.md', 'frauenhaus aurich.md', 'frauenhaus-aurich.MD', 'frauenhaus-aurich.md.txt']) {
      const dir = sample((d) => renameSync(path.join(d, 'contacts/frauenhaus-aurich.md'), path.join(d, 'contacts', name)));
      const { problems } = problemsOf(dir);
      expect(
        problems.filter((p) => p.severity === 'Fehler').map((p) => p.file),
        name,
      ).toEqual([shown(dir, `contacts/${name}`)]);
    }
  });

  it('a hidden file (a warning only) keeps the references to it errors: nothing dangling is published', () => {
    const dir = sample((d) => renameSync(path.join(d, 'contacts/frauenhaus-aurich.md'), path.join(d, 'contacts/.frauenhaus-aurich.md')));
    const { code, stdout } = problemsOf(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('Kontakt „frauenhaus-aurich“ gibt es nicht');
  });

  it('a reference to a file that is not there is still an error', () => {
    const dir = sample((d) => replaceIn(d, 'networks/kooperationsverbund-gewaltschutz-ostfriesland.md', /^coordinator: .*$/m, 'coordinator: frauenhaus-aurik'));
    expect(problemsOf(dir).stdout).toContain('meinten Sie „frauenhaus-aurich“');
  });
});

describe('addresses that start like a folder with its own server headers', () => {
  it('/admin-info/ and /assets-info/ are reserved; the suggestion is a free name; /datenschutz-info/ is not', () => {
    const dir = sample((d) => {
      for (const name of ['admin', 'admin-info', 'assets-info', 'datenschutz-info']) cpSync(path.join(d, 'pages/impressum.md'), path.join(d, `pages/${name}.md`));
    });
    const errors = problemsOf(dir).problems.filter((p) => p.severity === 'Fehler');
    expect(errors.map((p) => p.file).sort()).toEqual(['admin', 'admin-info', 'assets-info'].map((name) => shown(dir, `pages/${name}.md`)).sort());
    expect(errors.find((p) => p.file.endsWith('admin-info.md'))?.text).toContain('Adressen, die mit /admin beginnen');
    for (const error of errors) {
      const suggested = /z\. B\. ([a-z0-9-]+)\.md/.exec(error.text)?.[1];
      expect(suggested, error.text).toMatch(/^info-/);
    }
  });
});

describe('text and list downloads', () => {
  it('over 64 KB (the limit of text downloads) are refused before they are read', () => {
    const dir = sample((d) => {
      mkdirSync(path.join(d, 'materials/files'), { recursive: true });
      writeFileSync(path.join(d, 'materials/files/zahlen.csv'), 'Am 12. Tag 345 Personen, Raum 7\n'.repeat(40_000));
    });
    const { problems } = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'Fehler', file: shown(dir, 'materials/files/zahlen.csv'), text: expect.stringContaining('erlaubt sind höchstens 64 KB') }));
  });
});

describe('YAML the package warns about', () => {
  it('a key that is a list: the unknown field is reported, the package emits no process warning', async () => {
    const dir = sample((d) => replaceIn(d, 'contacts/biss-landkreis-goettingen.md', /^phone: /m, '? [a, b]\n: c\nphone: '));
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const { problems } = problemsOf(dir);
      expect(problems.some((p) => p.text.includes('unbekanntes Feld'))).toBe(true);
      // process.emitWarning reports on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((w) => w.message)).toEqual([]);
  });
});

describe('SITE_DIR', () => {
  it('is refused when it is or holds the project, its content or its code, also through a link, or when it holds anything but an earlier build; exit 2, nothing deleted', async () => {
    const alias = path.join(tmp.root, 'alias');
    symlinkSync(ROOT, alias);
    const full = path.join(tmp.root, 'full');
    mkdirSync(full);
    writeFileSync(path.join(full, 'notiz.txt'), 'bleibt');
    for (const dir of ['.', 'content', 'src/x', '..', 'package.json', 'README.md', 'netlify.toml', path.join(alias, 'content'), full]) {
      const result = await runScript('build', [], { SITE_DIR: dir });
      expect(result.code, dir).toBe(2);
      expect(result.stderr, dir).toContain('dieser Ordner würde vor dem Bauen gelöscht');
    }
    expect(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).toContain('gewaltschutz');
    expect(readFileSync(path.join(full, 'notiz.txt'), 'utf8')).toBe('bleibt');
  });
});
