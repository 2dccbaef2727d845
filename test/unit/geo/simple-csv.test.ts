/**
 * The fast CSV reading of the postcode table (src/geo/simple-csv.ts) returns exactly what
 * csv-parse returns with the options the table is read with, whenever it answers at all; on
 * generated tables (commas, quotes, spaces, tabs, carriage returns, empty lines, repeated or
 * empty column names, ragged lines) and on the real table.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleCsvRecords } from '../../../src/geo/simple-csv.ts';
import { POSTCODE_CSV } from '../../../src/geo/postcodes.ts';

const OPTIONS = { columns: true, skip_empty_lines: true, trim: true } as const;

/** csv-parse's reading, or 'throws'. */
function reference(text: string): unknown {
  try {
    return parse(text, OPTIONS);
  } catch {
    return 'throws';
  }
}

const field = fc.oneof({ arbitrary: fc.stringMatching(/^[a-zA-Z0-9äöü]{0,6}$/), weight: 12 }, { arbitrary: fc.stringMatching(/^[a-z "'\t\r ]{0,4}$/), weight: 1 });
/** Mostly tables with the same number of fields on every line; now and then a ragged or empty line. */
const table = fc
  .integer({ min: 1, max: 4 })
  .chain((width) =>
    fc.tuple(
      fc.array(fc.oneof({ arbitrary: fc.array(field, { minLength: width, maxLength: width }), weight: 12 }, { arbitrary: fc.array(field, { maxLength: 5 }), weight: 1 }), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom('', '\n', '\n\n', '\r\n'),
    ),
  )
  .map(([lines, end]) => lines.map((fields) => fields.join(',')).join('\n') + end);

describe('simpleCsvRecords', () => {
  it('reads the postcode table as csv-parse does', () => {
    const text = readFileSync(POSTCODE_CSV, 'utf8');
    const records = simpleCsvRecords(text);
    expect(records).toBeDefined();
    expect(records).toEqual(parse(text, OPTIONS));
  });

  it('answers only where its reading equals csv-parse’s', () => {
    let answered = 0;
    fc.assert(
      fc.property(table, (text) => {
        const records = simpleCsvRecords(text);
        if (records === undefined) return;
        answered++;
        expect(records).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
    // The property is about something: plain tables are answered.
    expect(answered).toBeGreaterThan(20);
  });

  it('leaves quotes, spaces around fields and ragged lines to csv-parse', () => {
    expect(simpleCsvRecords('a,b\n"x",y\n')).toBeUndefined();
    expect(simpleCsvRecords('a,b\n x,y\n')).toBeUndefined();
    expect(simpleCsvRecords('a,b\nx\n')).toBeUndefined();
    expect(simpleCsvRecords('a,b\n\nx,y\n')).toBeUndefined();
    expect(simpleCsvRecords('a,a\nx,y\n')).toBeUndefined();
    expect(simpleCsvRecords('a,b\nx,y\n')).toEqual([{ a: 'x', b: 'y' }]);
  });
});
