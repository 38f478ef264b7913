// Resolves once the page is parsed. In the single file the app's script runs while the parser is
// still reading the blocks after it (the detailed outlines, MapLibre's worker: see
// embedded-geo-plugin.ts), so what reads them waits for this; served, it has long resolved.
export function pageParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => doc.addEventListener('DOMContentLoaded', () => done(), { once: true }));
}
