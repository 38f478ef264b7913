// Reading a block the single-file build carries (see blocks.ts for how each is packed), once the
// parser is past it.
import { blockParsed } from './dom-ready';

/** Base64 to bytes: the browser's own decoder where it has one (Chromium 140+), else atob. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> })
    .fromBase64;
  return native ? native(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The block, once the parser is past it; null if the page has no such block. */
async function parsedBlock(id: string): Promise<HTMLElement | null> {
  await blockParsed(id);
  return document.getElementById(id);
}

/** A gzip or base64 block's bytes. Text blocks hold JSON, whose escaped `<` only JSON.parse reads
 * back: blockText gives them. */
function unpack(block: HTMLElement, type: string): Promise<Blob> {
  const packing = block.dataset.packing;
  if (packing !== 'gzip' && packing !== 'base64') {
    return Promise.reject(new Error(`block #${block.id} is ${packing ?? 'not packed'}`));
  }
  const bytes = fromBase64((block.textContent ?? '').trim());
  if (packing === 'base64') return Promise.resolve(new Blob([bytes], { type }));
  const stream = new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream, { headers: { 'content-type': type } }).blob();
}

/** The block's text, unpacked; null if the page has no such block. */
export async function blockText(id: string): Promise<string | null> {
  const block = await parsedBlock(id);
  if (!block) return null;
  return block.dataset.packing === 'text' ? block.textContent : (await unpack(block, 'text/plain')).text();
}

const urls = new Map<string, Promise<string>>();

/** The block's bytes as a blob: URL (one per block and page), to import, start a worker or load a
 * font from. */
export function blockUrl(id: string, type: string): Promise<string> {
  let url = urls.get(id);
  if (!url) {
    url = parsedBlock(id).then(async (block) => {
      if (!block) throw new Error(`the page has no block #${id}`);
      return URL.createObjectURL(await unpack(block, type));
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
