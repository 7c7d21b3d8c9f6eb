// The contract every command folder implements. Runs in Node.
import type { ParseArgsConfig } from 'node:util';
import type { ExitCode } from './exit-codes.ts';
import type { Redactor } from './redact/redactor.ts';

/** What a command gets from the outside world: passed in, so tests can give fakes. */
export interface CommandContext {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  readonly fetch: typeof globalThis.fetch;
  /** Masks secrets in everything written to stdout and stderr; commands add secrets as they learn them. */
  readonly redactor?: Redactor;
}

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
}

/** A command's options and code; its name and one-line summary are in commands/index.ts. */
export interface Command {
  /** Full usage text for `csc-api COMMAND --help`. */
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly allowPositionals?: boolean;
  run(args: ParsedArgs, context: CommandContext): Promise<ExitCode>;
}
