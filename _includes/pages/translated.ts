/**
 * The core help in other languages (issue #19): /<lang>/, /<lang>/hilfe/, /<lang>/hilfe/<kreis>/,
 * /<lang>/sicherheit/, /<lang>/suche/ and /<lang>/404.html. Texts come from
 * content/translations/<lang>/ (pages and the interface string table); contacts' own data stay
 * as entered (German). A Kreis whose cards would make its page too heavy gets the German help
 * page's split (issue 16): the page keeps the hotlines and lists its sections, each linking to
 * every one of its numbered pages /<lang>/hilfe/<kreis>/<section>/[seite-n/], weighed by the
 * translated cards (../lib/paging.ts).
 */
import type { Contact, ContentGraph } from '../../src/content/index.ts';
import { pageLanguage, type PageLanguage } from '../../src/i18n/alternates.ts';
import type { TranslatedPage, Translation } from '../../src/i18n/load-translations.ts';
import { phoneLinked, renderTranslation } from '../../src/i18n/markdown.ts';
import { fill, type Strings } from '../../src/i18n/strings.ts';
import type { Region } from '../../src/schema/index.ts';
import { html, type Html, type Renderable } from '../../src/text/html.ts';
import { cardBytes, translatedHelpCardBytes } from '../components/card-weight.ts';
import { contactCard } from '../components/contact-card.ts';
import { pageLinks, pagination, paginationLinks, type PagingWords } from '../components/pagination.ts';
import { fitsOnePage, GROUP_BYTES, PAGE_TARGET, paginate, pageUrls, type ListPage } from '../lib/paging.ts';
import { emergencyBox } from '../components/emergency.ts';
import { kreiseMapFigure } from '../components/finder.ts';
import { basePage } from '../layouts/base.ts';
import { helpRegions } from './help.ts';
import { helpContacts, helpOf } from './list-pages.ts';
import type { RegionHelp } from '../lib/region-help.ts';

/** The published translations of a graph (none when content/translations/ is absent). */
export const translationsOf = (graph: ContentGraph): readonly Translation[] => graph.translations ?? [];

/** One /<lang>/hilfe/<kreis>/ page. */
export interface TranslatedRegion {
  translation: Translation;
  region: Region;
}

export function translatedRegions(graph: ContentGraph): TranslatedRegion[] {
  return translationsOf(graph).flatMap((translation) => helpRegions(graph).map((region) => ({ translation, region })));
}

const codeOf = (t: Translation) => t.language.code;

/** Shown while no native speaker has reviewed the page; else who did and when. */
function reviewNotice(page: TranslatedPage, ui: Strings) {
  if (page.data.reviewed_by && page.data.reviewed_on) {
    return html`<p class="gsn-reviewed">${fill(ui.reviewed_note!, { name: page.data.reviewed_by, date: page.data.reviewed_on })}</p>`;
  }
  return html`<div class="kern-alert kern-alert--info gsn-notice" role="note" data-pagefind-ignore="all">
  <div class="kern-alert__header"><p class="kern-title">${ui.not_reviewed_title}</p></div>
  <div class="kern-alert__body"><p class="kern-body">${phoneLinked(ui.not_reviewed_text!)}</p></div>
</div>`;
}

/** What Pagefind shows for a translated page in its results. */
function searchMeta(summary: string) {
  return html`<div hidden data-pagefind-ignore>
  <span data-pagefind-meta="summary">${summary}</span>
</div>`;
}

/** `url`: the page's own address when it is not `/<lang>` + germanUrl (numbered section pages, whose alternates are the Kreis pages). */
function shell(
  t: Translation,
  graph: ContentGraph,
  germanUrl: string,
  page: {
    title: string;
    description: string;
    crumbs?: { href: string; label: string; lang?: string }[];
    searchable?: boolean;
    scripts?: string[];
    head?: Renderable;
    url?: string;
    body: Renderable;
  },
): Html {
  const language: PageLanguage = pageLanguage(t, germanUrl, translationsOf(graph));
  return basePage({ ...page, url: page.url ?? `/${codeOf(t)}${germanUrl}`, language, alternates: germanUrl.endsWith('.html') ? [] : language.alternates });
}

