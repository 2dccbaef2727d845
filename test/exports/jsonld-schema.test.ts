/**
 * Every JSON-LD block of the built site uses only properties schema.org defines for its type
 * (issue 18: `keywords` on GovernmentService, `areaServed` on CreativeWork). The blocks are
 * written as TypeScript constants typed `WithContext<Thing>` from schema-dts (the schema.org
 * vocabulary as types) and compiled: an unknown property or a wrong value type is a compile
 * error naming the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/server.ts';

const pages = loadPages(inject('siteDir'));

describe('JSON-LD against the schema.org vocabulary', () => {
  it('every block compiles as WithContext<Thing> (schema-dts)', () => {
    // Identical blocks (the same JSON on several pages) compile identically: each distinct block
    // is compiled once and its doc comment names every page that carries it.
    const pagesOf = new Map<string, string[]>();
    let count = 0;
    for (const page of pages) {
      for (const match of page.html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        const data = JSON.parse(match[1]!);
        // "query-input" is schema.org's annotation of an Action's input (documented with the
        // Actions, not a property of the vocabulary), so the types do not list it.
        if (data.potentialAction) delete data.potentialAction['query-input'];
        const json = JSON.stringify(data, null, 1);
        pagesOf.set(json, [...(pagesOf.get(json) ?? []), page.url]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(50);
    const blocks = [...pagesOf].map(([json, urls], i) => `/** ${urls.join(' ')} */\nexport const block${i}: WithContext<Thing> = ${json};`);
    // Inside node_modules so that 'schema-dts' resolves; removed afterwards.
    const dir = path.join(PROJECT_ROOT, 'node_modules', '.cache', `jsonld-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const file = path.join(dir, 'blocks.ts');
      writeFileSync(file, `import type { Thing, WithContext } from 'schema-dts';\n${blocks.join('\n')}\n`);
      const tsc = spawnSync(
        process.execPath,
        [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', file],
        { encoding: 'utf8' },
      );
      // Name the page of each error: the constant's doc comment sits on the line above it.
      const lines = `import\n${blocks.join('\n')}`.split('\n');
      const errors = [...tsc.stdout.matchAll(/blocks\.ts\((\d+),\d+\): (error TS\d+: .*)/g)].map(([, line, message]) => {
        const owner = lines
          .slice(0, Number(line))
          .reverse()
          .find((l) => l.startsWith('/** '));
        return `${owner ?? '?'} ${message!.slice(0, 300)}`;
      });
      expect(errors).toEqual([]);
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
