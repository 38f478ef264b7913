import type { Page } from 'playwright-core';

export type View = { zoom: number; lat: number; lon: number };
export function parseView(hash: string): View | null;
export function sameView(a: View | null, b: View | null): boolean;
export function project(
  lon: number,
  lat: number,
  view: View,
  size: { width: number; height: number },
): { x: number; y: number };
export function waitMapSettled(
  page: Page,
  options?: { timeout?: number; quietMs?: number; polling?: number | 'raf' },
): Promise<void>;
export function trackErrors(page: Page): string[];
