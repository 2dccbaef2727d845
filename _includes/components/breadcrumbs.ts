import { html } from '../../src/text/html.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** Trail from the home page to the current page (the last crumb is the page itself, not a link). */
export function breadcrumbs(trail: Crumb[], home: Crumb = { href: '/', label: 'Startseite' }, label = 'Brotkrümelpfad') {
  if (!trail.length) return '';
  const all = [home, ...trail];
  return html`<nav class="gsn-breadcrumbs" aria-label="${label}">
  <ol class="gsn-breadcrumbs__list">
    ${all.map((crumb, i) =>
      i === all.length - 1 ? html`<li><a href="${crumb.href}" aria-current="page">${crumb.label}</a></li>` : html`<li><a class="kern-link" href="${crumb.href}">${crumb.label}</a></li>`,
    )}
  </ol>
</nav>`;
}
