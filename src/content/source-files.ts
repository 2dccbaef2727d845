/**
 * The one gate through which the content folder is read (DESIGN §6e): every reader of content
 * (validation, build, preview, `npm run schemas`, `npm run review`, the material downloads) lists
 * folders and reads or copies files only through this module.
 *
 * Only regular files and real folders are read. A symbolic link (to a file, a folder or a device
 * such as /dev/zero) is refused, never followed: a pull request must not publish a file from
 * outside the repository. Devices, pipes and sockets are refused before they are opened, so they
 * cannot hang the build. A file over its size limit is refused before its bytes are read.
 * Each file is opened with O_NOFOLLOW | O_NONBLOCK and checked again on the open descriptor, so a
 * file swapped for a link between listing and reading is refused too.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, writeSync, type Dirent, type Stats } from 'node:fs';

/**
 * Markdown and YAML files: 128 KB (KiB) is some 35 printed pages, far above any real entry (the
 * largest are ~7 KB). Up to it, any text is validated in under a second (issue 13;
 * docs/performance.md: a 256 KB list of changing list markers took 0.65 s of its own); a larger
 * file is refused before its bytes are read. Text downloads have their own, lower limit
 * (./text-downloads.ts TEXT_DOWNLOAD_LIMIT).
 */
export const TEXT_LIMIT = 128 * 1024;

/**
 * Files under content/materials/files/: 25 MB (MiB), the most GitHub's web upload (the editors'
 * way in, CONTRIBUTING.md) takes per file. Larger documents belong on their publisher's site
 * (`url`).
 */
export const MATERIAL_LIMIT = 25 * 1024 * 1024;

/** Why a file or folder is not read; German, for the validation report. */
export interface Refusal {
  message: string;
  suggestion: string;
  rule: 'symlink' | 'not-regular' | 'not-a-folder' | 'too-large' | 'unreadable';
}

export type EntryKind = 'file' | 'folder' | 'link' | 'other';

