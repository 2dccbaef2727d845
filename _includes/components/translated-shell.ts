/** Header and footer of the pages in other languages (/<lang>/): help, safety, search, languages. */
import type { PageLanguage } from '../../src/i18n/alternates.ts';
import { fill } from '../../src/i18n/strings.ts';
import { html } from '../../src/text/html.ts';
import { site } from '../../src/text/site.ts';
import { languageSwitcher } from './language-switcher.ts';

export function translatedHeader(currentUrl: string, lang: PageLanguage) {
  const ui = lang.ui;
  const home = `/${lang.code}/`;
  const nav = [
    { href: home, label: ui.nav_home },
    { href: `${home}hilfe/`, label: ui.nav_help },
    { href: `${home}sicherheit/`, label: ui.nav_safety },
    { href: `${home}suche/`, label: ui.nav_search },
  ];
  return html`<header class="gsn-header">
  <a class="gsn-skip-link" href="#inhalt">${ui.skip_link}</a>
  <div class="kern-container gsn-header__inner">
    <a class="gsn-header__brand" href="${home}">
      <span class="gsn-header__name">${site.name}</span>
      <span class="gsn-header__by">${ui.brand_by}</span>
    </a>
    <form class="gsn-search-form" action="${home}suche/" method="get" role="search" aria-label="${ui.search_form_label}">
      <label class="kern-sr-only" for="gsn-q">${ui.search_field}</label>
      <input class="kern-form-input__input gsn-search-form__input" id="gsn-q" name="q" type="search" autocomplete="off">
      <button class="kern-btn kern-btn--secondary gsn-search-form__button" type="submit"><span class="kern-label">${ui.search_button}</span></button>
    </form>
  </div>
  <nav class="gsn-nav" aria-label="${ui.nav_label}">
    <ul class="kern-container gsn-nav__list">
      ${nav.map((item) => {
        const current = item.href === home ? currentUrl === home : currentUrl.startsWith(item.href);
        return html`<li><a class="gsn-nav__link" href="${item.href}"${current ? html` aria-current="${currentUrl === item.href ? 'page' : 'true'}"` : ''}>${item.label}</a></li>`;
      })}
    </ul>
  </nav>
  <div class="kern-container">${languageSwitcher(lang.alternates, lang.code, ui.languages_label)}</div>
</header>`;
}

/** The German legal pages stay German: marked `lang="de"`. */
const germanPages = [
  { href: '/impressum/', label: 'Impressum' },
  { href: '/datenschutz/', label: 'Datenschutz' },
  { href: '/barrierefreiheit/', label: 'Barrierefreiheit' },
];

export function translatedFooter(lang: PageLanguage) {
  const ui = lang.ui;
  return html`<footer class="gsn-footer">
  <div class="kern-container">
    <nav aria-label="${ui.footer_label}">
      <ul class="gsn-footer__list">
        <li>${ui.footer_german_pages}</li>
        ${germanPages.map((item) => html`<li><a class="kern-link" href="${item.href}" lang="de" dir="ltr" hreflang="de">${item.label}</a></li>`)}
      </ul>
    </nav>
    <p class="kern-body kern-body--small">${fill(ui.footer_about!, { site: site.name })} ${ui.footer_privacy}</p>
  </div>
</footer>`;
}
