/**
 * The errors the Frauenhaus guard gives one entry, for the guard's unit tests: a contact of kind
 * `frauenhaus` in Celle with `data` over these fields and `body` as its text, checked by
 * `shelterProblems` (the number rule included). `frauenhausErrors` leaves warnings out.
 */
import { expect } from 'vitest';
import { shelterProblems } from '../../src/content/shelter-guard.ts';

/** Every problem (errors and warnings) the guard gives that entry. */
export function frauenhausProblems(body: string, data: Record<string, unknown> = {}) {
  return shelterProblems('contacts', 'frauenhaus-test', {
    file: 'content/contacts/frauenhaus-test.md',
    data: { title: 'Frauenhaus Test', kind: 'frauenhaus', summary: 'Ein Eintrag nur für diesen Test.', address: { city: 'Celle' }, ...data },
    body,
    bodyLine: 12,
    lineOf: () => 9,
    frontmatter: '',
  } as never);
}

export function frauenhausErrors(body: string, data: Record<string, unknown> = {}) {
  return frauenhausProblems(body, data).filter((p) => p.severity === 'error');
}

/**
 * Expects the guard to refuse `text` as a location (a message that says the location is
 * confidential); with `data`, the fields are checked in an entry whose body is harmless.
 */
export function expectRefused(text: string, data: Record<string, unknown> = {}): void {
  const errors = frauenhausErrors(Object.keys(data).length ? 'Wir helfen.' : text, data);
  expect(errors, `${text} ${JSON.stringify(data)}`).not.toEqual([]);
  expect(errors[0]!.message, text).toContain('vertraulich');
}

/** Expects the guard to let `text` pass as a Frauenhaus body. */
export function expectPasses(text: string): void {
  expect(frauenhausErrors(text), text).toEqual([]);
}
