/**
 * The guard's expectations for its unit tests: refused as a location, or passing. Apart from
 * ./frauenhaus-entry.ts, which probe scripts import outside vitest.
 */
import { expect } from 'vitest';
import { frauenhausErrors } from './frauenhaus-entry.ts';

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
