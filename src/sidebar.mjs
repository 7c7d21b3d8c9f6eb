// The site's navigation, one section per part of the site. Each entry is a page slug under
// content/docs/; keep a section's pages in reading order.
export const sidebar = [
  { label: 'Overview', items: [{ slug: 'overview' }] },
];
