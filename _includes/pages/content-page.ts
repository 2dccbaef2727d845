/** Free pages from content/pages/: about, safety, legal, accessibility, Leichte Sprache. */
import type { ContentGraph, Page } from '../../src/content/index.ts';
import { formatDate } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { renderBody } from '../../src/text/markdown.ts';
import { contactCard } from '../components/contact-card.ts';
import { languageSwitcher } from '../components/language-switcher.ts';
import { pageSearchData } from '../components/search-data.ts';
import { basePage } from '../layouts/base.ts';
import { alternatesOf } from '../../src/i18n/alternates.ts';
import { translatedPages } from '../../src/i18n/languages.ts';

export function contentPage(page: Page, graph: ContentGraph): Html {
  // The about page names the coordination office's own contact entries.
  const office = page.slug === 'ueber-uns' ? graph.contacts.filter((c) => c.data.kind === 'koordination' && !c.data.example) : [];
  // /sicherheit/ is translated: its switcher, like on /hilfe/, so the other languages are one step away.
  const alternates = Object.values(translatedPages).some((p) => p.translationOf === page.url) ? alternatesOf(page.url, graph.translations) : undefined;
  const body = html`${alternates?.length ? languageSwitcher(alternates, 'de') : ''}
<article class="gsn-entry gsn-entry--page">
  <h1 class="kern-heading-large">${page.data.title}</h1>
  ${pageSearchData(page.data.summary)}
  <p class="kern-body--large gsn-entry__summary">${page.data.summary}</p>
  <div class="gsn-prose">${renderBody(page)}</div>
  ${
    office.length
      ? html`<section class="gsn-related" aria-labelledby="kontakt">
  <h2 class="kern-heading-medium" id="kontakt">Kontakt</h2>
  <ul class="gsn-cards">${office.map((c) => contactCard(c))}</ul>
</section>`
      : ''
  }
  <p class="gsn-reviewed">Stand: <time datetime="${page.data.reviewed}">${formatDate(page.data.reviewed)}</time></p>
</article>`;
  return basePage({
    title: page.data.title,
    description: page.data.summary,
    url: page.url,
    alternates,
    crumbs: [{ href: page.url, label: page.data.title }],
    searchable: true,
    body,
  });
}
