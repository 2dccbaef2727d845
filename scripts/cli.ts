/** Runs a command-line script so that editors never see a stack trace. */
export class UsageError extends Error {}

export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
          process.stderr.write(`${(error as Error).message}\n`);
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
