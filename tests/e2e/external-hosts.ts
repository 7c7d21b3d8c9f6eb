// The hosts the site may link to, each with why. The link checker (links.spec.ts) fails on a link to any
// other host, so a new one is added here, on purpose. Runs in Node.

export const allowedHosts: Readonly<Record<string, string>> = {
  'github.com': 'this project and Data to Insight’s repositories',
  'data-to-insight.github.io': 'the SSD project pages',
  'www.datatoinsight.org': 'Data to Insight’s publications',
  'forms.gle': 'D2I’s feedback form for LAs',
  'www.gov.uk': 'the DfE’s guidance on the scheme and the public dashboard',
  'assets.publishing.service.gov.uk': 'the DfE’s published documents',
  'beta-find-and-use-an-api.education.gov.uk': 'the DfE’s API portal (live)',
  'pp-find-and-use-an-api.education.gov.uk': 'the DfE’s API portal (test)',
  'nodejs.org': 'Node.js documentation',
  'cyclonedx.org': 'the SBOM format',
  'learn.microsoft.com': 'Microsoft’s documentation',
};

/** Email addresses the site may link to with mailto:. */
export const allowedEmails: readonly string[] = ['datatoinsight.enquiries@gmail.com'];

/** Query parameters that track the reader rather than choose the page. */
const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|_ga|ref_src)$/i;

/** What is wrong with an external link, or null when it is fine. */
export function externalLinkProblem(reference: string): string | null {
  if (reference.startsWith('mailto:')) {
    const address = reference.slice('mailto:'.length).split('?')[0] ?? '';
    return allowedEmails.includes(address) ? null : `email address ${address} is not in allowedEmails`;
  }
  let url: URL;
  try {
    url = new URL(reference);
  } catch {
    return 'not a valid address';
  }
  if (url.protocol !== 'https:') return `uses ${url.protocol} rather than https:`;
  if (!(url.hostname in allowedHosts)) return `host ${url.hostname} is not in allowedHosts`;
  const tracking = [...url.searchParams.keys()].filter((key) => trackingParameter.test(key));
  if (tracking.length > 0) return `carries tracking parameters (${tracking.join(', ')})`;
  return null;
}
