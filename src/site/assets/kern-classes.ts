/**
 * Which KERN UX classes the site uses: every `kern-…` word in the template sources (not the
 * built pages, so the cost does not grow with the number of pages). Feeds ./prune-kern.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** This folder, relative to the project root (also when the build runs compiled, scripts/run.mjs): it names KERN classes only to process them, not to use them. */
const SELF = 'src/site/assets';

/** Where the template sources live, relative to the project root; scanned for `kern-…` classes. */
export const classSources: { dir: string; ext: string }[] = [
  { dir: '_includes', ext: '.ts' },
  { dir: 'src/site', ext: '.ts' },
  { dir: 'src/client', ext: '.js' },
  { dir: 'src/styles', ext: '.css' },
];

export interface UsedClasses {
  names: Set<string>;
  /** Every word of the sources: attribute selectors need their name (and `=` value) among them. */
  words: Set<string>;
  /** `kern-alert--` from a template like `kern-alert--${kind}`: every class starting so is kept. */
  prefixes: string[];
}

/** Every `kern-…` word (and every word) in the template sources. */
export function usedKernClasses(root: string): UsedClasses {
  const names = new Set<string>();
  const words = new Set<string>();
  for (const source of classSources) {
    const dir = path.join(root, source.dir);
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith(source.ext)).sort()) {
      if (path.join(dir, file).startsWith(path.join(root, SELF) + path.sep)) continue;
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const word of text.match(/(?<![\w-])kern-[\w-]*/g) ?? []) names.add(word);
      for (const word of text.match(/[\w-]+/g) ?? []) words.add(word.toLowerCase());
    }
  }
  // A prefix must name a component (`kern-alert--`), not all of KERN.
  const prefixes = [...names].filter((name) => name.endsWith('-') && /^kern-[a-z0-9]+-/.test(name)).sort();
  return { names, words, prefixes };
}
