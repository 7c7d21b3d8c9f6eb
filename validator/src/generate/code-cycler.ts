// Codes from the spec's code sets, handed out in turn so a batch of a few dozen generated records uses
// every code in each set. Runs anywhere.
import { codeSets } from '../spec/spec-data.ts';

/** The codes of a set that are still in use. */
export function codesOf(name: string): string[] {
  return (codeSets[name]?.codes ?? []).filter((c) => !c.superseded && c.current !== false).map((c) => c.code);
}

/** Hands out codes in turn, so a batch of a few dozen records uses every code in each set. */
export class Cycler {
  private readonly next = new Map<string, number>();
  take(name: string, codes: readonly string[]): string {
    const n = this.next.get(name) ?? 0;
    this.next.set(name, n + 1);
    return codes[n % codes.length] as string;
  }
}
