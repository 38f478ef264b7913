// The links the share and embed controls hand out, from the state and the page's address: pure, so
// what is copied is exactly what the URL contract says (url.ts) and can be tested without a page.
import type { AppState } from './state';
import { toSearch } from './url';
import { pick } from './url-sync';

/** The page's address for this state, with the embed view on or off, the camera hash kept. */
export function linkFor(s: AppState, href: string, embed: boolean): string {
  const url = new URL(href);
  // protocol//host, not origin: a file:// page's origin is "null".
  return `${url.protocol}//${url.host}${url.pathname}${toSearch({ ...pick(s), embed })}${url.hash}`;
}

/** Escapes text for a double-quoted HTML attribute. */
const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe snippet "Copy embed code" gives: the embed view of this state, titled for screen readers. */
export function embedCode(s: AppState, href: string, title: string): string {
  return `<iframe src="${attr(linkFor(s, href, true))}" title="${attr(title)}" width="800" height="520" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
