/** Where the content lives: no dependencies, so a script can find it before loading the validator. */
import path from 'node:path';

/** The content folder, absolute: `dir`, else $CONTENT_DIR, else ./content. */
export function contentDir(dir?: string): string {
  return path.resolve(dir ?? process.env.CONTENT_DIR ?? 'content');
}
