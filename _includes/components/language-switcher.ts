import type { Alternate } from '../../src/i18n/alternates.ts';
import { html } from '../../src/text/html.ts';

/**
 * Links to this page in every language, each named in itself and marked with its own `lang`
 * and direction, so a screen reader reads "العربية" in Arabic. `current`: the page's language.
 */
export function languageSwitcher(alternates: readonly Alternate[], current: string, label = 'Sprachen – Languages') {
  const shown = alternates.filter((a) => a.hreflang !== 'x-default');
  if (shown.length < 2) return '';
  return html`<nav class="gsn-languages" aria-label="${label}">
  <ul class="gsn-languages__list">
    ${shown.map((a) =>
      a.hreflang === current
        ? html`<li><a class="gsn-languages__link" href="${a.href}" hreflang="${a.hreflang}" lang="${a.hreflang}" dir="${a.dir}" aria-current="page">${a.name}</a></li>`
        : html`<li><a class="kern-link gsn-languages__link" href="${a.href}" hreflang="${a.hreflang}" lang="${a.hreflang}" dir="${a.dir}">${a.name}</a></li>`,
    )}
  </ul>
</nav>`;
}
