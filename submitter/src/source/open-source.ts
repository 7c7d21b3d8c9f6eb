// Picks the source for a run. Files are the default; other sources register here. Runs in Node.
import { FileSource } from './file-source.ts';
import type { Source } from './source.ts';

export function openSource(input: string): Source {
  return new FileSource(input);
}
