/** Runs the editors' command-line scripts as CI does: a child process in the project root. */
import path from 'node:path';
import { ROOT } from '../helpers.ts';

export const REVIEW_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'review');
/** The review fixture's files as the scripts print them (relative to the project root). */
export const REVIEW_SHOWN = 'test/fixtures/review';
/** "Today" for the review fixture: 12 months back is 2025-11-20. */
export const REVIEW_TODAY = '2026-11-20';

// The scripts run as CI does, through the shared runner (clean environment, project root).
export { runScript } from '../helpers.ts';