export interface FolderEntry {
  name: string;
  /** What the entry itself is (a link is never followed to see what it points at). */
  kind: EntryKind;
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

function kindOf(entry: Dirent | Stats): EntryKind {
  if (entry.isSymbolicLink()) return 'link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  return 'other';
}

const LINK: Refusal = {
  message: 'Hier liegt ein symbolischer Link; Links werden nicht gelesen, damit nichts von außerhalb des Inhaltsordners veröffentlicht wird.',
  suggestion: 'den Link löschen und an seine Stelle die Datei oder den Ordner selbst legen',
  rule: 'symlink',
};
const NOT_REGULAR: Refusal = {
  message: 'Das ist keine gewöhnliche Datei (sondern z. B. ein Gerät, eine Pipe oder ein Socket) und wird nicht gelesen.',
  suggestion: 'es löschen und an seiner Stelle eine gewöhnliche Datei ablegen',
  rule: 'not-regular',
};
const NOT_A_FOLDER: Refusal = {
  message: 'Hier wird ein Ordner erwartet, es ist aber keiner.',
  suggestion: 'die Datei entfernen und einen Ordner mit diesem Namen anlegen',
  rule: 'not-a-folder',
};
const UNREADABLE: Refusal = { message: 'Die Datei kann nicht gelesen werden.', suggestion: 'Dateirechte prüfen', rule: 'unreadable' };

/** "32 KB", "128 KB", "1 MB", "3,2 MB" (KiB and MiB, as file managers show them; KB below 1 MB, rounded up). */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('de-DE')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

function tooLarge(size: number, limit: number): Refusal {
  const rounded = fileSize(size);
  return {
    message: `Die Datei ist ${rounded === fileSize(limit) ? 'größer als erlaubt' : `${rounded} groß`}; erlaubt sind höchstens ${fileSize(limit)}. Sie wird nicht gelesen.`,
    suggestion:
      limit > TEXT_LIMIT
        ? 'die Datei verkleinern (z. B. das PDF komprimieren) oder auf der Website der Herausgeber bereitstellen und mit „url“ verlinken'
        : 'den Text kürzen oder auf mehrere Einträge verteilen',
    rule: 'too-large',
  };
}

/**
 * The entries of a content folder, each with what it itself is (links not followed).
 * `missing: true` when the folder does not exist (not every content folder has to);
 * a refusal when the folder is a link or not a folder at all.
 */
export function listContentFolder(abs: string): { entries: FolderEntry[] } | { missing: true } | { refusal: Refusal } {
  let stats: Stats;
  try {
    stats = lstatSync(abs);
  } catch {
    return { missing: true };
  }
  const kind = kindOf(stats);
  if (kind === 'link') return { refusal: LINK };
  if (kind === 'other') return { refusal: NOT_REGULAR };
  if (kind !== 'folder') return { refusal: NOT_A_FOLDER };
  try {
    // withFileTypes reports what each entry is without following it (lstat where the file system does not say).
    const entries = readdirSync(abs, { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
    return { entries: entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  } catch {
    return { refusal: { ...UNREADABLE, message: 'Der Ordner kann nicht gelesen werden.' } };
  }
}

/** Why a listed entry is refused as a file, if it is: links and anything but files and folders. */
export function entryRefusal(entry: FolderEntry): Refusal | undefined {
  if (entry.kind === 'link') return LINK;
  if (entry.kind === 'other') return NOT_REGULAR;
  return undefined;
}

/**
 * Size of a regular file, or why it is refused; nothing is read. `missing` when there is none.
 */
export function checkContentFile(abs: string, limit: number): { size: number } | { missing: true } | { refusal: Refusal } {
  let stats: Stats;
  try {
    stats = lstatSync(abs);
  } catch {
    return { missing: true };
  }
  return refusalOf(stats, limit) ?? { size: stats.size };
}

function refusalOf(stats: Stats, limit: number): { refusal: Refusal } | undefined {
  const kind = kindOf(stats);
  if (kind === 'link') return { refusal: LINK };
  if (kind !== 'file') return { refusal: kind === 'folder' ? { ...NOT_REGULAR, message: 'Hier wird eine Datei erwartet, es ist aber ein Ordner.', suggestion: 'den Ordner entfernen und die Datei an seine Stelle legen' } : NOT_REGULAR };
  if (stats.size > limit) return { refusal: tooLarge(stats.size, limit) };
  return undefined;
}

/**
 * Opens a content file for reading: never through a link at its last step (O_NOFOLLOW), never
 * waiting on a pipe (O_NONBLOCK), and checked once more on the descriptor itself.
 */
function openChecked(abs: string, limit: number): { fd: number; size: number } | { missing: true } | { refusal: Refusal } {
  const before = checkContentFile(abs, limit);
  if (!('size' in before)) return before;
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { refusal: LINK };
    if (code === 'ENOENT') return { missing: true };
    return { refusal: UNREADABLE };
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    closeSync(fd);
    return { refusal: UNREADABLE };
  }
  const refused = refusalOf(stats, limit);
  if (refused) {
    closeSync(fd);
    return refused;
  }
  return { fd, size: stats.size };
}

/** Reads at most limit + 1 bytes: a file that grew past its limit since fstat is still refused. */
function readAll(fd: number, size: number, limit: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length > limit ? undefined : buffer.subarray(0, length);
}

/**
 * The bytes of a content file. Errors: none thrown; a refusal says why it was not read
 * (link, not a regular file, over `limit` bytes, unreadable); `missing` when there is no file.
 */
export function readContentFile(abs: string, limit = TEXT_LIMIT): { bytes: Buffer } | { missing: true } | { refusal: Refusal } {
  const opened = openChecked(abs, limit);
  if (!('fd' in opened)) return opened;
  try {
    const bytes = readAll(opened.fd, opened.size, limit);
    return bytes ? { bytes } : { refusal: tooLarge(limit + 1, limit) };
  } catch {
    return { refusal: UNREADABLE };
  } finally {
    closeSync(opened.fd);
  }
}

/** Thrown by copyContentFile: the file changed into something refused after validation. */
export class ContentFileError extends Error {}

/**
 * Copies a content file (a material's download) to `target` under the same rules as reading it,
 * in 1 MB pieces. Errors: ContentFileError (German message naming the file) when the source is
 * refused or gone; write errors as thrown by node:fs.
 */
export function copyContentFile(abs: string, shown: string, target: string, limit = MATERIAL_LIMIT): void {
  const opened = openChecked(abs, limit);
  if (!('fd' in opened)) {
    throw new ContentFileError(`${shown}: ${'refusal' in opened ? opened.refusal.message : 'Die Datei fehlt.'}`);
  }
  let out: number | undefined;
  try {
    out = openSync(target, 'w');
    const piece = Buffer.allocUnsafe(Math.min(opened.size + 1, 1024 * 1024));
    let copied = 0;
    for (;;) {
      const read = readSync(opened.fd, piece, 0, piece.length, null);
      if (read === 0) break;
      copied += read;
      if (copied > limit) throw new ContentFileError(`${shown}: ${tooLarge(copied, limit).message}`);
      writeSync(out, piece, 0, read);
    }
  } finally {
    closeSync(opened.fd);
    if (out !== undefined) closeSync(out);
  }
}
