/**
 * How validation reads the content folder: listing and reading through the content gate
 * (./source-files.ts: links and devices are refused, never followed), every refusal reported
 * as a problem on the file, paths as editors see them.
 */
import path from 'node:path';
import { decode, fileProblem } from './parse.ts';
import type { Problem } from './problems.ts';
import { entryRefusal, listContentFolder, readContentFile, TEXT_LIMIT, type FolderEntry, type Refusal } from './source-files.ts';

/** Notes for whoever browses the folder on GitHub, and Git's placeholder for an empty folder. */
export const NOT_CONTENT = new Set(['README.md', '.gitkeep']);

/** A path as editors see it: relative to the project when inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** Listing and reading for one load; every problem goes to the load's list. */
export interface ContentReader {
  /** Reports a refused file or folder. */
  refuse(abs: string, refusal: Refusal): void;
  /** A folder's entries; refused and hidden ones are reported (hidden ones as a warning) and left out, a missing folder is empty. */
  listDir(dir: string): FolderEntry[];
  /** A file's text (UTF-8, BOM dropped, line ends \n), or undefined when it is reported as unreadable, refused or not UTF-8. */
  readText(abs: string, limit?: number): string | undefined;
  displayPath(abs: string): string;
  /** Files read so far. */
  filesChecked(): number;
}

export function contentReader(problems: Problem[]): ContentReader {
  let filesChecked = 0;
  const refuse = (abs: string, refusal: Refusal) => {
    problems.push(fileProblem(displayPath(abs), refusal.message, refusal.suggestion, refusal.rule));
  };
  // Hidden entries are not content: a warning says so instead of skipping them silently.
  const listDir = (dir: string): FolderEntry[] => {
    const listed = listContentFolder(dir);
    if ('missing' in listed) return [];
    if ('refusal' in listed) {
      // A link or device in its place was reported by the listing of the folder above.
      if (listed.refusal.rule !== 'symlink' && listed.refusal.rule !== 'not-regular') refuse(dir, listed.refusal);
      return [];
    }
    return listed.entries.filter((entry) => {
      if (NOT_CONTENT.has(entry.name)) return false;
      const abs = path.join(dir, entry.name);
      const refusal = entryRefusal(entry);
      if (refusal) {
        refuse(abs, refusal);
        return false;
      }
      if (entry.name.startsWith('.')) {
        const what = entry.kind === 'folder' ? 'Der Ordner' : 'Die Datei';
        problems.push({
          ...fileProblem(displayPath(abs), `${what} wird nicht gelesen und nicht veröffentlicht, weil der Name mit einem Punkt beginnt (versteckt).`, 'zum Veröffentlichen den Punkt am Anfang entfernen (einen Entwurf mit „draft: true“ kennzeichnen); sonst löschen', 'hidden-file'),
          severity: 'warning',
        });
        return false;
      }
      return true;
    });
  };
  const readText = (abs: string, limit = TEXT_LIMIT): string | undefined => {
    filesChecked++;
    const read = readContentFile(abs, limit);
    if ('missing' in read) {
      problems.push(fileProblem(displayPath(abs), 'Die Datei kann nicht gelesen werden.', 'Dateirechte prüfen', 'unreadable'));
      return undefined;
    }
    if ('refusal' in read) {
      refuse(abs, read.refusal);
      return undefined;
    }
    const decoded = decode(displayPath(abs), read.bytes);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      return undefined;
    }
    return decoded.text;
  };
  return { refuse, listDir, readText, displayPath, filesChecked: () => filesChecked };
}
