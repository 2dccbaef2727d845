/**
 * Which content files a second thread checks (./check-pool.ts): the largest first, each to the
 * thread with less to do so far (the second on a tie) ("longest processing time first"), by characters as the measure
 * of work. The main thread starts with a head start: the translated help pages, which it checks
 * itself while the other thread works.
 */

/** A file by its absolute path and its size (bytes or characters: only the ratios count). */
export interface SizedFile {
  abs: string;
  size: number;
}

/**
 * The files for the second thread (absolute paths), given the main thread's `headStart` (same
 * unit as the sizes). Deterministic: equal sizes keep their order.
 */
export function filesForSecondThread(files: readonly SizedFile[], headStart: number): Set<string> {
  const largestFirst = [...files].sort((a, b) => b.size - a.size);
  const second = new Set<string>();
  let main = headStart;
  let other = 0;
  for (const file of largestFirst) {
    if (other <= main) {
      second.add(file.abs);
      other += file.size;
    } else main += file.size;
  }
  return second;
}

/** The size of what filesForSecondThread gives the second thread. */
export function secondThreadShare(files: readonly SizedFile[], headStart: number): number {
  const second = filesForSecondThread(files, headStart);
  return files.reduce((sum, file) => sum + (second.has(file.abs) ? file.size : 0), 0);
}
