/**
 * The benchmark's scratch folders (`/dev/shm/gsn-bench-<pid>-…`, a few hundred MB each): named
 * after the process that made them, so a later run can remove those whose process is gone
 * (killed, or ended before its `finally`) without touching a benchmark still running.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const WORK_PREFIX = 'gsn-bench-';

/** Whether a process with this id exists (EPERM: it does, but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes, in each of `dirs`, every `gsn-bench-<pid>-…` entry whose process no longer runs.
 * Entries without a process id (older benchmark versions) are left alone: it cannot be told
 * whether they are in use. Returns the paths removed; a folder that cannot be read is skipped.
 */
export function removeLeftovers(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = new RegExp(`^${WORK_PREFIX}(\\d+)-`).exec(name);
      if (!match || Number(match[1]) === process.pid || alive(Number(match[1]))) continue;
      rmSync(path.join(dir, name), { recursive: true, force: true });
      removed.push(path.join(dir, name));
    }
  }
  return removed;
}
