// One folder per run under the audit directory: each request body, each answer, and a JSONL run log.
// Everything written passes through the redactor. Runs in Node.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditWriteError } from '../errors.ts';
import { makePrivateFolder, privateFileMode } from '../private-files.ts';
import type { Redactor } from '../redact/redactor.ts';

export const runLogName = 'run-log.jsonl';

export class AuditFolder {
  readonly path: string;
  readonly #redactor: Redactor;
  readonly #now: () => Date;
  #failure: AuditWriteError | null = null;

  private constructor(path: string, redactor: Redactor, now: () => Date) {
    this.path = path;
    this.#redactor = redactor;
    this.#now = now;
  }

  /** `label` is `run-12` or `dry-run`; the folder name starts with the time so folders sort by date. */
  static create(auditDir: string, label: string, redactor: Redactor, now: () => Date): AuditFolder {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const path = join(auditDir, `${stamp}_${label}`);
    const batches = join(path, 'batches');
    try {
      makePrivateFolder(batches);
    } catch (error) {
      throw new AuditWriteError(batches, error);
    }
    return new AuditFolder(path, redactor, now);
  }

  /** Appends one event to the run log; written at once, so a killed process leaves a readable log. */
  event(type: string, data: Record<string, unknown> = {}): void {
    const line = JSON.stringify({ time: this.#now().toISOString(), event: type, ...data });
    this.#write(runLogName, (file) =>
      appendFileSync(file, `${this.#redactor.redact(line)}\n`, { mode: privateFileMode }),
    );
  }

  /** Saves the exact request body for a batch; returns the file name relative to the run folder. */
  writeRequest(batchId: number, body: string): string {
    const name = join('batches', `${batchName(batchId)}-request.json`);
    this.#write(name, (file) => writeFileSync(file, this.#redactor.redact(body), { mode: privateFileMode }));
    return name;
  }

  writeResponse(batchId: number, attempt: number, response: unknown): string {
    const name = join('batches', `${batchName(batchId)}-response-${attempt}.json`);
    this.#write(name, (file) =>
      writeFileSync(file, `${this.#redactor.redact(JSON.stringify(response, null, 2))}\n`, {
        mode: privateFileMode,
      }),
    );
    return name;
  }

  writeFile(name: string, text: string): void {
    this.#write(name, (file) => writeFileSync(file, this.#redactor.redact(text), { mode: privateFileMode }));
  }

  /** The first write that failed, if any. */
  get failure(): AuditWriteError | null {
    return this.#failure;
  }

  /**
   * The first failing write throws; later ones are skipped, so that closing the run after the stop
   * does not hide the first error behind another.
   */
  #write(name: string, write: (file: string) => void): void {
    if (this.#failure !== null) return;
    const file = join(this.path, name);
    try {
      write(file);
    } catch (error) {
      this.#failure = new AuditWriteError(file, error);
      throw this.#failure;
    }
  }
}

function batchName(batchId: number): string {
  return `batch-${String(batchId).padStart(6, '0')}`;
}
