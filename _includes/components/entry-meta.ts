import type { Entry } from '../../src/content/index.ts';
import { html } from '../../src/text/html.ts';
import { formatDate } from '../../src/text/format.ts';
import { sortRegions } from '../lib/region-names.ts';

/** "Landkreis Göttingen, Stadt Göttingen" or "landesweit" */
export function regionNames(entry: Pick<Entry, 'regions'>): string {
  return sortRegions(entry.regions)
    .map((region) => (region.id === 'niedersachsen' ? 'landesweit' : region.label))
    .join(', ');
}

/** The notices above an entry: invented sample entry, facts older than a year. */
export function entryNotices(entry: Entry) {
  return html`${
    entry.data.example
      ? html`<div class="kern-alert kern-alert--info gsn-notice" role="note" data-pagefind-ignore="all">
  <div class="kern-alert__header"><p class="kern-title">Beispieleintrag</p></div>
  <div class="kern-alert__body"><p class="kern-body">Erfunden, die Kontaktdaten sind nicht echt. Hilfe: <a class="kern-link" href="tel:116016">116 016</a>, im Notfall <a class="kern-link" href="tel:110">110</a>.</p></div>
</div>`
      : ''
  }${
    entry.stale
      ? html`<div class="kern-alert kern-alert--warning gsn-notice" role="note" data-pagefind-ignore="all">
  <div class="kern-alert__header"><p class="kern-title">Angaben älter als ein Jahr</p></div>
  <div class="kern-alert__body"><p class="kern-body">Zuletzt geprüft am ${formatDate(entry.data.reviewed)}: bitte vor einer Kontaktaufnahme nachfragen.</p></div>
</div>`
      : ''
  }`;
}

/** The "zuletzt geprüft" line at the end of every entry. */
export function reviewedLine(entry: Entry) {
  return html`<p class="gsn-reviewed" data-pagefind-ignore="all">Zuletzt geprüft: <time datetime="${entry.data.reviewed}">${formatDate(entry.data.reviewed)}</time>${entry.stale ? ' (älter als zwölf Monate)' : ''}</p>`;
}
