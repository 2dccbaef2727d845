/** test/support/property-seed.ts: which seed the property-based tests draw from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, propertySeed } from '../../support/property-seed.ts';

describe('property-test seed', () => {
  it('CI draws the fixed seed, FC_SEED replays a given one, a developer run draws anew', () => {
    expect(propertySeed({ CI: 'true' })).toBe(CI_SEED);
    expect(propertySeed({ CI: '1' })).toBe(CI_SEED);
    expect(propertySeed({ CI: 'true', FC_SEED: '120008219' })).toBe(120008219);
    expect(propertySeed({ FC_SEED: ' -42 ' })).toBe(-42);
    expect(propertySeed({})).toBeUndefined();
    expect(propertySeed({ CI: 'false' })).toBeUndefined();
    expect(() => propertySeed({ FC_SEED: 'abc' })).toThrow(/FC_SEED muss eine ganze Zahl sein/);
  });

  it('the setup file handed this process’s seed to fast-check, and a seed fixes the draw', () => {
    expect(fc.readConfigureGlobal()?.seed).toBe(propertySeed());
    const draw = () => fc.sample(fc.integer(), { seed: CI_SEED, numRuns: 20 });
    expect(draw()).toEqual(draw());
  });
});