/** A translated Markdown page with its heading, summary and review notice. */
function articlePage(t: Translation, graph: ContentGraph, page: TranslatedPage, after: Renderable = '', before: Renderable = ''): Html {
  const ui = t.strings;
  const body = html`<article class="gsn-entry gsn-entry--page">
  <h1 class="kern-heading-large">${page.data.title}</h1>
  ${searchMeta(page.data.summary)}
  <p class="kern-body--large gsn-entry__summary">${page.data.summary}</p>
  ${reviewNotice(page, ui)}
  ${before}
  <div class="gsn-prose">${renderTranslation(page.body)}</div>
  ${after}
</article>`;
  return shell(t, graph, page.translationOf, {
    title: page.data.title,
    description: page.data.summary,
    crumbs: page.slug === 'start' ? [] : [{ href: page.url, label: page.data.title }],
    searchable: true,
    body,
  });
}

export function translatedStart(t: Translation, graph: ContentGraph): Html {
  const ui = t.strings;
  const home = `/${codeOf(t)}/`;
  const ways = html`<ul class="kern-list gsn-translated-ways">
  <li><a class="kern-link" href="${home}hilfe/">${ui.nav_help}</a></li>
  <li><a class="kern-link" href="${home}sicherheit/">${ui.nav_safety}</a></li>
</ul>`;
  return articlePage(t, graph, t.pages.start, '', html`${emergencyBox(ui, `${home}sicherheit/`)}${ways}`);
}

function regionChooser(t: Translation, graph: ContentGraph) {
  const ui = t.strings;
  const href = (id: string) => `/${codeOf(t)}/hilfe/${id}/`;
  return html`<section aria-labelledby="region-waehlen">
  <h2 class="kern-heading-medium" id="region-waehlen">${ui.help_choose}</h2>
  <p class="kern-body">${ui.help_intro}</p>
  <p class="kern-body">${ui.help_choose_note}</p>
  <div class="gsn-map-layout">
  <ul class="gsn-region-list gsn-region-list--columns" data-help-regions lang="de" dir="ltr">${helpRegions(graph).map((region) => html`<li><a class="kern-link" href="${href(region.id)}">${region.label}</a></li>`)}</ul>
  ${kreiseMapFigure(graph, href, ui.help_map!, { map: ui.map_label!, source: ui.map_source! })}
  </div>
</section>`;
}

/** /<lang>/hilfe/: who does what (the translated text), then the Kreis chooser. */
export function translatedHelp(t: Translation, graph: ContentGraph): Html {
  const ui = t.strings;
  return articlePage(t, graph, t.pages.hilfe, regionChooser(t, graph), emergencyBox(ui, `/${codeOf(t)}/sicherheit/`));
}

export function translatedSafety(t: Translation, graph: ContentGraph): Html {
  return articlePage(t, graph, t.pages.sicherheit);
}

const sectionKeys: Record<string, string> = {
  biss: 'help_biss',
  frauenhaus: 'help_frauenhaus',
  beratung: 'help_beratung',
  polizei: 'help_polizei',
  jugendamt: 'help_jugendamt',
  weitere: 'help_weitere',
};

/** "Hilfe in: {region}" with the German region name marked as German (WCAG 3.1.2), left-to-right in rtl pages. */
function regionHeading(template: string, region: string): Html {
  const [before = '', ...after] = template.split('{region}');
  return html`${before}<span lang="de" dir="ltr">${region}</span>${after.join(region)}`;
}

const pagingWords = (ui: Strings): PagingWords => ({ page: ui.page_number!, previous: ui.page_previous!, next: ui.page_next!, pages: ui.pages_label! });

/** Bytes of a contact's card in this language. */
const weigherOf = (t: Translation) => (contact: Contact) => translatedHelpCardBytes(contact, t.strings);

/**
 * Bytes of cards a translated help page of `region` holds: PAGE_TARGET less its frame, measured
 * per language and Kreis, since letters beyond Latin-1 are written as references (about 7 bytes
 * each): the frame of a Cyrillic or Arabic page is about 16 KB, not the German 6 KB. Measured
 * on an empty numbered section page, plus the emergency box the Kreis page adds and 1 KB for
 * longer page navigations and headings. Remembered per graph.
 */
