// Small constructors so every fact states its source (a primary document) or says it has none.

import type { Fact } from './types';

export function sourced<T>(value: T, citation: string, note?: string): Fact<T> {
  return note === undefined ? { value, source: { citation } } : { value, source: { citation }, note };
}

export function unsourced<T>(value: T, note: string): Fact<T> {
  return { value, unsourced: true, note };
}

/** The citation form for a State Council reply (批复). */
export function reply(document: string, date: string): string {
  return `State Council reply ${document}, ${date}`;
}
