// @vitest-environment node
// The build's loud failures on bad inputs (these fail before any geometry work, so are fast).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUTS, ROOT } from '../../scripts/geo/config.mjs';
import { GEO_TOOLCHAIN } from './toolchain';

function build(args: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-cli-'));
  const r = spawnSync(process.execPath, ['scripts/geo/build.mjs', '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  fs.rmSync(out, { recursive: true, force: true });
  return r;
}

describe.skipIf(!GEO_TOOLCHAIN)('npm run geo on bad inputs', () => {
  it('exits 1 naming a missing input file', () => {
    const r = build(['--areas', path.join(os.tmpdir(), 'no-such-areas.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Missing input file\(s\): .*no-such-areas\.json/);
  });

  it('exits 1 on a port whose area_id is unknown', () => {
    const ports = JSON.parse(fs.readFileSync(INPUTS.ports, 'utf8'));
    ports.ports[0].area_id = 'atlantis';
    const file = path.join(os.tmpdir(), `ports-bad-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(ports));
    const r = build(['--ports', file]);
    fs.rmSync(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown area_id "atlantis"/);
  });
});
