import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return {
    chunks,
    stream: Object.assign(
      { write: (chunk: string) => chunks.push(chunk) > 0 },
      { isTTY },
    ) as unknown as NodeJS.WritableStream & {
      isTTY: boolean;
    },
  };
}

describe('terminalProgress', () => {
  it('rewrites one line on a terminal and ends it when done', () => {
    const { chunks, stream: out } = stream(true);
    const progress = terminalProgress(out, false);
    progress.update('Sending', 0, 2000);
    progress.update('Sending', 2000, 2000);
    progress.done();
    expect(chunks[0]).toBe('\rSending: 0 of 2,000 (0%)\u001b[K');
    expect(chunks[1]).toBe('\rSending: 2,000 of 2,000 (100%)\u001b[K');
    expect(chunks[2]).toBe('\n');
  });

  it('counts without a percentage while the total is not known', () => {
    const { chunks, stream: out } = stream(true);
    terminalProgress(out, false).update('Checked', 1500, null);
    expect(chunks).toEqual(['\rChecked: 1,500\u001b[K']);
  });

  it('stays silent when the output is not a terminal, or under --json', () => {
    const piped = stream(false);
    terminalProgress(piped.stream, false).update('Sending', 1, 2);
    const json = stream(true);
    terminalProgress(json.stream, true).update('Sending', 1, 2);
    expect(piped.chunks).toEqual([]);
    expect(json.chunks).toEqual([]);
  });
});
