import { html } from '../../src/text/html.ts';

/** Thin strip under the header on every page: the two numbers that always help. */
export function emergencyStrip() {
  return html`<aside class="gsn-emergency" aria-label="Notrufnummern">
  <div class="kern-container gsn-emergency__inner">
    <span class="gsn-emergency__lead">In Gefahr?</span>
    <span class="gsn-emergency__item">Polizei <a class="gsn-emergency__number" href="tel:110">110</a></span>
    <span class="gsn-emergency__item">Hilfetelefon<span class="gsn-emergency__long"> Gewalt gegen Frauen</span> <a class="gsn-emergency__number" href="tel:116016">116 016</a></span>
    <span class="gsn-emergency__note">kostenlos, rund um die Uhr, in vielen Sprachen</span>
  </div>
</aside>`;
}

/** The larger box on the home and help pages. */
export function emergencyBox() {
  return html`<section class="kern-alert kern-alert--danger gsn-emergency-box" aria-labelledby="notfall">
  <div class="kern-alert__header">
    <h2 class="kern-title" id="notfall">Soforthilfe</h2>
  </div>
  <div class="kern-alert__body">
    <ul class="gsn-hotlines">
      <li class="gsn-hotline"><a class="gsn-hotline__number" href="tel:110">110</a> <span class="gsn-hotline__text">Polizei – bei akuter Gefahr</span></li>
      <li class="gsn-hotline"><a class="gsn-hotline__number" href="tel:116016">116 016</a> <span class="gsn-hotline__text">Hilfetelefon „Gewalt gegen Frauen“ – kostenlos, anonym, rund um die Uhr, in 18 Sprachen</span></li>
    </ul>
    <p class="kern-body">Sie werden beobachtet? Lesen Sie, wie Sie <a class="kern-link" href="/sicherheit/">sicher surfen und Spuren löschen</a>.</p>
  </div>
</section>`;
}
