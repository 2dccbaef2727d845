import { html } from '../../src/text/html.ts';
import type { Strings } from '../../src/i18n/strings.ts';

/** Thin strip under the header on every page: the two numbers that always help. */
export function emergencyStrip(ui?: Strings) {
  if (ui) return translatedStrip(ui);
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
export function emergencyBox(ui?: Strings, safetyHref = '/sicherheit/') {
  if (ui) return translatedBox(ui, safetyHref);
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

/** The strip in another language (/<lang>/): numbers isolated left-to-right. */
function translatedStrip(ui: Strings) {
  return html`<aside class="gsn-emergency" aria-label="${ui.emergency_region}">
  <div class="kern-container gsn-emergency__inner">
    <span class="gsn-emergency__lead">${ui.emergency_lead}</span>
    <span class="gsn-emergency__item">${ui.emergency_police} <a class="gsn-emergency__number" href="tel:110" dir="ltr">110</a></span>
    <span class="gsn-emergency__item">${ui.emergency_helpline} <a class="gsn-emergency__number" href="tel:116016" dir="ltr">116&nbsp;016</a></span>
    <span class="gsn-emergency__note">${ui.emergency_note}</span>
  </div>
</aside>`;
}

function translatedBox(ui: Strings, safetyHref: string) {
  return html`<section class="kern-alert kern-alert--danger gsn-emergency-box" aria-labelledby="notfall">
  <div class="kern-alert__header">
    <h2 class="kern-title" id="notfall">${ui.emergency_box_title}</h2>
  </div>
  <div class="kern-alert__body">
    <ul class="gsn-hotlines">
      <li class="gsn-hotline"><a class="gsn-hotline__number" href="tel:110" dir="ltr">110</a> <span class="gsn-hotline__text">${ui.emergency_box_police}</span></li>
      <li class="gsn-hotline"><a class="gsn-hotline__number" href="tel:116016" dir="ltr">116&nbsp;016</a> <span class="gsn-hotline__text">${ui.emergency_box_helpline}</span></li>
    </ul>
    <p class="kern-body">${ui.emergency_box_safety} <a class="kern-link" href="${safetyHref}">${ui.emergency_box_safety_link}</a></p>
  </div>
</section>`;
}
