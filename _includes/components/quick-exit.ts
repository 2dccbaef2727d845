import { html } from '../../src/text/html.ts';
import { site } from '../../src/text/site.ts';
import type { Strings } from '../../src/i18n/strings.ts';

/**
 * "Seite verlassen": first in tab order, a plain link without JavaScript; with JavaScript
 * (assets/js/quick-exit.js) it hides the page at once and leaves with location.replace.
 */
export function quickExit(ui?: Strings) {
  return html`<section class="gsn-exit" aria-label="${ui?.exit_region ?? 'Schnellausstieg'}">
  <a class="gsn-exit__link kern-btn kern-btn--primary" href="${site.exitUrl}" rel="noreferrer" data-quick-exit>
    <span class="kern-label">${ui?.exit_label ?? 'Seite verlassen'}</span>
  </a>
  <p class="gsn-exit__hint" id="gsn-exit-hint">${ui?.exit_hint ?? 'Schnell weg: dreimal die Umschalttaste drücken'}</p>
  <p class="kern-sr-only" id="gsn-exit-status" role="status" aria-live="polite"${ui ? html` data-s1="${ui.exit_shift_1}" data-s2="${ui.exit_shift_2}" data-s3="${ui.exit_shift_3}"` : ''}></p>
</section>`;
}
