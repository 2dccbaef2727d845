import { html } from '../../src/text/html.ts';
import { footerNav, site } from '../../src/text/site.ts';

export function siteFooter() {
  return html`<footer class="gsn-footer">
  <div class="kern-container">
    <nav aria-label="Rechtliches und Service">
      <ul class="gsn-footer__list">
        ${footerNav.map((item) => html`<li><a class="kern-link" href="${item.href}">${item.label}</a></li>`)}
      </ul>
    </nav>
    <p class="kern-body kern-body--small">${site.name} ist ein Angebot des ${site.publisherGenitive}. Diese Website setzt keine Cookies und lädt nichts von fremden Servern.</p>
  </div>
</footer>`;
}
