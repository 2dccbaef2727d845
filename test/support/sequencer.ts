/**
 * Order of the test files: those that drive Chromium first, the rest after, each group in vitest's
 * own order (longest first when an earlier run's durations are known, else larger files first).
 * The browser files take minutes each; started last on a fresh clone (CI has no durations), one of
 * them would run alone at the end while the other workers sit idle.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A test file that opens pages in Chromium: it imports playwright, the browser session helpers or
 * the checks split over several files (page-quality.ts, translation-checks.ts).
 */
export function drivesChromium(file: string): boolean {
  return /from ['"](?:playwright-core|\.\.\/support\/(?:browser|session|page-quality|translation-checks)\.ts)['"]/.test(readFileSync(file, 'utf8'));
}

export class ChromiumFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((file) => drivesChromium(file.moduleId));
    return [...browser, ...sorted.filter((file) => !browser.includes(file))];
  }
}
