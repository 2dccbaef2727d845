/**
 * The review list (`npm run review`): published entries whose `reviewed` date is more than
 * 12 months old, grouped by type and region, and how many contacts are up to date.
 * Stale entries are warnings, never errors: the site marks them ("zuletzt geprüft …") and
 * editors work through this list.
 */
import { monthsBefore } from '../schema/clock.ts';
import type { Entry } from './graph.ts';
import type { LoadResult } from './load.ts';
import { annotation } from './report.ts';
import { readContentFile } from './source-files.ts';

export type ReviewType = 'contacts' | 'initiatives' | 'networks' | 'materials' | 'pages';

/** Contacts first: a stale phone number hurts people looking for help the most. */
export const reviewTypes: ReviewType[] = ['contacts', 'initiatives', 'networks', 'materials', 'pages'];

const typeNames: Record<ReviewType, string> = {
  contacts: 'Kontakte',
  initiatives: 'Initiativen',
  networks: 'Netzwerke',
  materials: 'Materialien',
  pages: 'Seiten',
};

export interface StaleEntry {
  type: ReviewType;
  slug: string;
  title: string;
  /** Source file as the validator prints it. */
  file: string;
  /** Line of `reviewed:` in that file. */
  line: number;
  reviewed: string;
  /** Whole months since `reviewed`. */
  months: number;
  /** Region ids and labels in vocabulary order; empty for pages. */
  regions: { id: string; label: string }[];
  example: boolean;
}

