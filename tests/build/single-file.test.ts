// The single file's Content-Security-Policy: its inline scripts allowed by hash and nothing else,
// MapLibre's worker allowed from data: and blob: URLs, the rest of the policy as index.html has it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../scripts/lib/serve.mjs';
import { APP_BLOCK_ID, BOOT, runEarly, singleFileCsp } from '../../vite.single-file';

const source = readFileSync('index.html', 'utf8');
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('the single file’s policy', () => {
  it('allows exactly its inline scripts, by hash', () => {
    const page = source.replace(
      /<script type="module" src="[^"]*"><\/script>/,
      '<script type="module">console.log(1)</script><script>let a = "</x>";</script>',
    );
    const policy = metaPolicy(singleFileCsp(page)) ?? '';
    expect(policy).toContain(`script-src ${sha('console.log(1)')} ${sha('let a = "</x>";')} blob:;`);
    expect(policy).toContain("worker-src 'self' blob: data:");
  });

  it('keeps the rest of the policy', () => {
    const before = (metaPolicy(source) ?? '').split('; ').filter((d) => !/^(script|worker)-src/.test(d));
    const after = metaPolicy(singleFileCsp(source)) ?? '';
    for (const d of before) expect(after).toContain(d);
  });
});

describe('the app’s script in the single file', () => {
  it('starts before the first block, its code in a block of its own, imported from a blob: URL', () => {
    const page =
      '<head><script type="module" crossorigin>app("</x>")</script></head><body><div id="root"></div>' +
      '<script type="text/plain" id="font">f</script><script type="text/plain" id="big">x</script></body>';
    expect(runEarly(page)).toBe(
      '<head></head><body><div id="root"></div>' +
        `<script type="text/plain" id="${APP_BLOCK_ID}">app("</x>")</script><script>${BOOT}</script>` +
        '<script type="text/plain" id="font">f</script><script type="text/plain" id="big">x</script></body>',
    );
    expect(() => runEarly('<script type="module">app()</script>')).toThrow(/no block/);
    for (const bad of ['a("</SCRIPT>")', 'a("</script ")', 'a("<!--")']) {
      expect(() => runEarly(page.replace('app("</x>")', bad)), bad).toThrow(/cannot travel as a block/);
    }
  });

  it('allows BOOT by its hash, and it alone: the block of code does not run', () => {
    const page = `${source.replace(/<script type="module" src="[^"]*"><\/script>/, '<script type="module" crossorigin>app()</script>')}<script type="text/plain" id="b">x</script>`;
    const policy = metaPolicy(singleFileCsp(runEarly(page))) ?? '';
    expect(policy).toContain(`script-src ${sha(BOOT)} blob:;`);
    expect(BOOT).toContain('could not start');
  });

  it('hashes only the scripts that run, not the data blocks', () => {
    const page = `${source.replace(/<script type="module" src="[^"]*"><\/script>/, '<script>go()</script>')}<script type="text/plain" id="b">data</script>`;
    const policy = metaPolicy(singleFileCsp(page)) ?? '';
    expect(policy).toContain(`script-src ${sha('go()')} blob:;`);
    expect(policy).not.toContain(sha('data'));
  });
});

describe('MapLibre in the single file', () => {
  it('is re-exported under every name its closing export list gives, which the build reads', async () => {
    const { exportedNames } = await import('../../src/map/embedded-geo-plugin');
    expect(exportedNames('var a=1,b=2;export{a as Map,b as prewarm,c};\n')).toEqual(['Map', 'prewarm', 'c']);
    const published = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8');
    const names = exportedNames(published.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n'));
    expect(names).toEqual(expect.arrayContaining(['Map', 'prewarm', 'setWorkerUrl', 'GeoJSONSource']));
    expect(() => exportedNames('export default 1;')).toThrow(/export list/);
  });
});
