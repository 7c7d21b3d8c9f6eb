// csc-api's exit codes as table rows for the docs, from the one description the CLI's help also
// prints (submitter/src/exit-codes.ts). Runs at build time.
import { type ExitCode, exitCodeMeanings } from '../../submitter/src/exit-codes.ts';

/** A run of text; `code` marks what the description writes between backticks. */
export interface TextPart {
  text: string;
  code: boolean;
}

export interface ExitCodeRow {
  code: ExitCode;
  meaning: TextPart[];
  action: TextPart[];
}

function parts(text: string): TextPart[] {
  return text
    .split('`')
    .map((piece, index) => ({ text: piece, code: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

export function exitCodeRows(): ExitCodeRow[] {
  return Object.entries(exitCodeMeanings).map(([code, { meaning, action }]) => ({
    code: Number(code) as ExitCode,
    meaning: parts(meaning),
    action: parts(action),
  }));
}
