/**
 * The build's timeline for profiling: with BUILD_TIMINGS set, each step prints when it ended,
 * in seconds since the process started (docs/performance.md, "Where the time goes").
 */
import { performance } from 'node:perf_hooks';

const enabled = Boolean(process.env.BUILD_TIMINGS);

export function mark(step: string): void {
  if (enabled) process.stdout.write(`[${(performance.now() / 1000).toFixed(2)} s] ${step}\n`);
}
