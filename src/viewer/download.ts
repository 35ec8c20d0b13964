// Saving a text the page already has (the SVG of the current theme) as a file, without a round trip.
import { h } from './dom.js';

/** Offers a text as a download with a file name. */
export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  h('a', { href: url, download: name }).click();
  // The browser has taken the blob by the next tick; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
