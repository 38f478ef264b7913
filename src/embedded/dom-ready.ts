// Waiting for the parser. In the single file the app's script runs while the parser is still reading
// the blocks after it (the fonts, the map's files, MapLibre and its worker: see blocks.ts), so what
// reads one waits for it; served, these have long resolved.

/** Resolves once the whole page is parsed. */
function pageParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => doc.addEventListener('DOMContentLoaded', () => done(), { once: true }));
}

/**
 * Resolves once the parser is past the element `id` (its text is whole): something follows it, or
 * the page is parsed. Sooner than pageParsed for a block early in a long page.
 */
export function blockParsed(id: string, doc: Document = document): Promise<void> {
  const past = () => doc.readyState !== 'loading' || doc.getElementById(id)?.nextSibling != null;
  if (past()) return Promise.resolve();
  return new Promise((done) => {
    const seen = new MutationObserver(() => {
      if (!past()) return;
      seen.disconnect();
      done();
    });
    seen.observe(doc, { childList: true, subtree: true });
    // DOMContentLoaded adds no node; the observer may not fire after the last one.
    void pageParsed(doc).then(() => {
      seen.disconnect();
      done();
    });
  });
}
