import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/fixtures/**'],
    // Builds the site once into a temporary folder; build and browser tests inject its path.
    globalSetup: ['test/support/site.ts'],
    // Browser tests start Chromium and run axe on whole pages; builds in tests take a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child processes (builds, Chromium) and native modules are safest in forks.
    pool: 'forks',
    // Two cores: two test files at a time. Each browser file runs one Chromium; more workers
    // would only make them compete for the CPU (and make timing-based checks flaky).
    fileParallelism: true,
    maxWorkers: Math.max(1, Math.min(2, availableParallelism())),
  },
});
