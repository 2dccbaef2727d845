/**
 * Content files checked elsewhere (another thread, ./check-pool.ts): the job, the outcome in a
 * form that crosses threads (structured clone), and the option loadContent takes.
 *
 * A FileOutcome holds one function per record, `lineOf` (a lazy line lookup in the frontmatter,
 * ./yaml.ts `lazyLineOf`); it is left out in the worker and made again here from the file's
 * frontmatter, which the worker sends along. Everything else is plain data.
 */
import matter from 'gray-matter';
import type { ContentType } from '../schema/index.ts';
import type { FileOutcome } from './load-update.ts';
import { lazyLineOf } from './yaml.ts';

/** One file to check, as loadContent's checkFile takes it, with the load's "today". */
export interface FileCheckJob {
  type: ContentType;
  slug: string;
  /** The path as reported. */
  file: string;
  text: string;
  reserved: readonly string[];
  /** YYYY-MM-DD: the date rules use the day of the load. */
  today: string;
}

/** A FileOutcome without its functions, and the frontmatter to make them again. */
export interface PortableOutcome {
  outcome: FileOutcome;
  frontmatter: string;
}

/**
 * LoadOptions.checks: another thread that checks some content files. `split` names the files
 * (absolute paths, of those given with their length in characters) it takes; `check` hands one
 * over and returns a function that waits for its outcome (undefined when the other thread failed:
 * the caller then checks the file itself).
 */
export interface FileChecks {
  split(files: readonly { abs: string; size: number }[]): Set<string>;
  check(job: FileCheckJob): () => PortableOutcome | undefined;
  close(): void;
}

/** The outcome ready to post; `text` is the file's text (its frontmatter is sent along). */
export function portableOutcome(outcome: FileOutcome, text: string): PortableOutcome {
  if (!outcome.record && !outcome.invalid) return { outcome, frontmatter: '' };
  const plain: FileOutcome = { ...outcome };
  if (outcome.record) plain.record = { ...outcome.record, lineOf: undefined as never };
  if (outcome.invalid) plain.invalid = { ...outcome.invalid, lineOf: undefined as never };
  return { outcome: plain, frontmatter: frontmatterOf(text) };
}

/** The outcome as checkFile returned it in the other thread. */
export function revivedOutcome({ outcome, frontmatter }: PortableOutcome): FileOutcome {
  // checkFile's records and invalid records both look lines up in the frontmatter read from line 0 (./parse.ts).
  if (outcome.record) outcome.record.lineOf = lazyLineOf(frontmatter);
  if (outcome.invalid) outcome.invalid.lineOf = lazyLineOf(frontmatter);
  return outcome;
}

/** The frontmatter as parseContent (./parse.ts) hands it to the YAML reader: the same gray-matter call. */
function frontmatterOf(text: string): string {
  let frontmatter = '';
  matter(text, {
    language: 'yaml',
    engines: {
      yaml: (source: string) => {
        frontmatter = source;
        return {};
      },
    },
  });
  return frontmatter;
}
