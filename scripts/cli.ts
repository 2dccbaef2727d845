/** Runs a command-line script so that editors never see a stack trace. */
import { parseArgs } from 'node:util';
import { contentTodayProblem } from '../src/schema/clock.ts';
export class UsageError extends Error {}

export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(() => checkContentToday(process.env.CONTENT_TODAY))
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const code = (error as { code?: string })?.code ?? '';
        if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
          const message = code.startsWith('ERR_PARSE_ARGS') ? `Unbekannte oder unvollständige Option: ${(error as Error).message.replace(/^.*?'(.+?)'.*$/s, '$1')}` : (error as Error).message;
          process.stderr.write(`${message}\n`);
          process.exitCode = 2;
          return;
        }
        process.stderr.write(`Interner Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
        process.stderr.write('Bitte melden Sie diesen Fehler dem Entwicklungsteam (DEBUG=1 zeigt Details).\n');
        if (process.env.DEBUG) console.error(error);
        process.exitCode = 70;
      },
    );
}

/**
 * `--format text|github|json` (github by default under GitHub Actions) and `--dir`, for the report
 * commands; `--no-cache` where `cacheOption` (validate: `cache` false then); `--help` (`-h`)
 * prints `usage` and ends the process with exit 0.
 */
export function reportOptions(usage: string, { cacheOption = false } = {}): { format: 'text' | 'github' | 'json'; dir: string | undefined; cache: boolean } {
  const { values } = parseArgs({
    options: { format: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...(cacheOption ? { 'no-cache': { type: 'boolean' as const } } : {}) },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const format = values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github' && format !== 'json') {
    throw new UsageError(`Unbekanntes Format „${format}“: erlaubt sind text, github, json.`);
  }
  return { format, dir: values.dir, cache: !(values as { 'no-cache'?: boolean })['no-cache'] };
}

/** Colour on a terminal, never in logs; NO_COLOR and FORCE_COLOR are honoured. */
export function colourWanted(): boolean {
  if (process.env.FORCE_COLOR) return process.env.FORCE_COLOR !== '0';
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** `CONTENT_TODAY` must be a real date YYYY-MM-DD when set (src/schema/clock.ts): UsageError (exit 2) otherwise. */
function checkContentToday(value: string | undefined): void {
  const problem = contentTodayProblem(value);
  if (problem) throw new UsageError(problem);
}
