// Starts the bundled CLI (see build-cli.ts) as a child process, for tests that kill it part way
// through a run. Runs in Node under Vitest.
import { type ChildProcess, spawn } from 'node:child_process';

export interface SpawnedCli {
  child: ChildProcess;
  /** Resolves with the signal that ended the process, or null when it exited by itself. */
  exited: Promise<NodeJS.Signals | null>;
  /** Everything written to stdout and stderr so far, in the order it arrived. */
  output: () => string;
}

/** `launcher` is a command the CLI runs under, for example `['unshare', '-pf', '--mount-proc']`. */
export function spawnCli(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  launcher: string[] = [],
): SpawnedCli {
  const [command, ...rest] = [...launcher, process.execPath, entry, ...args] as [string, ...string[]];
  const child = spawn(command, rest, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return { child, exited, output: () => output };
}
