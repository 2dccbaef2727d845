import { html } from '../../src/text/html.ts';
import { mainNav, site } from '../../src/text/site.ts';

export function siteHeader(currentUrl: string) {
  // The skip link sits inside the banner landmark (axe "region"), right after the quick exit.
  return html`<header class="gsn-header">
  <a class="gsn-skip-link" href="#inhalt">Zum Inhalt springen</a>
  <div class="kern-container gsn-header__inner">
    <a class="gsn-header__brand" href="/">
      <span class="gsn-header__name">${site.name}</span>
      <span class="gsn-header__by">Koordinationsprojekt Häusliche Gewalt</span>
    </a>
    <form class="gsn-search-form" action="/suche/" method="get" role="search" aria-label="Website durchsuchen">
      <label class="kern-sr-only" for="gsn-q">Suchbegriff</label>
      <input class="kern-form-input__input gsn-search-form__input" id="gsn-q" name="q" type="search" autocomplete="off" placeholder="Suchen, z. B. Frauenhaus Oldenburg">
      <button class="kern-btn kern-btn--secondary gsn-search-form__button" type="submit"><span class="kern-label">Suchen</span></button>
    </form>
  </div>
  <nav class="gsn-nav" aria-label="Hauptnavigation">
    <ul class="kern-container gsn-nav__list">
      ${mainNav.map(
        (item) =>
          html`<li><a class="gsn-nav__link" href="${item.href}"${currentUrl.startsWith(item.href) ? html` aria-current="${currentUrl === item.href ? 'page' : 'true'}"` : ''}>${item.label}</a></li>`,
      )}
    </ul>
  </nav>
</header>`;
}
