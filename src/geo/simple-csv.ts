/**
 * A fast reading of the simplest CSV tables: what csv-parse returns for
 * `{ columns: true, skip_empty_lines: true, trim: true }`, for a text where that reading is
 * plain splitting. Used for the postcode table, which validation reads on every run (csv-parse
 * takes ~40 ms for its 1,100 lines, splitting ~2 ms; issue 13).
 */

/**
 * The records of `text` (first line: column names) as objects keyed by column name, or undefined
 * when the text needs a real CSV parser: quotes, carriage returns, a byte order mark, space or
 * tab around a field, an empty column name, a repeated name, a line with another number of
 * fields, or an empty line other than the last. Never throws.
 */
export function simpleCsvRecords(text: string): Record<string, string>[] | undefined {
  if (/["\r\uFEFF\t]/.test(text)) return undefined;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const columns = lines[0]?.split(',');
  if (!columns || new Set(columns).size !== columns.length) return undefined;
  const plain = (field: string) => field === field.trim();
  if (!columns.every((name) => name !== '' && name !== '__proto__' && plain(name))) return undefined;
  const records: Record<string, string>[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = lines[i]!.split(',');
    if (fields.length !== columns.length || !fields.every(plain) || lines[i] === '') return undefined;
    const record: Record<string, string> = {};
    columns.forEach((name, k) => (record[name] = fields[k]!));
    records.push(record);
  }
  return records;
}
