/**
 * The build's timeline for profiling: with BUILD_TIMINGS set, each step prints when it ended,
 * in seconds since the process started, and the CPU time (user + system) this process had used
 * by then. On the shared machine the CPU figure is the comparable one (docs/performance.md,
 * "Where the time goes"); Pagefind's own process is not in it.
 */
import { performance } from 'node:perf_hooks';

const enabled = Boolean(process.env.BUILD_TIMINGS);

export function mark(step: string): void {
  if (!enabled) return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`[${(performance.now() / 1000).toFixed(2)} s, CPU ${((user + system) / 1e6).toFixed(2)} s] ${step}\n`);
}
