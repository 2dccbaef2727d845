/**
 * A second thread for the content checks of `npm run validate` (issue 13): the machine has two
 * cores and a load of one large file used one. The main thread starts the worker before it loads
 * the validator's modules (the worker loads them at the same time, on the other core), then
 * hands it the largest files (./check-split.ts) and checks the rest and the translated pages
 * itself. `loadContent` takes the outcomes back in the files' order, so the report is the same
 * byte for byte as on one thread.
 *
 * Only node: modules and two small ones are imported here: this module runs before the
 * validator is loaded. A worker costs its own start-up (~0.3 s of CPU: the whole bundle is
 * compiled and evaluated once more), so it is started only when its share of the content is at
 * least WORKER_MIN_BYTES; below that, one thread is faster and cheaper. And only when a core is
 * spare (1-minute load average at most the cores less one): on a busy machine the two threads
 * share the same cores and the worker's start-up is pure cost (measured: 1 MB at load 8, 3.4 s
 * wall on one thread against 5.1 s on two, docs/performance.md).
 *
 * The main thread waits for an outcome synchronously (loadContent is synchronous): the worker
 * posts the outcome on a MessagePort and bumps a shared counter; the main thread takes messages
 * with receiveMessageOnPort and sleeps on the counter with Atomics.wait.
 */
import { lstatSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { contentDir } from './content-dir.ts';
import { filesForSecondThread, secondThreadShare, type SizedFile } from './check-split.ts';
import type { FileCheckJob, FileChecks, PortableOutcome } from './file-checks.ts';

/**
 * A second thread pays off from this share of the content on (bytes of Markdown). Measured
 * (docs/performance.md, issue 13): the worker's start-up is ~0.3 s of CPU, the checks ~1 s per MB.
 */
export const WORKER_MIN_BYTES = 256 * 1024;

/** What the worker is started with (workerData). */
interface WorkerSetup {
  role: 'gsn-file-checks';
  port: MessagePort;
  signal: Int32Array;
}

/** No reply for this long: the worker is taken for dead and the main thread checks the file itself. */
const GIVE_UP_MS = 120_000;

/** True in a worker started by startFileChecks: the script then serves checks (./check-worker.ts) instead of running. */
export function isFileCheckWorker(): boolean {
  return (workerData as WorkerSetup | undefined)?.role === 'gsn-file-checks';
}

/** The worker's end of the channel (in the worker). */
export function workerChannel(): { port: MessagePort; signal: Int32Array } {
  const { port, signal } = workerData as WorkerSetup;
  return { port, signal };
}

/** When to start a worker: `auto` (by size and spare core), `never`, or `always` (large or not: tests, measurements). */
export type ThreadChoice = 'auto' | 'never' | 'always';

/** True when the machine has a core to spare: the 1-minute load average is at most the cores less one. */
export function coreToSpare(): boolean {
  return os.loadavg()[0]! <= os.availableParallelism() - 1;
}

/**
 * Starts a worker running `entry` (the calling script, which serves checks when
 * isFileCheckWorker() is true) when the content in `dir` (as loadContent's `dir`) is large
 * enough for two threads and a core is spare (`choice` 'auto'; `minBytes` defaults to
 * WORKER_MIN_BYTES); undefined otherwise. Call `close()` when the load is done. Never throws for
 * content: an unreadable folder counts as empty.
 */
export function startFileChecks(entry: URL, dir?: string, choice: ThreadChoice = 'auto', minBytes = WORKER_MIN_BYTES): FileChecks | undefined {
  if (choice === 'never' || (choice === 'auto' && !coreToSpare())) return undefined;
  const root = contentDir(dir);
  const headStart = markdownSizes(path.join(root, 'translations'), 2).reduce((sum, file) => sum + file.size, 0);
  if (choice === 'auto' && secondThreadShare(contentFileSizes(root), headStart) < minBytes) return undefined;
  const channel = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const setup: WorkerSetup = { role: 'gsn-file-checks', port: channel.port2, signal };
  const worker = new Worker(entry, { workerData: setup, transferList: [channel.port2] });
  // Never keeps the process alive: the main thread waits for what it needs synchronously.
  worker.unref();
  // A worker that failed (seen only when the main thread is not waiting) answers nothing more: its files are checked here.
  let failed = false;
  worker.on('error', () => (failed = true));
  const port = channel.port1;
  port.unref();
  const replies = new Map<number, PortableOutcome | { error: string }>();
  let nextId = 0;

  const take = (id: number): PortableOutcome | undefined => {
    let waited = 0;
    for (;;) {
      const reply = replies.get(id);
      if (reply) {
        replies.delete(id);
        return 'error' in reply ? undefined : reply;
      }
      const seen = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(port) as { message: { id: number } & (PortableOutcome | { error: string }) } | undefined;
      if (message) {
        replies.set(message.message.id, message.message);
        waited = 0;
        continue;
      }
      if (failed || waited >= GIVE_UP_MS) return undefined;
      if (Atomics.wait(signal, 0, seen, 1000) === 'timed-out') waited += 1000;
    }
  };

  return {
    split: (files) => filesForSecondThread(files, headStart),
    check(job: FileCheckJob) {
      const id = nextId++;
      port.postMessage({ id, ...job });
      return () => take(id);
    },
    close() {
      port.close();
      void worker.terminate();
    },
  };
}

/** Markdown files (regular files only, links not followed) in the subfolders of `root`: what loadContent will check, roughly. */
function contentFileSizes(root: string): SizedFile[] {
  const files: SizedFile[] = [];
  for (const folder of entries(root)) {
    if (!folder.isDirectory() || folder.name === 'translations' || folder.name === 'vocabularies') continue;
    files.push(...markdownSizes(path.join(root, folder.name), 1));
  }
  return files;
}

/** Sizes of the regular `.md` files in `dir`, down `depth` levels of real folders. */
function markdownSizes(dir: string, depth: number): SizedFile[] {
  const files: SizedFile[] = [];
  for (const entry of entries(dir)) {
    const abs = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.md')) files.push({ abs, size: sizeOf(abs) });
    else if (entry.isDirectory() && depth > 1) files.push(...markdownSizes(abs, depth - 1));
  }
  return files;
}

function sizeOf(abs: string): number {
  try {
    return lstatSync(abs).size;
  } catch {
    return 0;
  }
}

function entries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
