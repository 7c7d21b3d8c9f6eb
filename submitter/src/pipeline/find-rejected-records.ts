// Reads which records a 400 answer names, when its text points at them as `$[3]` or `[3].field`.
// Only a bracket at the start of a path counts: `social_care_episodes[0]` names an episode, not record 0.
// Runs anywhere.

export function findRejectedRecords(message: string, recordCount: number): number[] {
  const indexes = new Set<number>();
  for (const match of message.matchAll(/(?:^|[\s"'(,:])\$?\[(\d+)\]/g)) {
    const index = Number(match[1]);
    if (index < recordCount) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b);
}
