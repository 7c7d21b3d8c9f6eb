// The page's side of the validator worker (browser main thread): numbers requests, routes progress, and
// drops the answer to any request that a newer request of the same kind has replaced.
import type { CheckAnswer, Finding, ResponseOf, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Answer<T extends WorkerRequest['type']> = T extends 'check'
  ? CheckAnswer
  : T extends 'sample'
    ? ResponseOf<'sample'>
    : T extends 'locate'
      ? ResponseOf<'located'>
      : ResponseOf<'record'>;

interface Pending {
  type: WorkerRequest['type'];
  resolve: (response: WorkerResponse | CheckAnswer | null) => void;
  onProgress?: (progress: ResponseOf<'progress'>) => void;
  /** A check's findings so far, by source, until its answer arrives. */
  findings: Finding[][];
}

/** The answer of a check, with the findings that came ahead of it put back in their sources. */
function withFindings(json: string, findings: Finding[][]): CheckAnswer {
  const answer = JSON.parse(json) as CheckAnswer;
  answer.results.forEach((result, source) => {
    const sent = findings[source];
    if (sent) result.report.findings = sent;
  });
  return answer;
}

export class CheckClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.#receive(event.data));
    worker.addEventListener('error', (event) =>
      this.#failAll(event.message || 'The checker stopped working.'),
    );
  }

  /**
   * Sends a request. Resolves with the answer, or with null when a newer request of the same type was sent
   * first (its answer is stale). Rejects with the worker's message when the request failed.
   */
  request<T extends WorkerRequest['type']>(
    body: Extract<RequestBody, { type: T }>,
    onProgress?: (progress: ResponseOf<'progress'>) => void,
  ): Promise<Answer<T> | null> {
    const id = this.#nextId++;
    for (const [otherId, pending] of this.#pending) {
      if (pending.type === body.type) {
        this.#pending.delete(otherId);
        pending.resolve(null);
      }
    }
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {
        type: body.type,
        onProgress,
        findings: [],
        resolve: (response) => {
          if (response && 'type' in response && response.type === 'failed')
            reject(new Error(response.message));
          else resolve(response as Answer<T> | null);
        },
      });
      this.#worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  #receive(response: WorkerResponse): void {
    const pending = this.#pending.get(response.id);
    // No entry: the request was replaced by a newer one, so this answer is stale.
    if (!pending) return;
    if (response.type === 'progress') {
      pending.onProgress?.(response);
      return;
    }
    if (response.type === 'findings') {
      const slice = JSON.parse(response.json) as Finding[];
      const list = pending.findings[response.source];
      if (list) for (const finding of slice) list.push(finding);
      else pending.findings[response.source] = slice;
      return;
    }
    this.#pending.delete(response.id);
    pending.resolve(response.type === 'checked' ? withFindings(response.json, pending.findings) : response);
  }

  #failAll(message: string): void {
    for (const [id, pending] of this.#pending) pending.resolve({ id, type: 'failed', message });
    this.#pending.clear();
  }
}
