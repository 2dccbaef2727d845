/**
 * Table cells read with their column's header (issue 13, session 14): a statistics table in a
 * Frauenhaus entry (`| Jahr | Frauen | Kinder |` / `| 2023 | 45 | 60 |`) publishes bare numbers
 * whose unit is the header. A cell holding only a number is read as "45 Frauen", so the number
 * rule (./harmless-numbers.ts) judges it as the reader does: a count under "Frauen", a year under
 * "Jahr", and under "Nr" or "Hausnummer" still a house number ("5 Nr" is refused). A number whose
 * cell to the left names a street (`| Musterstr. | 5 |` under "Frauen") keeps no header: read bare,
 * as the number rule reads a number right after a street, it is refused.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { streetWord } from './location-finder.ts';

/** A cell's text that is one number, perhaps a decimal ("45", "1.250", "87,5"). */
const BARE_NUMBER = /^\s*\d{1,7}(?:[.,]\d{1,3})*\s*$/;

/** Follows markdown-it's table tokens; `read` gives an inline token's text as it reads in its column. */
export class TableCells {
  private headers: string[] = [];
  private column = -1;
  private cell: 'th' | 'td' | undefined;
  /** The text of the cell to the left in this row ('' at the row's start). */
  private left = '';
  private current = '';

  /** Sees one block token of the body (in order). */
  see(token: Token): void {
    switch (token.type) {
      case 'table_open':
        this.headers = [];
        break;
      case 'tr_open':
        this.column = -1;
        this.current = '';
        break;
      case 'th_open':
      case 'td_open':
        this.column++;
        this.cell = token.type === 'th_open' ? 'th' : 'td';
        this.left = this.current;
        this.current = '';
        break;
      case 'th_close':
      case 'td_close':
        this.cell = undefined;
        break;
    }
  }

  /** The text of an inline token (`text`, as visible) as read: a bare number in a body cell with its header after it. */
  read(text: string): string {
    if (this.cell) this.current += text;
    if (this.cell === 'th') this.headers[this.column] = text.trim().slice(0, 80);
    else if (this.cell === 'td' && BARE_NUMBER.test(text) && this.headers[this.column] && !streetWord(this.left)) return `${text.trim()} ${this.headers[this.column]}`;
    return text;
  }
}
