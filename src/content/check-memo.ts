/**
 * How a step of the load asks for a result kept from an earlier run: a pure check (same parts,
 * same result) is looked up under `parts` and computed only when none was kept
 * (./kept-outcomes.ts `memo`, through loadContent). Without kept outcomes every check runs.
 */

/** The kept result under `parts` (which name the check and everything it reads), or `compute()`'s, kept. */
export type CheckMemo = <T>(parts: readonly string[], compute: () => T) => T;

/** No kept outcomes: computes every time. */
export const computeNow: CheckMemo = (_parts, compute) => compute();
