// The GitHub repository the site points at: the GitHub icon, "Edit page" links and release downloads.
// REPO_URL is set when a fork builds the site (the Pages workflow passes its own repository).
// Plain JavaScript so astro.config.mjs can import it; runs in Node when the site is built.

/** The repository's address, such as https://github.com/data-to-insight/dfe-csc-api, without a trailing slash. */
export const repositoryUrl = (
  process.env.REPO_URL || 'https://github.com/data-to-insight/dfe-csc-api'
).replace(/\/+$/, '');
