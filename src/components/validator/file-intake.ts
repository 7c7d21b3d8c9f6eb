// Takes files chosen or dropped on the validator page (browser main thread): a single file small enough
// opens in the editor; larger files, or several, wait to be checked in the worker without opening.
import { decodeUtf8, encodingProblemMessage } from 'csc-api-validator/utf8-text';
import { editorLimitBytes } from './limits.ts';
import { store } from './validator-store.ts';
import { inputText, statusText } from './validator-text.ts';

function isJsonFile(file: File): boolean {
  return /\.(json|ndjson|jsonl)$/i.test(file.name);
}

/** Puts text in the editor under a name, in place of any files waiting to be checked. */
export function openInEditor(name: string, text: string): void {
  store.pendingFiles.set([]);
  store.editor.get()?.setValue(text);
  store.editorName.set(name);
}

export async function takeFiles(files: File[]): Promise<void> {
  const wrong = files.find((file) => !isJsonFile(file));
  if (wrong) {
    store.summary.set({ kind: 'problem', message: inputText.notJson(wrong.name) });
    return;
  }
  const only = files[0];
  if (files.length === 1 && only && only.size <= editorLimitBytes) {
    const decoded = decodeUtf8(new Uint8Array(await only.arrayBuffer()));
    if (decoded.problem !== undefined) {
      store.summary.set({ kind: 'problem', message: encodingProblemMessage(only.name, decoded.problem) });
      return;
    }
    openInEditor(only.name, decoded.text);
    store.status.set(statusText.inEditor(only.name));
    return;
  }
  store.pendingFiles.set(files);
  if (files.length > 0) store.status.set(statusText.filesChosen(files.length));
}
