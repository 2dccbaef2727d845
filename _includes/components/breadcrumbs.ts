import { html } from '../../src/text/html.ts';

export interface Crumb {
  href: string;
  label: string;
  /** The label's language where it differs from the page's (a German region name on /ar/…): lang and ltr. */
  lang?: string;
}

/** Trail from the home page to the current page (the last crumb is the page itself, not a link). */
export function breadcrumbs(trail: Crumb[], home: Crumb = { href: '/', label: 'Startseite' }, label = 'Brotkrümelpfad') {
  if (!trail.length) return '';
  const all = [home, ...trail];
  return html`<nav class="gsn-breadcrumbs" aria-label="${label}">
  <ol class="gsn-breadcrumbs__list">
    ${all.map((crumb, i) => {
      const lang = crumb.lang ? html` lang="${crumb.lang}" dir="ltr"` : '';
      return i === all.length - 1
        ? html`<li><a href="${crumb.href}" aria-current="page"${lang}>${crumb.label}</a></li>`
        : html`<li><a class="kern-link" href="${crumb.href}"${lang}>${crumb.label}</a></li>`;
    })}
  </ol>
</nav>`;
}
