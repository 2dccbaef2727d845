/**
 * Export files as a sequence of pieces rather than one string: at 20,000 entries a file is tens
 * of megabytes, written while the build already holds every rendered page; piece by piece it
 * never exists whole in memory (nor does the object tree it is serialised from).
 */
export type Chunks = Iterable<string>;

/**
 * Exactly the text of `JSON.stringify({ ...head, [key]: [...items] })`, one item at a time.
 * `key` comes last, as in the files' documented shape.
 */
export function* jsonWithList(head: object, key: string, items: Iterable<unknown>): Generator<string> {
  const shell = JSON.stringify({ ...head, [key]: [] });
  const at = shell.lastIndexOf('[]');
  yield shell.slice(0, at + 1);
  let first = true;
  for (const item of items) {
    yield first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
    first = false;
  }
  yield shell.slice(at + 1);
}

/** Lazily maps a list, so only one item's object exists at a time. */
export function* mapped<T, U>(list: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of list) yield map(item);
}

export function joined(chunks: Chunks): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
