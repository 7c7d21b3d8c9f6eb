// Raised inside a run when it cannot go on (access refused, API unreachable). Runs anywhere.
import type { ExitCode } from '../exit-codes.ts';

export class StopRun extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'StopRun';
    this.exitCode = exitCode;
  }
}
