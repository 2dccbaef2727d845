/**
 * The files of the web editor under /admin/, all from the pinned npm package @sveltia/cms (MIT):
 * nothing is loaded from a CDN. The package's browser build (dist/sveltia-cms.js) would reach
 * three other origins; each address is rewritten here to a file of our own:
 * - unpkg.com: its German locale (→ /admin/locales/de.json from the package's locales/) and an
 *   hourly update check (→ /admin/sveltia/package.json, our pinned version: updates come
 *   through package.json, never at run time);
 * - cdn.jsdelivr.net: three fonts (→ /admin/fonts/, the @fontsource files the package ships in
 *   npm/assets/, with their licences: SIL Open Font License / Apache 2.0);
 * - www.githubstatus.com: GitHub's status on the login page (→ /admin/github-status.json, which
 *   says "unknown": no request to a status service).
 * Every rewrite must match as often as expected, so an update of the package that moves things
 * fails the build instead of silently loading from another origin again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Folder of the installed @sveltia/cms package. */
export function sveltiaDir(): string {
  // The package exports only its entry (npm/index.js), not package.json.
  return path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..');
}

export function sveltiaVersion(): string {
  return (JSON.parse(readFileSync(path.join(sveltiaDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The URL prefix of the editor; its config, script and files live below it. */
export const ADMIN = '/admin/';

/** Locales the editor may show: German, and the bundled English as the fallback. */
export const locales = ['de'] as const;

const UNPKG_BASE = /([\w$]+)=`https:\/\/unpkg\.com\/@sveltia\/cms`/g;
const GITHUB_STATUS = /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g;
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
const LOCALE_BASE = /([\w$]+)=`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g;

export class SveltiaPatchError extends Error {}

/** A file to copy: source in node_modules → path below /admin/. */
export interface CopiedFile {
  from: string;
  to: string;
}

/** The fonts the editor declares, with their @fontsource file names and licences. */
export function fontFiles(dir = sveltiaDir()): CopiedFile[] {
  const assets = readdirSync(path.join(dir, 'npm/assets'));
  const out: CopiedFile[] = [];
  const script = readFileSync(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');
  for (const [, family, subset] of script.matchAll(FONT_URL)) {
    const prefix = `${family}-${subset}-`;
    const file = assets.find((name) => name.startsWith(prefix) && name.endsWith('.woff2'));
    if (!file) throw new SveltiaPatchError(`@sveltia/cms: keine Schriftdatei ${prefix}*.woff2 in npm/assets/`);
    out.push({ from: path.join(dir, 'npm/assets', file), to: `fonts/${family}-${subset}.woff2` });
    out.push({ from: path.join(dir, 'npm/assets', `${family}.LICENSE.txt`), to: `fonts/${family}.LICENSE.txt` });
  }
  return out;
}

/** Every file /admin/ serves besides the script, index.html and config.yml. */
export function copiedFiles(dir = sveltiaDir()): CopiedFile[] {
  return [
    ...fontFiles(dir),
    ...locales.map((locale) => ({ from: path.join(dir, 'locales', `${locale}.json`), to: `locales/${locale}.json` })),
    { from: path.join(dir, 'LICENSE.txt'), to: 'sveltia-cms.LICENSE.txt' },
  ];
}

/** dist/sveltia-cms.js with every address of another origin pointing at a file below /admin/. */
export function patchedScript(dir = sveltiaDir()): string {
  const script = readFileSync(path.join(dir, 'dist/sveltia-cms.js'), 'utf8');
  const expect = (pattern: RegExp, count: number, what: string) => {
    const found = [...script.matchAll(pattern)].length;
    if (found !== count) throw new SveltiaPatchError(`@sveltia/cms ${sveltiaVersion()}: ${what} ${found}-mal statt ${count}-mal gefunden – src/admin/sveltia-files.ts anpassen`);
  };
  expect(LOCALE_BASE, 1, 'die Adresse der Sprachdateien');
  expect(UNPKG_BASE, 1, 'die Adresse des Pakets auf unpkg.com');
  expect(GITHUB_STATUS, 1, 'die Adresse von githubstatus.com');
  expect(FONT_URL, 3, 'Schriftadressen');
  const patched = script
    .replace(LOCALE_BASE, (_, name: string) => `${name}=${JSON.stringify(`${ADMIN}locales`)}`)
    .replace(UNPKG_BASE, (_, name: string) => `${name}=${JSON.stringify(`${ADMIN}sveltia`)}`)
    .replace(GITHUB_STATUS, `${ADMIN}github-status.json`)
    .replace(FONT_URL, (_, family: string, subset: string) => `${ADMIN}fonts/${family}-${subset}.woff2`)
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  if (/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|www\.githubstatus\.com)\/@?sveltia\/cms[@/]/.test(patched)) throw new SveltiaPatchError('@sveltia/cms: noch eine CDN-Adresse im Skript');
  return patched;
}

/** Small JSON files that answer what the script would have asked other origins. */
export function answerFiles(): { to: string; text: string }[] {
  return [
    { to: 'sveltia/package.json', text: `${JSON.stringify({ name: '@sveltia/cms', version: sveltiaVersion() })}\n` },
    { to: 'github-status.json', text: `${JSON.stringify({ status: { indicator: 'unknown', description: 'nicht abgefragt' } })}\n` },
  ];
}

/**
 * /admin/index.html: no inline script or style. prefs.js makes German the editor's language
 * unless the editor chose another one (Sveltia otherwise follows the browser's language).
 */
export function adminHtml(title: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<script src="${ADMIN}prefs.js"></script>
<script src="${ADMIN}sveltia-cms.js"></script>
</head>
<body>
<noscript><p>Der Web-Editor braucht JavaScript. Alternativ können Sie Einträge direkt auf GitHub bearbeiten (siehe CONTRIBUTING.md).</p></noscript>
</body>
</html>
`;
}

/** /admin/prefs.js: German UI by default (Sveltia keeps the choice in localStorage, key sveltia-cms.prefs). */
export const prefsScript = `try {
  var key = 'sveltia-cms.prefs';
  var prefs = JSON.parse(localStorage.getItem(key) || '{}');
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify(Object.assign(prefs, { locale: 'de' })));
} catch (error) {}
`;
