// The single file's blocks, written as the build writes them and read back as the page reads them:
// each packing gives back the same file, and a font block becomes one blob: URL.
import { afterEach, describe, expect, it } from 'vitest';
import { blockTag, type Packing } from '../../src/embedded/blocks';
import { blockRef, blockText, loadableUrl } from '../../src/embedded/read-block';

/** The block's element as the page holds it once the parser has read the build's tag. */
function put(id: string, bytes: string, packing: Packing) {
  const tag = blockTag(id, bytes, packing);
  const el = document.createElement('script');
  for (const [k, v] of Object.entries(tag.attrs ?? {})) el.setAttribute(k, String(v));
  el.textContent = String(tag.children);
  document.body.append(el, document.createElement('i'));
  return String(tag.children);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a block', () => {
  const json = JSON.stringify({ name: '</script><!-- 浦东 <b>', n: [1, 2] });

  it.each(['gzip', 'base64', 'text'] as const)('gives back its file, packed as %s', async (packing) => {
    put(`b-${packing}`, json, packing);
    expect(await blockText(`b-${packing}`)).toBe(packing === 'text' ? json.replaceAll('<', '\\u003c') : json);
    expect(JSON.parse((await blockText(`b-${packing}`)) ?? '')).toEqual(JSON.parse(json));
  });

  it('holds nothing that ends its element early', () => {
    for (const packing of ['gzip', 'base64', 'text'] as const)
      expect(put(`c-${packing}`, json, packing)).not.toContain('<');
  });

  it('is null when the page has none', async () => {
    expect(await blockText('nowhere')).toBeNull();
  });

  it('gives a JSON text block only as text, and no block whose packing it does not know', async () => {
    put('json', json, 'text');
    await expect(loadableUrl(blockRef('json'), 'application/json', 'x:')).rejects.toThrow(/#json is text/);
    const odd = document.createElement('script');
    odd.type = 'text/plain';
    odd.id = 'odd';
    odd.textContent = 'AAAA';
    document.body.append(odd, document.createElement('i'));
    await expect(loadableUrl(blockRef('odd'), 'font/woff2', 'x:')).rejects.toThrow(/#odd is not packed/);
  });

  it('names a URL the build gave, resolved against the page, or a block as a blob: URL', async () => {
    expect(await loadableUrl('./assets/a.woff2', 'font/woff2', 'file:///stick/atlas.html')).toBe(
      'file:///stick/assets/a.woff2',
    );
    put('font', 'wOF2', 'base64');
    const url = await loadableUrl(blockRef('font'), 'font/woff2', 'file:///stick/atlas.html');
    expect(url).toMatch(/^blob:/);
    expect(await loadableUrl(blockRef('font'), 'font/woff2', 'x:')).toBe(url);
    await expect(loadableUrl(blockRef('none'), 'font/woff2', 'x:')).rejects.toThrow(/no block #none/);
  });
});
