// Facts about the plan that the seed does not print. The seed is NDRC's English web page; the
// published Chinese title and the Chinese release date come from the project's reference notes.

import type { Bilingual } from '../types';

export const SEED_PATH = 'seeds/action-plan-2024.en.txt';

/** 《》 are punctuation around a Chinese title, not part of it: the UI adds them. */
export const PUBLISHED_TITLE: Bilingual = {
  en: 'Action Plan for Promoting the High-Quality Construction of National-Level New Areas',
  zh: '促进国家级新区高质量建设行动计划',
};

export const ISSUER = 'National Development and Reform Commission (NDRC)';

/** The date the plan itself was released, per the project's reference notes (not printed in the seed). */
export const PUBLISHED_DATE = '2024-03-15';

export function dateNote(printed: string): string {
  return (
    `The seed (NDRC's English web page) prints "Release Date: ${printed}": that is the date of the English ` +
    `page. The plan 《${PUBLISHED_TITLE.zh}》 itself was released on ${PUBLISHED_DATE} according to the ` +
    "project's reference notes; that date is not in the seed."
  );
}
