// Reading a block the single-file build carries (see blocks.ts for how each is packed), once the
// parser is past it.
import { blockParsed } from './dom-ready';

/** Base64 to bytes: the browser's own decoder where it has one (Chromium 140+), else atob. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> })
    .fromBase64;
  return native ? native(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The block's file, unpacked; null if the page has no such block. */
async function blockBlob(id: string, type: string): Promise<Blob | null> {
  await blockParsed(id);
  const block = document.getElementById(id);
  const content = block?.textContent;
  if (!block || content == null) return null;
  const packing = block.dataset.packing;
  // Text blocks hold JSON, whose escaped `<` only JSON.parse reads back: blockText gives them.
  if (packing !== 'gzip' && packing !== 'base64')
    throw new Error(`block #${id} is ${packing ?? 'not packed'}`);
  const bytes = fromBase64(content.trim());
  if (packing === 'base64') return new Blob([bytes], { type });
  const stream = new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream, { headers: { 'content-type': type } }).blob();
}

/** The block's text, unpacked; null if the page has no such block. */
export async function blockText(id: string): Promise<string | null> {
  await blockParsed(id);
  const block = document.getElementById(id);
  if (block?.dataset.packing === 'text') return block.textContent;
  return (await blockBlob(id, 'text/plain'))?.text() ?? null;
}

const urls = new Map<string, Promise<string>>();

/** The block's bytes as a blob: URL (one per block and page), to import, start a worker or load a
 * font from. */
export function blockUrl(id: string, type: string): Promise<string> {
  let url = urls.get(id);
  if (!url) {
    url = blockBlob(id, type).then((blob) => {
      if (!blob) throw new Error(`the page has no block #${id}`);
      return URL.createObjectURL(blob);
    });
    urls.set(id, url);
  }
  return url;
}

/** How the single file names a file it carries in a block where the build would give a URL. */
const BLOCK_REF = 'atlas-block:';

export const blockRef = (id: string) => `${BLOCK_REF}${id}`;

/** A URL the build gave, made loadable: a block's blob: URL, or the URL against the page's base. */
export function loadableUrl(url: string, type: string, baseUri: string): Promise<string> {
  return url.startsWith(BLOCK_REF)
    ? blockUrl(url.slice(BLOCK_REF.length), type)
    : Promise.resolve(new URL(url, baseUri).href);
}
