import { html } from '../../src/text/html.ts';
import { site } from '../../src/text/site.ts';

/**
 * "Seite verlassen": first in tab order, a plain link without JavaScript; with JavaScript
 * (assets/js/quick-exit.js) it hides the page at once and leaves with location.replace.
 */
export function quickExit() {
  return html`<section class="gsn-exit" aria-label="Schnellausstieg">
  <a class="gsn-exit__link kern-btn kern-btn--primary" href="${site.exitUrl}" rel="noreferrer" data-quick-exit>
    <span class="kern-label">Seite verlassen</span>
  </a>
  <p class="gsn-exit__hint" id="gsn-exit-hint">Schnell weg: dreimal die Umschalttaste drücken</p>
  <p class="kern-sr-only" id="gsn-exit-status" role="status" aria-live="polite"></p>
</section>`;
}
