// Reading a block the single-file build carries (embedded-geo-plugin.ts): its text, gzip in base64,
// unpacked by the browser once the parser is past the block.
import { blockParsed } from './dom-ready';

/** Base64 to bytes: the browser's own decoder where it has one (Chromium 140+), else atob. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> })
    .fromBase64;
  return native ? native(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The block's text, unpacked; null if the page has no such block. */
export async function blockText(id: string): Promise<string | null> {
  await blockParsed(id);
  const packed = document.getElementById(id)?.textContent;
  if (packed == null) return null;
  const stream = new Blob([fromBase64(packed.trim())]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** The block's JavaScript as a blob: URL, to import or to start a worker from. */
export async function blockScriptUrl(id: string): Promise<string> {
  const text = await blockText(id);
  if (text == null) throw new Error(`the page has no block #${id}`);
  return URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
}