const budgets = new WeakMap<ContentGraph, Map<string, number>>();
function cardBudget(t: Translation, region: Region, graph: ContentGraph): number {
  let known = budgets.get(graph);
  if (!known) budgets.set(graph, (known = new Map()));
  const key = `${codeOf(t)}/${region.id}`;
  let budget = known.get(key);
  if (budget === undefined) {
    const ui = t.strings;
    const base = `/${codeOf(t)}/hilfe/${region.id}/beratung/`;
    const longest = Object.values(sectionKeys).reduce((a, key) => (ui[key]!.length > a.length ? ui[key]! : a), ui.help_statewide!);
    const empty = translatedHelpSection({ base, url: `${base}seite-2/`, number: 2, total: 3, first: 1, items: [], translation: t, region, title: longest, count: 9999 }, graph);
    budget = PAGE_TARGET - cardBytes(empty) - cardBytes(emergencyBox(ui, `/${codeOf(t)}/sicherheit/`)) - 1024;
    known.set(key, budget);
  }
  return budget;
}

/** As the German help page (list-pages.ts helpIsSplit), weighed by the translated cards within the language's own budget; headings count twice GROUP_BYTES (references). */
export function translatedHelpIsSplit(t: Translation, region: Region, help: RegionHelp, graph: ContentGraph): boolean {
  const groups = 2 + help.local.filter((section) => section.contacts.length).length;
  return !fitsOnePage(helpContacts(help), weigherOf(t), groups, cardBudget(t, region, graph), 2 * GROUP_BYTES);
}

/** The sections of a split translated help page below the hotlines, each with its numbered pages. */
function translatedHelpGroups(t: Translation, region: Region, help: RegionHelp) {
  const ui = t.strings;
  return [
    ...help.local.map((section) => ({ id: section.id, title: ui[sectionKeys[section.id]!]!, contacts: section.contacts })),
    { id: 'landesweit', title: ui.help_statewide!, contacts: help.statewide },
  ]
    .filter((section) => section.contacts.length)
    .map((section) => ({ ...section, base: `/${codeOf(t)}/hilfe/${region.id}/${section.id}/` }));
}

/** One numbered page of a section of a split translated help page. */
export interface TranslatedSectionPage extends ListPage<Contact> {
  translation: Translation;
  region: Region;
  /** The section's translated heading. */
  title: string;
  /** Contacts on all pages of the section. */
  count: number;
}

/** The numbered pages of every split translated help page (none on a site whose Kreise fit one page each). */
export function translatedSectionPages(graph: ContentGraph): TranslatedSectionPage[] {
  return translatedRegions(graph).flatMap(({ translation, region }) => {
    const help = helpOf(region, graph);
    if (!translatedHelpIsSplit(translation, region, help, graph)) return [];
    return translatedHelpGroups(translation, region, help).flatMap((section) =>
      paginate(section.base, section.contacts, weigherOf(translation), cardBudget(translation, region, graph)).map((page) => ({
        ...page,
        translation,
        region,
        title: section.title,
        count: section.contacts.length,
      })),
    );
  });
}

