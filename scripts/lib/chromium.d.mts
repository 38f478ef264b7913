import type { Browser } from 'playwright-core';
export function findChromium(): string | null;
export const CHROMIUM_ARGS: string[];
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
