/**
 * The errors the Frauenhaus guard gives one entry, for the guard's unit tests: a contact of kind
 * `frauenhaus` in Celle with `data` over these fields and `body` as its text, checked by
 * `shelterProblems` (the number rule included). `frauenhausErrors` leaves warnings out.
 */
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