/** /<lang>/hilfe/<kreis>/<section>/[seite-n/]: the section's cards, translated labels and page navigation. */
export function translatedHelpSection(item: TranslatedSectionPage, graph: ContentGraph): Html {
  const { translation: t, region } = item;
  const ui = t.strings;
  const code = codeOf(t);
  const numbered = item.total > 1 ? fill(ui.page_of!, { number: String(item.number), total: String(item.total) }) : '';
  const body = html`<p class="kern-preline">${regionHeading(ui.help_region_title!, region.label)}</p>
<h1 class="kern-heading-large">${item.title} <span class="gsn-group__count">(${item.count})</span></h1>
${numbered ? html`<p class="gsn-count">${numbered}</p>` : ''}
<p class="kern-body">${ui.help_contacts_note}</p>
<ul class="gsn-cards">${item.items.map((c) => contactCard(c, 2, { ui }))}</ul>
${pagination(item, pagingWords(ui))}
<p class="gsn-back"><a class="kern-link" href="/${code}/hilfe/${region.id}/"><span lang="de" dir="ltr">${region.label}</span></a> · <a class="kern-link" href="/${code}/hilfe/">${ui.help_other_region}</a></p>`;
  return shell(t, graph, `/hilfe/${region.id}/`, {
    title: `${item.title} – ${fill(ui.help_region_title!, { region: region.label })}${numbered ? ` – ${numbered}` : ''}`,
    description: fill(ui.help_region_summary!, { region: region.label }),
    url: item.url,
    head: paginationLinks(item),
    crumbs: [
      { href: `/${code}/hilfe/`, label: ui.help_title! },
      { href: `/${code}/hilfe/${region.id}/`, label: region.label, lang: 'de' },
      { href: item.url, label: numbered ? `${item.title}, ${numbered}` : item.title },
    ],
    body,
  });
}

/** A split translated help page's list of sections: each with its count and a link to every one of its pages. */
function translatedHelpOverview(t: Translation, region: Region, help: RegionHelp, graph: ContentGraph) {
  const ui = t.strings;
  const weigh = weigherOf(t);
  return html`<section class="gsn-group" aria-labelledby="stellen">
  <h2 class="kern-heading-medium" id="stellen">${ui.help_services}</h2>
  <p class="kern-body">${ui.help_split_note}</p>
  <ul class="gsn-region-list gsn-overview">${translatedHelpGroups(t, region, help).map((section) => {
    const urls = pageUrls(section.base, section.contacts, weigh, cardBudget(t, region, graph));
    return html`<li id="${section.id}"><a class="kern-link" href="${urls[0]}">${section.title}</a> <span class="gsn-region-list__count">(${section.contacts.length})</span>${pageLinks(urls, section.title, pagingWords(ui))}</li>`;
  })}</ul>
</section>`;
}

/** /<lang>/hilfe/<kreis>/: the German help page's sections with translated headings and labels. */
export function translatedHelpRegion({ translation: t, region }: TranslatedRegion, graph: ContentGraph): Html {
  const ui = t.strings;
  const help = helpOf(region, graph);
  const code = codeOf(t);
  const split = translatedHelpIsSplit(t, region, help, graph);
  const cards = (contacts: typeof help.hotlines) => html`<ul class="gsn-cards">${contacts.map((c) => contactCard(c, 3, { ui }))}</ul>`;
  const title = fill(ui.help_region_title!, { region: region.label });
  const body = html`<p class="kern-preline">${ui.help_title}</p>
<h1 class="kern-heading-large">${regionHeading(ui.help_region_title!, region.label)}</h1>
<p class="kern-body">${ui.help_contacts_note}</p>
${emergencyBox(ui, `/${code}/sicherheit/`)}
${
  help.hotlines.length
    ? html`<section class="gsn-group" aria-labelledby="hilfetelefone">
  <h2 class="kern-heading-medium" id="hilfetelefone">${ui.help_hotlines}</h2>
  ${cards(help.hotlines)}
</section>`
    : ''
}
${
  split
    ? translatedHelpOverview(t, region, help, graph)
    : html`${help.local.map((section) =>
        section.contacts.length
          ? html`<section class="gsn-group" aria-labelledby="${section.id}">
  <h2 class="kern-heading-medium" id="${section.id}">${ui[sectionKeys[section.id]!]} <span class="gsn-group__count">(${section.contacts.length})</span></h2>
  ${cards(section.contacts)}
</section>`
          : '',
      )}
${help.local.some((section) => section.contacts.length) ? '' : html`<p class="kern-body">${ui.help_none}</p>`}
${
  help.statewide.length
    ? html`<section class="gsn-group" aria-labelledby="landesweit">
  <h2 class="kern-heading-medium" id="landesweit">${ui.help_statewide}</h2>
  ${cards(help.statewide)}
</section>`
    : ''
}`
}
<p class="gsn-back"><a class="kern-link" href="/${code}/hilfe/">${ui.help_other_region}</a></p>`;
  return shell(t, graph, `/hilfe/${region.id}/`, {
    title,
    description: fill(ui.help_region_summary!, { region: region.label }),
    crumbs: [
      { href: `/${code}/hilfe/`, label: ui.help_title! },
      { href: `/${code}/hilfe/${region.id}/`, label: region.label, lang: 'de' },
    ],
    body,
  });
}

