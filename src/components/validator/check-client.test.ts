import { describe, expect, it } from 'vitest';
import { CheckClient } from './check-client.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** Stands in for the Web Worker: records what the page sends and answers when the test says. */
class FakeWorker extends EventTarget {
  readonly sent: WorkerRequest[] = [];

  postMessage(request: WorkerRequest): void {
    this.sent.push(request);
  }

  answer(response: WorkerResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
}

function setUp() {
  const worker = new FakeWorker();
  return { worker, client: new CheckClient(worker as unknown as Worker) };
}

const checked = (id: number): WorkerResponse => ({
  id,
  type: 'checked',
  json: JSON.stringify({ results: [], rules: [], ms: id }),
});

describe('CheckClient', () => {
  it('numbers requests and resolves each with its own answer', async () => {
    const { worker, client } = setUp();
    const sample = client.request({ type: 'sample', kind: 'valid', spec: '1.0.1', count: 2, seed: 1 });
    const record = client.request({ type: 'record', source: 0, record: 3, pointer: '/3' });
    const [first, second] = worker.sent;
    expect(first?.id).not.toBe(second?.id);
    worker.answer({ id: second?.id ?? 0, type: 'record', text: '{}', line: null });
    worker.answer({ id: first?.id ?? 0, type: 'sample', text: '[]', records: 0 });
    expect(await record).toMatchObject({ type: 'record', text: '{}' });
    expect(await sample).toMatchObject({ type: 'sample', records: 0 });
  });

  it('drops the answer to a check that a newer check replaced', async () => {
    const { worker, client } = setUp();
    const older = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' });
    const newer = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' });
    expect(await older).toBeNull();
    const [first, second] = worker.sent;
    // The stale answer arrives first and must not be taken for the newer check's.
    worker.answer(checked(first?.id ?? 0));
    worker.answer(checked(second?.id ?? 0));
    // The answer is read from its JSON: `ms` carries the id of the response it came in.
    expect(await newer).toEqual({ results: [], rules: [], ms: second?.id });
  });

  it('puts the findings that arrive ahead of the answer back in their sources, in order', async () => {
    const { worker, client } = setUp();
    const older = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' });
    const check = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' });
    expect(await older).toBeNull();
    const [stale, current] = worker.sent.map((request) => request.id);
    const finding = (path: string) => ({ rule: 'schema.required', path });
    const slice = (id: number | undefined, source: number, paths: string[]): WorkerResponse => ({
      id: id ?? 0,
      type: 'findings',
      source,
      json: JSON.stringify(paths.map(finding)),
    });
    worker.answer(slice(stale, 0, ['/9']));
    worker.answer(slice(current, 1, ['/0']));
    worker.answer(slice(current, 0, ['/1', '/2']));
    worker.answer(slice(current, 0, ['/3']));
    const source = (name: string) => ({ name, report: { findings: [] } });
    worker.answer({
      id: current ?? 0,
      type: 'checked',
      json: JSON.stringify({ results: [source('a'), source('b'), source('c')], rules: [], ms: 1 }),
    });
    const answer = await check;
    expect(answer?.results.map((result) => result.report.findings.map((f) => f.path))).toEqual([
      ['/1', '/2', '/3'],
      ['/0'],
      [],
    ]);
  });

  it('passes progress to the request it belongs to, and rejects with the worker’s message', async () => {
    const { worker, client } = setUp();
    const seen: string[] = [];
    const check = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' }, (progress) =>
      seen.push(`${progress.stage} ${progress.done}/${progress.total}`),
    );
    const id = worker.sent[0]?.id ?? 0;
    worker.answer({ id, type: 'progress', source: 0, sources: 1, stage: 'schema', done: 5, total: 10 });
    worker.answer({ id, type: 'failed', message: 'Spec version 9.9.9 cannot be used for checking.' });
    await expect(check).rejects.toThrow('Spec version 9.9.9 cannot be used for checking.');
    expect(seen).toEqual(['schema 5/10']);
  });

  it('fails every waiting request when the worker itself fails', async () => {
    const { worker, client } = setUp();
    const check = client.request({ type: 'check', sources: [], spec: '1.0.1', mode: 'auto' });
    // Node has no ErrorEvent; an Event carrying a message has the shape the client reads.
    worker.dispatchEvent(Object.assign(new Event('error'), { message: 'Script error' }));
    await expect(check).rejects.toThrow('Script error');
  });
});
