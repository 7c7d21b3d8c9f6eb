// Starts csc-api from the command line: the npm package's bin script and the executables call start().
// Runs in Node.
import { main } from './cli.ts';

/**
 * node:sqlite announces itself as experimental when first loaded; the API csc-api uses is settled, and the
 * notice would alarm people reading scheduled-task logs. Other warnings still print.
 */
function hideSqliteExperimentalWarning(): void {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('SQLite is an experimental feature')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
}

export async function start(): Promise<void> {
  hideSqliteExperimentalWarning();
  process.exitCode = await main(process.argv.slice(2));
}
