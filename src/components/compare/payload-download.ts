// The JSON download of what a delta run would send: each request body exactly as csc-api sends it (and
// writes it to a dry run's batches folder), in order. Runs in the compare worker and under Vitest.

export interface PayloadDownload {
  command: string;
  /** The request bodies, verbatim: each a JSON array of child records, partial records or deletions. */
  requests: string[];
}

export function payloadDownloadText({ command, requests }: PayloadDownload): string {
  const body = requests.length === 0 ? '' : `\n${requests.join(',\n')}\n`;
  return `{"command":${JSON.stringify(command)},"requests":[${body}]}\n`;
}

/** The command that sends these requests; --confirm-deletions when the vanished-share guard would stop it. */
export function payloadCommand(partial: boolean, confirmDeletions: boolean): string {
  return `csc-api run --mode delta${partial ? ' --partial' : ''}${confirmDeletions ? ' --confirm-deletions' : ''}`;
}
