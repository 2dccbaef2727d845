/** The page shell shared by every page: safety controls first, then header, content, footer. */
import { html, type Html, type Renderable } from '../../src/text/html.ts';
import { ARABIC_SCRIPT_CSS, preloadFont, site } from '../../src/text/site.ts';
import { breadcrumbs, type Crumb } from '../components/breadcrumbs.ts';
import { emergencyStrip } from '../components/emergency.ts';
import { siteFooter } from '../components/footer.ts';
import { siteHeader } from '../components/header.ts';
import { quickExit } from '../components/quick-exit.ts';
import { translatedFooter, translatedHeader } from '../components/translated-shell.ts';
import type { Alternate, PageLanguage } from '../../src/i18n/alternates.ts';

export interface PageShell {
  title: string;
  description: string;
  /** Site-relative URL of this page. */
  url: string;
  crumbs?: Crumb[];
  /** Pagefind indexes only pages that set this (entries and content pages, not listings). */
  searchable?: boolean;
  /** Extra data-pagefind-* attributes on main, rendered by the search plugin. */
  mainAttributes?: Html;
  head?: Renderable;
  scripts?: string[];
  body: Renderable;
  /** Pages in another language (/<lang>/, issue #19): language, direction, interface strings. */
  language?: PageLanguage;
  /** This page in every language it exists in (hreflang), German included. */
  alternates?: readonly Alternate[];
}

export function basePage(page: PageShell): Html {
  const title = page.url === '/' ? site.name : `${page.title} – ${site.name}`;
  const lang = page.language;
  return html`<!DOCTYPE html>
<html lang="${lang?.code ?? site.lang}"${lang ? html` dir="${lang.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${page.description}">
<meta name="referrer" content="no-referrer">
<link rel="canonical" href="${site.url}${page.url}">${(page.alternates ?? []).map((a) => html`\n<link rel="alternate" hreflang="${a.hreflang}" href="${site.url}${a.href}">`)}
<link rel="preload" href="${preloadFont}" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/assets/site.css">${lang?.dir === 'rtl' ? html`\n<link rel="stylesheet" href="${ARABIC_SCRIPT_CSS}">` : ''}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${site.name}: neue und aktualisierte Initiativen und Materialien" href="/feed.xml">
${page.head}
<script src="/assets/js/quick-exit.js" defer></script>
${(page.scripts ?? []).map((src) => html`<script src="${src}" defer></script>\n`)}
</head>
<body>
${quickExit(lang?.ui)}
${lang ? translatedHeader(page.url, lang) : siteHeader(page.url)}
${emergencyStrip(lang?.ui)}
<div class="kern-container gsn-page">
${lang ? breadcrumbs(page.crumbs ?? [], { href: `/${lang.code}/`, label: lang.ui.nav_home! }, lang.ui.breadcrumb_label) : breadcrumbs(page.crumbs ?? [])}
<main id="inhalt" tabindex="-1"${page.searchable ? html` data-pagefind-body` : ''}${page.mainAttributes ?? ''}>
${page.body}
</main>
</div>
${lang ? translatedFooter(lang) : siteFooter()}
</body>
</html>
`;
}
