/**
 * CPU priority for the last stretch of a production build. Pagefind's index writing is the
 * build's longest step; while it runs, Eleventy renders and writes the remaining pages, and on
 * two cores the two compete: the index, and with it the build, then finishes some 0.3 s later
 * than it could (docs/performance.md). Lowering this process's priority lets Pagefind's process,
 * started earlier at normal priority, have the CPU first; Eleventy uses what Pagefind leaves.
 *
 * An unprivileged process cannot raise its priority again, so only a build that ends its process
 * (scripts/build.ts) allows this; `npm start` and builds inside tests never lower it.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';

let allowed = false;

/** Called by a build that ends the process when it is done. */
export function allowLowerPriority(): void {
  allowed = true;
}

/** Lowest priority for every thread of this process, if allowed; failures change nothing. */
export function lowerPriority(): void {
  if (!allowed) return;
  const lowest = os.constants.priority.PRIORITY_LOW;
  let threads: string[];
  try {
    // Linux sets priorities per thread: every thread of the process (main, libuv's, V8's).
    threads = readdirSync('/proc/self/task');
  } catch {
    threads = [];
  }
  if (!threads.length) {
    try {
      os.setPriority(lowest);
    } catch {
      // Not permitted here: the build is only slower.
    }
    return;
  }
  for (const thread of threads) {
    try {
      os.setPriority(Number(thread), lowest);
    } catch {
      // The thread has ended since the listing.
    }
  }
}
