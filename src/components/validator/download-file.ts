// Saves text or bytes made in the page as a download (browser main thread): a blob: URL, never the network.
import { h } from './dom.ts';

export function downloadFile(name: string, type: string, content: BlobPart): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
