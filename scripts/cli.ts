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
