// The single-file build's blocks: files the page carries as inert <script type="text/plain">
// elements, which the browser neither runs nor compiles. read-block.ts reads one at run time, once
// the parser is past it. Build time.
import { gzipSync } from 'node:zlib';
import type { HtmlTagDescriptor } from 'vite';

/** The module that reads a block at run time, for code the build writes. */
export const BLOCK_READER = 'src/embedded/read-block.ts';

/**
 * How a block holds its file. `gzip`: gzip in base64, the smallest, but the browser unpacks it in
 * steps between the page's other tasks. `base64`: for files that gzip cannot shrink (fonts), read at
 * once. `text`: JSON only, as it is, read at once (its `<` written `\u003c`, which JSON.parse reads
 * back and which nothing else would).
 */
export type Packing = 'gzip' | 'base64' | 'text';

const packed = (bytes: string | Buffer) => gzipSync(bytes, { level: 9 }).toString('base64');

function blockContent(bytes: string | Buffer, packing: Packing): string {
  if (packing === 'gzip') return packed(bytes);
  if (packing === 'base64') return Buffer.from(bytes).toString('base64');
  return bytes.toString().replaceAll('<', '\\u003c');
}

/** A block for the end of the page's body, in the order the tags are given. */
export const blockTag = (
  id: string,
  bytes: string | Buffer,
  packing: Packing = 'gzip',
): HtmlTagDescriptor => ({
  tag: 'script',
  attrs: { type: 'text/plain', id, 'data-packing': packing },
  children: blockContent(bytes, packing),
  injectTo: 'body',
});
