// Builds `geo/light.json`, the first picture's GeoJSON in one file: one request instead of eight (a
// browser opens six connections to a host, so eight files queued behind the page's own scripts). The
// bytes are the public/geo files' own, each under its layer's name; public/geo stays as the geo
// pipeline writes it. Served by the dev server too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { GEO_DIR, LIGHT_BUNDLE, LIGHT_FILES } from './geo-files';

/** The light files as one JSON object, `{ "<layer>": <the file's text>, … }`. */
export function lightBundle(publicDir: string): string {
  const parts = Object.entries(LIGHT_FILES).map(
    ([layer, file]) =>
      `${JSON.stringify(layer)}:${readFileSync(resolve(publicDir, GEO_DIR, file), 'utf8').trim()}`,
  );
  return `{${parts.join(',\n')}}\n`;
}

export function lightGeoPlugin(): Plugin {
  let publicDir = 'public';
  const path = `${GEO_DIR}${LIGHT_BUNDLE}`;
  return {
    name: 'new-areas-atlas:light-geo',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    configureServer(server) {
      server.middlewares.use(`/${path}`, (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(lightBundle(publicDir));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: path, source: lightBundle(publicDir) });
    },
  };
}
