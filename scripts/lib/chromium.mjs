// Finds a Chromium for the browser tests and the benchmark, and launches it with the flags that
// render WebGL2 on SwiftShader on a headless machine with no GPU and no internet.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];

/** Switches WebGL off, as policy does on a locked-down PC: the app's 2D map is then the whole map. */
export const NO_WEBGL_ARGS = ['--disable-gpu', '--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];

/** @param {string[]} [extraArgs] */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
