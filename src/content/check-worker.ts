/**
 * The worker side of ./check-pool.ts: checks each file it is sent with loadContent's own
 * checkFile, on the load's day, and posts the outcome back. A check that throws is reported as
 * an error: the main thread then checks the file itself (and meets the same exception there).
 */
import { withToday } from '../schema/clock.ts';
import { workerChannel } from './check-pool.ts';
import { portableOutcome, type FileCheckJob } from './file-checks.ts';
import { checkFile } from './load.ts';

/** Serves checks until the main thread closes the channel. */
export function serveFileChecks(): void {
  const { port, signal } = workerChannel();
  port.on('message', (job: FileCheckJob & { id: number }) => {
    try {
      const outcome = withToday(job.today, () => checkFile(job.type, job.slug, job.file, job.text, job.reserved));
      port.postMessage({ id: job.id, ...portableOutcome(outcome, job.text) });
    } catch (error) {
      port.postMessage({ id: job.id, error: String(error) });
    }
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
