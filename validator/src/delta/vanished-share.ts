// The guard against a truncated extract: when more than this share of the children the DfE holds are
// missing from today's snapshot, csc-api sends no deletions without --confirm-deletions. Runs anywhere.

/** The default of CSC_MAX_VANISHED_SHARE (--max-vanished-share). */
export const defaultMaxVanishedShare = 0.05;

export interface VanishedShareVerdict {
  vanished: number;
  held: number;
  /** vanished ÷ held; 1 when the DfE held nobody. */
  share: number;
  maxShare: number;
  /** True when the deletions would be sent without --confirm-deletions. */
  allowed: boolean;
}

export function vanishedShareVerdict(
  vanished: number,
  held: number,
  maxShare = defaultMaxVanishedShare,
): VanishedShareVerdict {
  const share = held === 0 ? 1 : vanished / held;
  return { vanished, held, share, maxShare, allowed: vanished === 0 || share <= maxShare };
}

/** A share as people read it: one decimal place at most, for example 12.5%. */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
