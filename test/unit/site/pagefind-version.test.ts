/**
 * src/client/search.js speaks Pagefind's worker messages directly, which are Pagefind internals
 * (src/site/search/bundle.ts). A different Pagefind version must be a conscious upgrade: this
 * test fails with instructions whenever the installed, declared or locked version is not the one
 * the search page was written for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_VERSION } from '../../../src/site/search/bundle.ts';

const UPGRADE = `src/client/search.js spricht die internen Worker-Nachrichten von Pagefind ${PAGEFIND_VERSION}. Vor einem Update: die Nachrichten in pagefind-worker.js prüfen, die Such-Browsertests laufen lassen, dann PAGEFIND_VERSION in src/site/search/bundle.ts und die exakte Version in package.json ändern.`;

const json = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;

describe('Pagefind version pin', () => {
  it('the installed Pagefind is the version search.js was written for', () => {
    // pagefind's "exports" hide its package.json from resolution; it is where the build imports it from.
    const installed = json<{ name: string; version: string }>('../../../node_modules/pagefind/package.json');
    expect(installed.name).toBe('pagefind');
    expect(installed.version, `Installiert ist Pagefind ${installed.version}. ${UPGRADE}`).toBe(PAGEFIND_VERSION);
  });

  it('package.json and package-lock.json pin exactly that version (no range)', () => {
    const declared = json<{ dependencies: Record<string, string> }>('../../../package.json').dependencies.pagefind;
    expect(declared, `package.json verlangt "pagefind": "${declared}". ${UPGRADE}`).toBe(PAGEFIND_VERSION);
    const lock = json<{ packages: Record<string, { version?: string; dependencies?: Record<string, string> }> }>('../../../package-lock.json').packages;
    expect(lock['']!.dependencies!.pagefind, `package-lock.json verlangt eine andere Pagefind-Version. ${UPGRADE}`).toBe(PAGEFIND_VERSION);
    expect(lock['node_modules/pagefind']!.version, `package-lock.json sperrt eine andere Pagefind-Version. ${UPGRADE}`).toBe(PAGEFIND_VERSION);
  });
});
