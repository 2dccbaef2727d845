/**
 * The GitHub set-up editors meet: the CI workflow (validate with annotations, build, tests,
 * review), one Node version everywhere, the pull-request template and the issue forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Workflow {
  name: string;
  on: Record<string, { branches?: string[]; paths?: string[] } | null>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; container?: string; steps: Step[]; if?: string }>;
}

const workflow = (file: string) => parseYaml(read(`.github/workflows/${file}`)) as Workflow;

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');
  const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
  const indexOf = (command: string) => steps.findIndex((step) => step.run?.split('\n').some((line) => line.trim() === command));

  it('runs on pull requests and on pushes to main, cancelling superseded runs', () => {
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.on.push?.branches).toEqual(['main']);
    expect(ci.concurrency?.['cancel-in-progress']).toBe(true);
    expect(ci.concurrency?.group).toContain('github.event.pull_request.number');
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('checks out, sets up Node from .nvmrc with the npm cache and installs Chromium', () => {
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(true);
    const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(steps.some((step) => /apt-get install -y\b.*\bchromium\b/.test(step.run ?? ''))).toBe(true);
  });

  it('installs, validates, builds and tests in that order, each step failing the check', () => {
    const order = ['npm ci --no-audit --no-fund', 'npm run validate', 'npm run build', 'npm test'].map(indexOf);
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const i of order) expect(steps[i]!['continue-on-error']).toBeUndefined();
  });

  it('runs the review list last, as a step that never fails the check', () => {
    const review = steps[indexOf('npm run review')]!;
    expect(indexOf('npm run review')).toBeGreaterThan(indexOf('npm test'));
    expect(review['continue-on-error']).toBe(true);
    expect(review.if).toContain("steps.validate.outcome == 'success'");
  });

  it('leaves the annotation format to the scripts (GITHUB_ACTIONS=true), with no --format text', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('--format text');
  });
});

describe('one Node version everywhere', () => {
  const nvmrc = read('.nvmrc').trim();

  it('.nvmrc pins Node 22 LTS', () => {
    expect(nvmrc).toBe('22');
  });

  it('netlify.toml builds with the same major version', () => {
    const netlify = parseToml(read('netlify.toml')) as { build?: { environment?: { NODE_VERSION?: string } } };
    expect(netlify.build?.environment?.NODE_VERSION).toBe(nvmrc);
  });

  it('every workflow takes the version from .nvmrc and none names its own', () => {
    for (const file of readdirSync(path.join(ROOT, '.github', 'workflows'))) {
      const text = read(`.github/workflows/${file}`);
      expect(text, file).not.toMatch(/node-version:/);
      for (const step of Object.values(workflow(file).jobs).flatMap((job) => job.steps)) {
        if (step.uses?.startsWith('actions/setup-node@')) expect(step.with?.['node-version-file'], file).toBe('.nvmrc');
      }
    }
  });

  it('package.json still allows the developers’ Node 20.19+', () => {
    expect((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node).toBe('>=20.19');
  });
});

describe('.github/workflows/schemas.yml', () => {
  const schemas = workflow('schemas.yml');
  const job = Object.values(schemas.jobs)[0]!;

  it('regenerates the JSON Schemas when vocabularies or zod schemas change, on branches of this repository only', () => {
    expect(schemas.on.pull_request?.paths).toEqual(['content/vocabularies/**', 'src/schema/**']);
    expect(job.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(job.steps.some((step) => step.run === 'npm run schemas')).toBe(true);
    expect(job.steps.some((step) => step.run?.includes('gh workflow run ci.yml'))).toBe(true);
    expect(workflow('ci.yml').on).toHaveProperty('workflow_dispatch');
  });
});

describe('pull request template', () => {
  const template = read('.github/pull_request_template.md');
  it('asks what changed, the source, reviewed, no shelter address or personal data, green checks', () => {
    for (const text of ['Was wurde geändert?', 'Woher stammen die Angaben?', '`reviewed`', 'Frauenhaus', 'privaten Telefonnummern', 'Daten von Betroffenen', 'Prüfungen', 'grün']) {
      expect(template).toContain(text);
    }
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(6);
  });
});

interface IssueForm {
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: { type: string; id?: string; attributes: { label?: string; value?: string; options?: (string | { label: string; required?: boolean })[] }; validations?: { required: boolean } }[];
}

describe('issue forms', () => {
  const form = (file: string) => parseYaml(read(`.github/ISSUE_TEMPLATE/${file}`)) as IssueForm;
  const allowed = new Set(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']);

  for (const file of ['eintrag-vorschlagen.yml', 'fehler-melden.yml']) {
    it(`${file} is a valid issue form with unique ids and a warning about shelter addresses`, () => {
      const parsed = form(file);
      expect(parsed.name && parsed.description && parsed.title).toBeTruthy();
      expect(parsed.labels.length).toBeGreaterThan(0);
      for (const element of parsed.body) {
        expect(allowed.has(element.type), element.type).toBe(true);
        if (element.type !== 'markdown') expect(element.id && element.attributes.label, JSON.stringify(element)).toBeTruthy();
      }
      const ids = parsed.body.flatMap((element) => (element.id ? [element.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      const intro = parsed.body.find((element) => element.type === 'markdown')!.attributes.value!;
      expect(intro).toContain('Frauenhaus');
      expect(intro).toContain('Betroffenen');
      expect(intro).toContain('110');
    });
  }

  it('"Eintrag vorschlagen" asks type, title, region, summary, contact data, source and consent', () => {
    const parsed = form('eintrag-vorschlagen.yml');
    const byId = new Map(parsed.body.map((element) => [element.id, element]));
    expect(byId.get('art')).toMatchObject({ type: 'dropdown', attributes: { options: ['Initiative', 'Netzwerk', 'Material', 'Kontakt'] }, validations: { required: true } });
    for (const id of ['titel', 'region', 'kurzbeschreibung', 'quelle']) expect(byId.get(id)?.validations?.required, id).toBe(true);
    expect(byId.get('kontakt')?.type).toBe('textarea');
    const consent = byId.get('einverstaendnis')!;
    expect(consent.type).toBe('checkboxes');
    expect(consent.attributes.options!.every((option) => typeof option === 'object' && option.required === true)).toBe(true);
  });

  it('"Fehler melden" asks the page, what is wrong, the correct information and the source', () => {
    const parsed = form('fehler-melden.yml');
    const byId = new Map(parsed.body.map((element) => [element.id, element]));
    expect(byId.get('seite')).toMatchObject({ type: 'input', validations: { required: true } });
    expect(byId.get('fehler')).toMatchObject({ type: 'textarea', validations: { required: true } });
    expect(byId.get('richtig')?.type).toBe('textarea');
    expect(byId.get('quelle')).toMatchObject({ type: 'textarea', validations: { required: true } });
  });

  it('config.yml turns blank issues off and points to the emergency help page', () => {
    const config = parseYaml(read('.github/ISSUE_TEMPLATE/config.yml')) as { blank_issues_enabled: boolean; contact_links: { name: string; url: string; about: string }[] };
    expect(config.blank_issues_enabled).toBe(false);
    const help = config.contact_links[0]!;
    expect(new URL(help.url).pathname).toBe('/hilfe/');
    expect(help.about).toContain('kein Notfall');
    expect(help.about).toContain('110');
    expect(help.about).toContain('116 016');
  });
});
