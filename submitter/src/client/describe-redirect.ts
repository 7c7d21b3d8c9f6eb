// What to say when a server answers with a redirect, which csc-api never follows. Runs anywhere.

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** The host a redirect points to (the Location header may be relative), or what to say when there is none. */
export function redirectTarget(location: string | null, requestUrl: string): string {
  if (location === null || location.trim() === '') return 'no address (it sent no Location header)';
  try {
    return new URL(location, requestUrl).host;
  } catch {
    return 'an address that cannot be read';
  }
}

/**
 * `setting` is the one to check (API_ENDPOINT or TOKEN_ENDPOINT); `withheld`, when given, says what a
 * followed redirect would have carried to the other host.
 */
export function describeRedirect(
  status: number,
  location: string | null,
  requestUrl: string,
  setting: string,
  withheld?: string,
): string {
  const kept = withheld === undefined ? '' : `, so ${withheld} did not go there`;
  return (
    `${new URL(requestUrl).host} answered ${status}, a redirect to ${redirectTarget(location, requestUrl)}. ` +
    `csc-api never follows redirects${kept}. Check ${setting} against the DfE portal; ` +
    'if it is right, ask IT whether a proxy or gateway is redirecting requests.'
  );
}
