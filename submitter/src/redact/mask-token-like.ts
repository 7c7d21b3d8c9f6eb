// Masks values that look like access tokens, for text stored by older versions of csc-api, which could
// keep a token the current process never saw (and so cannot name). Runs anywhere.

const bearer = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
/** A JSON Web Token: three base64url parts, the first a JSON object (so it starts `eyJ`). */
const jwt = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

export function maskTokenLike(text: string): string {
  return text.replace(bearer, '$1[redacted token]').replace(jwt, '[redacted token]');
}
