/**
 * Which random inputs the property-based tests (fast-check) draw, set once per test file by
 * vitest's `setupFiles`:
 * - `FC_SEED=<integer>`: that seed, to replay a failure printed as `{ seed: …, path: … }`;
 * - `CI=true` (`.ci/run`, GitHub Actions): the fixed seed below, so a pull request is judged on the
 *   same generated inputs every time and cannot fail on a draw its change did not touch;
 * - otherwise (a developer's `npm test`): a new seed per run, which keeps exploring; a counterexample
 *   found that way becomes a fixed example or a generator fix in the test that found it.
 * The number of runs per property stays with each test.
 */
import fc from 'fast-check';

/** The seed of CI runs. Change it only together with a full local run that passes under it. */
export const CI_SEED = 20261201;

/** The seed for this process, or undefined for fast-check's own random seed; throws on a malformed `FC_SEED`. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const given = env.FC_SEED?.trim();
  if (given) {
    if (!/^-?\d{1,10}$/.test(given)) throw new Error(`FC_SEED muss eine ganze Zahl sein (z. B. FC_SEED=120008219), nicht „${given}“.`);
    return Number(given) | 0;
  }
  return env.CI === 'true' || env.CI === '1' ? CI_SEED : undefined;
}

const seed = propertySeed();
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