export interface ReviewReport {
  today: string;
  /** Entries reviewed before this day are stale. */
  staleBefore: string;
  /** Published entries and pages looked at (drafts are not published and not listed). */
  checked: number;
  /** Oldest first. */
  stale: StaleEntry[];
  contacts: { total: number; fresh: number; percent: number | null };
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** 2025-03-12 → "12. März 2025" */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** Line of the `reviewed:` key: from the validator's stale warning, else from the file itself. */
function reviewedLine(result: LoadResult, file: string): number {
  const warning = result.problems.find((p) => p.file === file && p.field === 'reviewed');
  if (warning) return warning.line;
  const read = readContentFile(file);
  if (!('bytes' in read)) return 1;
  const index = read.bytes.toString('utf8').split(/\r?\n/).findIndex((line) => /^reviewed\s*:/.test(line));
  return index >= 0 ? index + 1 : 1;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
/** Statewide first, then alphabetically (as editors look for their Kreis); entries without a region last. */
function byRegion(a: { id: string; label: string }, b: { id: string; label: string }): number {
  const rank = (r: { id: string }) => (r.id === 'niedersachsen' ? 0 : r.id === '' ? 2 : 1);
  return rank(a) - rank(b) || collator.compare(a.label, b.label);
}

/** Rounded, but never "100 %" while one is stale, nor "0 %" while one is fresh. */
function percent(fresh: number, total: number): number | null {
  if (!total) return null;
  const value = Math.round((fresh * 100) / total);
  if (value === 100 && fresh < total) return 99;
  if (value === 0 && fresh > 0) return 1;
  return value;
}

/** Builds the review list from a loaded (and error-free) content folder. */
export function reviewContent(result: LoadResult): ReviewReport {
  const { graph } = result;
  const today = graph.today;
  const staleBefore = monthsBefore(today, 12);
  const stale: StaleEntry[] = [];
  const add = (type: ReviewType, slug: string, title: string, file: string, reviewed: string, example: boolean, regions: Entry['regions']) => {
    if (reviewed >= staleBefore) return;
    stale.push({
      type,
      slug,
      title,
      file,
      line: reviewedLine(result, file),
      reviewed,
      months: monthsBetween(reviewed, today),
      regions: regions.map((r) => ({ id: r.id, label: r.label })).sort(byRegion),
      example,
    });
  };
  for (const entry of graph.entries) add(entry.type, entry.slug, entry.data.title, entry.file, entry.data.reviewed, entry.data.example === true, entry.regions);
  for (const page of graph.pages) add('pages', page.slug, page.data.title, page.file, page.data.reviewed, false, []);
  stale.sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.file.localeCompare(b.file));

  const total = graph.contacts.length;
  const fresh = graph.contacts.filter((contact) => contact.data.reviewed >= staleBefore).length;
  return { today, staleBefore, checked: graph.entries.length + graph.pages.length, stale, contacts: { total, fresh, percent: percent(fresh, total) } };
}

/** "82 % der Kontakte sind aktuell (18 von 22)" */
export function contactShareLine(report: ReviewReport): string {
  const { total, fresh, percent: value } = report.contacts;
  if (!total || value === null) return 'Es sind noch keine Kontakte veröffentlicht.';
  return `${value} % der Kontakte sind aktuell (${fresh} von ${total})`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const age = (months: number) => (months >= 24 ? `vor ${Math.floor(months / 12)} Jahren` : `vor ${months} Monaten`);

export function reviewSummaryLine(report: ReviewReport): string {
  if (!report.stale.length) return `✔ Alle ${plural(report.checked, 'Eintrag', 'Einträge')} wurden in den letzten 12 Monaten geprüft.`;
  return `${plural(report.stale.length, 'Eintrag ist', 'Einträge sind')} seit mehr als 12 Monaten nicht geprüft (von ${report.checked}). Angaben prüfen, dann in „reviewed“ das Prüfdatum eintragen.`;
}

/** Stale entries of one type, per region (an entry in two regions is listed under both). */
export function groupByRegion(entries: StaleEntry[]): { label: string; entries: StaleEntry[] }[] {
  const groups = new Map<string, { id: string; label: string; entries: StaleEntry[] }>();
  for (const entry of entries) {
    const regions = entry.regions.length ? entry.regions : [{ id: '', label: 'ohne Region' }];
    for (const region of regions) {
      if (!groups.has(region.id)) groups.set(region.id, { id: region.id, label: region.label, entries: [] });
      groups.get(region.id)!.entries.push(entry);
    }
  }
  return [...groups.values()].sort(byRegion).map(({ label, entries: list }) => ({ label, entries: list }));
}

/** Plain text for people; colour only when writing to a terminal. */
export function formatReviewText(report: ReviewReport, colour = false): string {
  const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out = [
    paint('1', `Prüfliste „zuletzt geprüft“ – Stand ${germanDate(report.today)}`),
    `Fällig ist jeder veröffentlichte Eintrag, der vor dem ${germanDate(report.staleBefore)} zuletzt geprüft wurde.`,
  ];
  for (const type of reviewTypes) {
    const ofType = report.stale.filter((entry) => entry.type === type);
    if (!ofType.length) continue;
    out.push('', paint('1', `${typeNames[type]}: ${ofType.length} fällig`));
    for (const group of groupByRegion(ofType)) {
      out.push(`  ${group.label}`);
      for (const entry of group.entries) {
        const example = entry.example ? ' (Beispieleintrag)' : '';
        out.push(`    ${entry.title}${example} – zuletzt geprüft am ${paint('33', germanDate(entry.reviewed))} (${age(entry.months)})`);
        out.push(`      ${entry.file}:${entry.line}`);
      }
    }
  }
  out.push('', `${contactShareLine(report)}.`);
  out.push(report.stale.length ? paint('33;1', reviewSummaryLine(report)) : paint('32;1', reviewSummaryLine(report)));
  return out.join('\n');
}

/** GitHub workflow annotations: one warning per stale entry at its `reviewed:` line. */
export function formatReviewGithub(report: ReviewReport): string {
  const out = report.stale.map((entry) => {
    const regions = entry.regions.length ? ` (${entry.regions.map((r) => r.label).join(', ')})` : '';
    return annotation(
      'warning',
      entry.file,
      entry.line,
      'Prüfung fällig',
      `${entry.title}${regions}: zuletzt geprüft am ${germanDate(entry.reviewed)} (${age(entry.months)}) — Angaben prüfen und in „reviewed“ das Prüfdatum eintragen`,
    );
  });
  out.push(annotation('notice', undefined, undefined, 'Aktualität der Kontakte', contactShareLine(report)));
  out.push(reviewSummaryLine(report));
  return out.join('\n');
}

/** Markdown for the GitHub job summary (annotations are capped at 10 warnings per step). */
export function formatReviewMarkdown(report: ReviewReport): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const out = [`### Prüfliste „zuletzt geprüft“ – Stand ${germanDate(report.today)}`, '', `**${contactShareLine(report)}.** ${reviewSummaryLine(report)}`];
  if (report.stale.length) {
    out.push('', '| Art | Region | Eintrag | zuletzt geprüft | Datei |', '| --- | --- | --- | --- | --- |');
    for (const entry of report.stale) {
      const regions = entry.regions.map((r) => r.label).join(', ') || '–';
      out.push(`| ${typeNames[entry.type]} | ${cell(regions)} | ${cell(entry.title)} | ${germanDate(entry.reviewed)} (${age(entry.months)}) | \`${entry.file}:${entry.line}\` |`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function formatReviewJson(report: ReviewReport): string {
  return JSON.stringify({ ok: true, ...report, summary: { stale: report.stale.length, contacts: contactShareLine(report) } }, null, 2);
}
