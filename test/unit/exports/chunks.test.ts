/** Export files written piece by piece: the same bytes as the whole text, never held whole. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonWithList, joined } from '../../../src/exports/chunks.ts';
import { writeSiteFileChunks } from '../../../src/site/output.ts';

describe('jsonWithList', () => {
  const cases: [string, Record<string, unknown>, unknown[]][] = [
    ['no items', { count: 0 }, []],
    ['one item', { title: 'A' }, [{ a: 1 }]],
    ['brackets and quotes in the head and items', { title: 'x [] "y" ]}', nested: { list: [] } }, [{ t: '[]' }, ['[', ']'], 'a"b', null, 3]],
    ['umlauts and escapes', { title: 'Süd „Nord“ \u2028' }, [{ text: 'Zeile 1\nZeile 2 ä\u0000' }]],
  ];
  it.each(cases)('%s: exactly JSON.stringify of the whole object', (_, head, items) => {
    expect(joined(jsonWithList(head, 'items', items))).toBe(JSON.stringify({ ...head, items }));
  });

  it('takes items one at a time from a generator', () => {
    let made = 0;
    function* items() {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i };
      }
    }
    const chunks = jsonWithList({ n: 3 }, 'items', items());
    expect(chunks.next().value).toBe('{"n":3,"items":[');
    expect(made).toBe(0);
    expect(chunks.next().value).toBe('{"i":0}');
    expect(made).toBe(1);
  });
});

describe('writeSiteFileChunks', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gsn-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pieces in order, across the write buffer, and returns the size in UTF-8 bytes', () => {
    // More than the 64 KiB write buffer, with multi-byte characters on both sides of its edges.
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i}: Größe „${'ä'.repeat(i % 40)}“ – 𝄞\n`);
    const bytes = writeSiteFileChunks(dir, '/daten/test.json', pieces);
    const file = path.join(dir, 'daten', 'test.json');
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(bytes).toBe(statSync(file).size);
    expect(bytes).toBe(Buffer.byteLength(pieces.join(''), 'utf8'));
  });

  it('writes an empty file for no pieces', () => {
    expect(writeSiteFileChunks(dir, '/leer.txt', [])).toBe(0);
    expect(statSync(path.join(dir, 'leer.txt')).size).toBe(0);
  });
});