function mainLinks(t: Translation) {
  const ui = t.strings;
  const home = `/${codeOf(t)}/`;
  return html`<ul class="kern-list">
  <li><a class="kern-link" href="${home}hilfe/">${ui.nav_help}</a></li>
  <li><a class="kern-link" href="${home}sicherheit/">${ui.nav_safety}</a></li>
  <li><a class="kern-link" href="${home}">${ui.nav_home}</a></li>
</ul>`;
}

/** /<lang>/suche/: the German search page's machinery (assets/js/search.js) with translated words; Pagefind picks the index of the page's `lang`. */
export function translatedSearch(t: Translation, graph: ContentGraph): Html {
  const ui = t.strings;
  const code = codeOf(t);
  const body = html`<h1 class="kern-heading-large">${ui.search_title}</h1>
<form class="gsn-search-page__form" action="/${code}/suche/" method="get" role="search" aria-label="${ui.search_form_label}" data-search-form>
  <label class="kern-label" for="suche-q">${ui.search_field}</label>
  <div class="gsn-search-page__row">
    <input class="kern-form-input__input" id="suche-q" name="q" type="search" autocomplete="off" spellcheck="false">
    <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">${ui.search_button}</span></button>
  </div>
</form>
<div class="gsn-search" data-search data-region-order="[]" data-t-enter="${ui.search_enter}" data-t-none="${ui.search_none}" data-t-one="${ui.search_one}" data-t-many="${ui.search_many}" hidden>
  <div class="gsn-search__filters" data-search-filters></div>
  <div class="gsn-search__main">
    <p class="gsn-search__status" role="status" aria-live="polite" aria-atomic="true" data-search-status></p>
    <ol class="gsn-results" data-search-results></ol>
    <p class="gsn-search__more" data-search-more hidden><button class="kern-btn kern-btn--secondary" type="button"><span class="kern-label">${ui.search_more}</span></button></p>
    <div class="gsn-search__filtered" data-search-filtered hidden></div>
    <div class="gsn-search__empty" data-search-empty hidden>
      <p class="kern-body">${ui.search_empty}</p>
      ${mainLinks(t)}
      ${emergencyBox(ui, `/${code}/sicherheit/`)}
    </div>
  </div>
</div>
<div class="gsn-search__unavailable" data-search-unavailable hidden>
  <p class="kern-body">${ui.search_unavailable}</p>
  ${mainLinks(t)}
</div>
<noscript>
  <div class="kern-alert kern-alert--info">
    <div class="kern-alert__header"><p class="kern-title">${ui.search_noscript_title}</p></div>
    <div class="kern-alert__body">
      <p class="kern-body">${ui.search_noscript_text}</p>
      ${mainLinks(t)}
    </div>
  </div>
</noscript>`;
  return shell(t, graph, '/suche/', {
    title: ui.search_title!,
    description: ui.search_description!,
    crumbs: [{ href: `/${code}/suche/`, label: ui.search_title! }],
    scripts: ['/assets/js/search.js'],
    body,
  });
}

/** /<lang>/404.html: Netlify answers unknown addresses below /<lang>/ with it (_redirects). */
export function translatedNotFound(t: Translation, graph: ContentGraph): Html {
  const ui = t.strings;
  const body = html`<h1 class="kern-heading-large">${ui.not_found_title}</h1>
<p class="kern-body--large">${ui.not_found_text}</p>
<h2 class="kern-heading-medium">${ui.not_found_next}</h2>
${mainLinks(t)}
${emergencyBox(ui, `/${codeOf(t)}/sicherheit/`)}`;
  return shell(t, graph, '/404.html', { title: ui.not_found_title!, description: ui.not_found_text!, body });
}
