// Shows where a chosen finding is (browser main thread): its place in the editor when the editor's text was
// checked, else its record, fetched from the worker, in the record dialog.
import type { ShownFinding } from './finding-groups.ts';
import { store } from './validator-store.ts';
import { statusText } from './validator-text.ts';
import type { Position } from './worker-protocol.ts';

export async function revealFinding(finding: ShownFinding): Promise<void> {
  const checked = store.results.get().checked;
  const client = store.client.get();
  if (!checked || !client) return;
  if (checked.inEditor) {
    let position: Position | null | undefined = checked.results[finding.source]?.positions?.[finding.index];
    // Only the first findings are mapped to lines up front; the worker maps the rest when chosen.
    if (position === undefined) {
      const answer = await client.request({
        type: 'locate',
        source: finding.source,
        pointers: [finding.path],
      });
      position = answer?.positions[0];
    }
    if (position) store.editor.get()?.reveal(position);
    return;
  }
  if (finding.record === null) {
    store.status.set(statusText.wholeFile(finding.sourceName));
    return;
  }
  try {
    const answer = await client.request({
      type: 'record',
      source: finding.source,
      record: finding.record,
      pointer: finding.path,
    });
    if (answer) store.record.set({ finding, text: answer.text, line: answer.line });
  } catch (error) {
    store.status.set(error instanceof Error ? error.message : String(error));
  }
}
