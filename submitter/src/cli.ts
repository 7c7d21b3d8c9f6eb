// Parses argv, finds the command and runs it; the one catch that turns what it throws into an exit
// code (errors.ts decides which). Runs in Node.
import { parseArgs } from 'node:util';
import type { CommandContext } from './command.ts';
import { commands } from './commands/index.ts';
import { CscApiError, exitCodeFor } from './errors.ts';
import { ExitCode, exitCodeMeanings } from './exit-codes.ts';
import { redactingStream } from './redact/redacting-stream.ts';
import { Redactor } from './redact/redactor.ts';
import { version, versionLine } from './version.ts';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `csc-api ${version}: check and send children's social care data to the DfE CSC API`,
    '',
    'Usage: csc-api COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `csc-api COMMAND --help` for a command’s options.',
    '',
    'Exit codes:',
    ...Object.entries(exitCodeMeanings).map(([code, { summary }]) => `${code.padStart(4)}  ${summary}`),
    '',
  ].join('\n');
}

export function defaultContext(): CommandContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    fetch: globalThis.fetch,
  };
}

export async function main(argv: string[], outside: CommandContext = defaultContext()): Promise<ExitCode> {
  // Every byte written by any command passes the redactor; secrets in the environment are known from the start.
  const redactor = outside.redactor ?? new Redactor();
  redactor.add('CLIENT_SECRET', outside.env.CLIENT_SECRET);
  redactor.add('SUPPLIER_KEY', outside.env.SUPPLIER_KEY);
  const context: CommandContext = {
    ...outside,
    stdout: redactingStream(outside.stdout, redactor),
    stderr: redactingStream(outside.stderr, redactor),
    redactor,
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(overview());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${versionLine()}\n`);
    return ExitCode.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    context.stderr.write(`csc-api: there is no command called "${name}".\n\n${overview()}`);
    return ExitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout.write(`${command.usage.trimEnd()}\n`);
    return ExitCode.ok;
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    context.stderr.write(`csc-api ${name}: ${(error as Error).message}\n\n${command.usage.trimEnd()}\n`);
    return ExitCode.usage;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof CscApiError) {
      context.stderr.write(`csc-api ${name}: ${error.message}\n`);
      return exitCodeFor(error);
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr.write(
      `csc-api ${name}: this is a bug in csc-api ${version} (Node ${process.version}). ` +
        `Report it with the text below.\n${detail}\n`,
    );
    return ExitCode.bug;
  }
}
