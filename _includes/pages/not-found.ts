/** 404.html: say plainly what happened and offer the ways on, help first. */
import { html, type Html } from '../../src/text/html.ts';
import { basePage } from '../layouts/base.ts';

export function notFoundPage(): Html {
  const body = html`<h1 class="kern-heading-large">Seite nicht gefunden</h1>
<p class="kern-body--large">Diese Adresse gibt es auf unserer Website nicht (mehr). Vielleicht wurde der Eintrag umbenannt oder entfernt.</p>
<h2 class="kern-heading-medium">So geht es weiter</h2>
<ul class="kern-list">
  <li><a class="kern-link" href="/hilfe/">Hilfe in Ihrer Region finden</a></li>
  <li><a class="kern-link" href="/suche/">Die Website durchsuchen</a></li>
  <li><a class="kern-link" href="/kontakte/">Kontakte</a>, <a class="kern-link" href="/initiativen/">Initiativen</a>, <a class="kern-link" href="/netzwerke/">Netzwerke</a>, <a class="kern-link" href="/materialien/">Materialien</a></li>
  <li><a class="kern-link" href="/">Zur Startseite</a></li>
</ul>
<p class="kern-body">Im Notfall: Polizei <a class="kern-link" href="tel:110">110</a>, Hilfetelefon Gewalt gegen Frauen <a class="kern-link" href="tel:116016">116 016</a>.</p>`;
  return basePage({ title: 'Seite nicht gefunden', description: 'Diese Seite gibt es nicht.', url: '/404.html', body });
}
