// @vitest-environment node
// The first picture's one file: every light layer, byte for byte as public/geo holds it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIGHT_FILES } from '../../src/map/geo-files';
import { lightBundle } from '../../src/map/light-geo-plugin';

describe('the light GeoJSON bundle', () => {
  it('holds each light layer as its file holds it', () => {
    const bundle = JSON.parse(lightBundle('public')) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(LIGHT_FILES).sort());
    for (const [layer, file] of Object.entries(LIGHT_FILES)) {
      expect(bundle[layer], layer).toEqual(JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')));
    }
  });
});
