// Shows progress on a terminal, one line rewritten in place; silent when output is not a terminal
// or under --json. Runs in Node.
import type { OutputStream } from '../redact/redacting-stream.ts';

export interface Progress {
  /** `total` is null while it is not known yet (records streamed from a file). */
  update(label: string, done: number, total: number | null): void;
  done(): void;
}

export const silentProgress: Progress = { update() {}, done() {} };

export function terminalProgress(stream: OutputStream, json: boolean): Progress {
  if (json || stream.isTTY !== true) return silentProgress;
  let last = 0;
  let shown = false;
  return {
    update(label, done, total) {
      const now = Date.now();
      // Redrawing more often than 10 times a second costs time and shows nothing new.
      if (now - last < 100 && (total === null || done < total)) return;
      last = now;
      shown = true;
      if (total === null) {
        stream.write(`\r${label}: ${done.toLocaleString('en-GB')}\u001b[K`);
        return;
      }
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      stream.write(
        `\r${label}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} (${percent}%)\u001b[K`,
      );
    },
    done() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
