// Site configuration. `SITE_URL` and `BASE_PATH` come from the environment so the same
// build serves localhost (base `/`) and a GitHub Pages project path such as `/dfe-csc-api/`.
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { repositoryUrl as repoUrl } from './src/lib/repository-url.mjs';
import { sidebar } from './src/sidebar.mjs';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// OUT_DIR lets two builds (say, two people's end-to-end runs on one machine) keep apart.
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'CSC API: Data to Insight',
      description:
        'Guidance, a private in-browser validator and a reference submitter for local authorities sending children’s social care data to the DfE CSC API.',
      social: [{ icon: 'github', label: 'GitHub', href: repoUrl }],
      editLink: { baseUrl: `${repoUrl}/edit/main/` },
      customCss: ['./src/styles/site.css'],
      // Long command lines wrap rather than scroll: a scrolling block is a keyboard trap for
      // axe (scrollable-region-focusable) and is cut off when a guide is printed.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar,
      lastUpdated: true,
      // Our pages are not in src/content/docs, so Starlight cannot date them from git itself.
      components: { LastUpdated: './src/components/last-updated.astro' },
      head: [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/atom+xml',
            title: 'Pilot updates',
            href: `${base.endsWith('/') ? base : `${base}/`}updates/feed.xml`,
          },
        },
      ],
    }),
    mdx(),
  ],
});
