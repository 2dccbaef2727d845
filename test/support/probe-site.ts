/**
 * The sample content plus one probe entry per type whose title, summary and body carry long
 * German compounds, a long e-mail address and a legal reference: what makes narrow screens
 * scroll sideways. Built into a temporary folder like `npm run build` (issue 18).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './server.ts';
import { runBuild, tempDir } from './site.ts';

export const PROBE_TITLE = 'Gewaltschutzkoordinierungsstelle Musterkreis';
const LONG = 'Kinderschutzfachkräftefortbildungsveranstaltungsreihe';
const COMMON = `summary: ${LONG} und Gewaltschutzkoordinierungsstellenleitung – ein Probeeintrag mit langen Zusammensetzungen.
regions: [landkreis-ammerland, niedersachsen]
topics: [kinderschutz]
reviewed: 2024-01-15
example: true`;
const BODY = `\n\n## Interventionsstellenkooperationsvereinbarung\n\nNach § 238 Abs. 2 StGB und der ${LONG} erreichen Sie uns unter 116 016. Siehe https://www.example.org/gewaltschutzkoordinierungsstelle/ansprechpersonen/interventionsstellenkooperationsvereinbarung.\n`;

export const PROBES: Record<string, { folder: string; text: string }> = {
  contact: {
    folder: 'contacts',
    text: `---\ntitle: ${PROBE_TITLE}\n${COMMON}\nkind: frauenhaus\norganization: Gewaltschutzkoordinierungsstellenträgerverein Musterkreis e. V.\nphone: "0221 4710 999"\nemail: gewaltschutzkoordinierungsstelle-musterkreis@example.org\naddress:\n  city: Westerstede\nhours: Montag bis Freitag 9–12 Uhr\n---${BODY}`,
  },
  initiative: {
    folder: 'initiatives',
    text: `---\ntitle: Interventionsstellenkooperationsvereinbarungsinitiative Musterkreis\n${COMMON}\nkind: runder-tisch\nstatus: aktiv\n---${BODY}`,
  },
  network: {
    folder: 'networks',
    text: `---\ntitle: Gewaltschutzkooperationsnetzwerkverbund Musterkreis\n${COMMON}\nlevel: lokal\n---${BODY}`,
  },
  material: {
    folder: 'materials',
    text: `---\ntitle: Gefährdungseinschätzungsdokumentationsbogen Musterkreis\n${COMMON}\nkind: formular\naudience: [fachkraefte]\nlanguages: [de]\nfile: checkliste-sicherheitsplanung.pdf\n---${BODY}`,
  },
};

export const PROBE_SLUG = 'gewaltschutzkoordinierungsstelle-musterkreis-probe';

/**
 * A contact whose title is one word longer than a 320 px screen (an outside tester's find): its
 * search result, the "1 Ergebnis für …" line and the listings that show it must wrap the word.
 */
export const LONG_TITLE_WORD = 'Rechtsantragstellenbereitschaftsdienstkoordinationsstelle';
export const LONG_TITLE_SLUG = 'rechtsantragstellen-probe';
const LONG_TITLE_CONTACT = `---\ntitle: ${LONG_TITLE_WORD} Musterstadt\nsummary: Ein Probeeintrag, dessen Titel aus einem sehr langen Wort besteht.\nregions: [landkreis-ammerland]\ntopics: [kinderschutz]\nreviewed: 2024-01-15\nexample: true\nkind: beratungsstelle\nphone: "0221 4710 998"\naddress:\n  city: Westerstede\n---\n\nDie ${LONG_TITLE_WORD} Musterstadt ist ein Probeeintrag.\n`;

/** Builds the probe site; returns its folder and a function that removes it. */
export async function buildProbeSite(): Promise<{ siteDir: string; remove: () => void }> {
  const parent = tempDir('probe');
  const contentDir = path.join(parent, 'content');
  const siteDir = path.join(parent, 'site');
  cpSync(path.join(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  for (const probe of Object.values(PROBES)) {
    mkdirSync(path.join(contentDir, probe.folder), { recursive: true });
    writeFileSync(path.join(contentDir, probe.folder, `${PROBE_SLUG}.md`), probe.text);
  }
  writeFileSync(path.join(contentDir, 'contacts', `${LONG_TITLE_SLUG}.md`), LONG_TITLE_CONTACT);
  const run = await runBuild({ outDir: siteDir, contentDir });
  const remove = () => rmSync(parent, { recursive: true, force: true });
  if (run.code !== 0) {
    remove();
    throw new Error(`probe build failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { siteDir, remove };
}
