import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ChromiumFirstSequencer } from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/fixtures/**'],
    // Builds the site once into a temporary folder; build and browser tests inject its path.
    globalSetup: ['test/support/site.ts'],
    // Fixed property-test inputs under CI, a new draw locally, FC_SEED to replay (test/support/property-seed.ts).
    setupFiles: ['test/support/property-seed.ts'],
    // Browser tests start Chromium and run axe on whole pages; builds in tests take a few seconds.
    testTimeout: 60_000,
    // A hook may build a site: on a loaded machine that alone can take a minute.
    hookTimeout: 180_000,
    // Child processes (builds, Chromium) and native modules are safest in forks.
    pool: 'forks',
    // A worker keeps the modules it loaded for the next file (the content layer, zod, markdown-it…):
    // importing them anew for each of 70 files cost about two minutes of CPU. No module holds state
    // between files (the graph is passed as an argument), and the whole suite passes this way.
    isolate: false,
    // One test file per core: the run is CPU-bound (the machine over 90 % busy with 2 workers, a
    // third gave the same wall time; docs/performance.md, "Session 14, whole suite").
    fileParallelism: true,
    maxWorkers: Math.max(1, Math.min(2, availableParallelism())),
    // The files that drive Chromium take minutes each: started first, none of them runs alone at the end.
    sequence: { sequencer: ChromiumFirstSequencer },
  },
});
