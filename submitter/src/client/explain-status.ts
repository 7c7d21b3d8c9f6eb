// What each answer from the DfE API means for an LA, in plain English. Runs anywhere.

export function explainStatus(status: number): string {
  switch (status) {
    case 200:
      return 'The API accepted the request and the credentials work.';
    case 204:
      return 'The API accepted the credentials and had nothing to store (an empty list was sent).';
    case 400:
      return 'The API accepted the credentials and rejected the body. For the empty test list this is expected: the connection works.';
    case 401:
      return 'The API rejected the token or the SupplierKey. Check CLIENT_ID, CLIENT_SECRET, SCOPE and SUPPLIER_KEY against the DfE portal.';
    case 403:
      return 'The API refused access. Check that SUPPLIER_KEY and the OAuth credentials are for the LA code in LA_CODE, that the DfE has set your authority to Active, and that this server’s public IP address is on the DfE allow-list.';
    case 404:
      return 'Nothing is at this address. Check API_ENDPOINT (it should end with the API version, for example /1) and LA_CODE.';
    case 405:
      return 'The address exists but does not take this method. Check API_ENDPOINT.';
    case 407:
      return 'The proxy asked for authentication. Put the proxy user and password in HTTPS_PROXY (http://user:password@proxy:port), or ask IT for an exception.';
    case 408:
    case 504:
      return 'The request timed out on the way. Try again later; if it keeps happening, ask IT whether a proxy or firewall is holding requests.';
    case 413:
      return 'The API said the request is too large.';
    case 415:
      return 'The API did not accept the content type. This is a bug in csc-api.';
    case 429:
      return 'The API is limiting requests. Wait and try again.';
    case 500:
    case 502:
    case 503:
      return 'The API had a problem of its own. Try again later; the DfE service may be down or being updated.';
    default:
      return `The API answered ${status}, which csc-api does not expect.`;
  }
}
