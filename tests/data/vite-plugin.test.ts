// @vitest-environment node
// The plan enters the app only through planPlugin: a good seed becomes `virtual:plan`, a damaged
// one fails the build with the parser's message.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { planPlugin } from '../../src/data/plan/vite-plugin';

const SEED = readFileSync(resolve(__dirname, '../../seeds/action-plan-2024.en.txt'), 'utf8');
const roots: string[] = [];

function projectWith(seed: string): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-plugin-'));
  roots.push(root);
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'seeds/action-plan-2024.en.txt'), seed);
  writeFileSync(
    join(root, 'main.js'),
    "import plan from 'virtual:plan';\nconsole.log(plan.measures.length);\n",
  );
  return root;
}

async function buildIn(root: string) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [planPlugin()],
    build: { write: false, rollupOptions: { input: join(root, 'main.js') } },
  });
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('planPlugin', () => {
  it('serves the parsed seed as virtual:plan', async () => {
    const output = await buildIn(projectWith(SEED));
    const code = JSON.stringify(output);
    expect(code).toContain('Strengthen the source function of technological innovation.');
    expect(code).toContain('(Twenty-five)');
  });

  it('fails the build with the parser message when the seed is damaged', async () => {
    const damaged = SEED.replace(/^\(Thirteen\) .*\n/m, '');
    await expect(buildIn(projectWith(damaged))).rejects.toThrow(
      'seeds/action-plan-2024.en.txt: after measure (12) expected (13) but found (Fourteen) at line 24',
    );
  });
});
