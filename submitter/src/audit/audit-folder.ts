// One folder per run under the audit directory: each request body, each answer, and a JSONL run log.
// Everything written passes through the redactor. Runs in Node.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateFolder, privateFileMode } from '../private-files.ts';
import type { Redactor } from '../redact/redactor.ts';

export const runLogName = 'run-log.jsonl';

export class AuditFolder {
  readonly path: string;
  readonly #redactor: Redactor;
  readonly #now: () => Date;

  private constructor(path: string, redactor: Redactor, now: () => Date) {
    this.path = path;
    this.#redactor = redactor;
    this.#now = now;
  }

  /** `label` is `run-12` or `dry-run`; the folder name starts with the time so folders sort by date. */
  static create(auditDir: string, label: string, redactor: Redactor, now: () => Date): AuditFolder {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const path = join(auditDir, `${stamp}_${label}`);
    makePrivateFolder(join(path, 'batches'));
    return new AuditFolder(path, redactor, now);
  }

  /** Appends one event to the run log; written at once, so a killed process leaves a readable log. */
  event(type: string, data: Record<string, unknown> = {}): void {
    const line = JSON.stringify({ time: this.#now().toISOString(), event: type, ...data });
    appendFileSync(join(this.path, runLogName), `${this.#redactor.redact(line)}\n`, {
      mode: privateFileMode,
    });
  }

  /** Saves the exact request body for a batch; returns the file name relative to the run folder. */
  writeRequest(batchId: number, body: string): string {
    const name = join('batches', `${batchName(batchId)}-request.json`);
    writeFileSync(join(this.path, name), this.#redactor.redact(body), { mode: privateFileMode });
    return name;
  }

  writeResponse(batchId: number, attempt: number, response: unknown): string {
    const name = join('batches', `${batchName(batchId)}-response-${attempt}.json`);
    writeFileSync(join(this.path, name), `${this.#redactor.redact(JSON.stringify(response, null, 2))}\n`, {
      mode: privateFileMode,
    });
    return name;
  }

  writeFile(name: string, text: string): void {
    writeFileSync(join(this.path, name), this.#redactor.redact(text), { mode: privateFileMode });
  }
}

function batchName(batchId: number): string {
  return `batch-${String(batchId).padStart(6, '0')}`;
}
