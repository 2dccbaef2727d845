/**
 * Size limits for the texts the shelter guard reads word by word (./shelter-guard.ts): a
 * Frauenhaus entry, a translated help page, and the body of an initiative or network that refers
 * to a Frauenhaus. The guard is linear but does some fifty passes,
 * about a second per MB (docs/performance.md, issue 13); real Frauenhaus entries are 1–2 KB and
 * translated pages under 7 KB, so a limit far above both keeps `npm run validate` quick for any
 * input without refusing a real text. Every other file has the general limit (./source-files.ts
 * TEXT_LIMIT, 128 KB), checked before it is read.
 */
import { fileProblem } from './parse.ts';
import type { Problem } from './problems.ts';
import { fileSize } from './source-files.ts';

/** Largest Frauenhaus entry: its whole text as read (UTF-8, line ends as LF, no BOM) in bytes; some 15 times the longest real one. */
export const SHELTER_ENTRY_LIMIT = 32 * 1024;

/** Largest translated help page, measured the same way: some 10 times the longest real one. */
export const TRANSLATED_PAGE_LIMIT = 64 * 1024;

/**
 * An error when `text` (a whole file as read) is longer than `limit` bytes, else undefined. `what` names
 * the kind of file in the message ("Ein Frauenhaus-Eintrag"); `fix` is the suggestion.
 */
export function guardedSizeProblem(file: string, text: string, limit: number, what: string, fix: string): Problem | undefined {
  // UTF-8 is at most 3 bytes per UTF-16 unit: a shorter text is within the limit without counting.
  if (text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(text);
  if (bytes <= limit) return undefined;
  return fileProblem(file, `${what} darf höchstens ${fileSize(limit)} lang sein; der Text hat ${fileSize(bytes)} und wird erst nach dem Kürzen weiter geprüft`, fix, 'guarded-size');
}

/** The limit's error for a Frauenhaus entry (contacts with `kind: frauenhaus`), or undefined. */
export function shelterEntrySizeProblem(type: string, data: Record<string, unknown>, file: string, text: string): Problem | undefined {
  if (type !== 'contacts' || data.kind !== 'frauenhaus') return undefined;
  return guardedSizeProblem(
    file,
    text,
    SHELTER_ENTRY_LIMIT,
    'Ein Frauenhaus-Eintrag',
    'den Text kürzen: ein Frauenhaus-Eintrag nennt Träger, Telefon, Aufnahme und Angebote (die vorhandenen haben 1–2 KB); Ausführliches gehört auf eine Seite unter content/pages/',
  );
}

/**
 * Largest body of an initiative or network that refers to a Frauenhaus (bytes, UTF-8): the guard
 * reads it word by word for the shelter's address (`linkedShelterWarnings`); real ones have 1–3 KB.
 */
export const LINKED_ENTRY_LIMIT = 64 * 1024;

/** The limit's error for an initiative or network whose `body` refers to the Frauenhaus `slug` (`title`), or undefined. */
export function linkedEntrySizeProblem(file: string, body: string, title: string, slug: string): Problem | undefined {
  return guardedSizeProblem(
    file,
    body,
    LINKED_ENTRY_LIMIT,
    `Ein Eintrag, der auf ein Frauenhaus verweist (hier „${title}“, ${slug}),`,
    'den Text kürzen (die vorhandenen Initiativen und Netzwerke haben 1–3 KB) oder den Verweis auf das Frauenhaus entfernen',
  );
}

/** The limit's error for a translated help page, or undefined. */
export function translatedPageSizeProblem(file: string, text: string): Problem | undefined {
  return guardedSizeProblem(file, text, TRANSLATED_PAGE_LIMIT, 'Eine übersetzte Hilfeseite', 'den Text kürzen: die Übersetzung folgt der deutschen Seite, die unter 7 KB lang ist');
}
