// The string tables: the Chinese text fills the same placeholders as the English, and `t`'s types
// follow the English text (a call that misses or invents a placeholder does not compile).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  en,
  type PlaceholdersOf,
  type PlainKey,
  type StringKey,
  type Strings,
  t,
  zh,
} from '../../src/i18n/strings';
import type { Translate } from '../../src/store/use-t';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys whose two texts do not fill the same placeholders, with both sets. */
function mismatches(a: Strings, b: Strings): string[] {
  return (Object.keys(a) as StringKey[])
    .filter((k) => placeholders(a[k]).join() !== placeholders(b[k]).join())
    .map((k) => `${k}: {${placeholders(a[k]).join('}{')}} vs {${placeholders(b[k]).join('}{')}}`);
}

describe('the string tables', () => {
  it('give every Chinese string the same placeholders as its English one', () => {
    expect(mismatches(en, zh)).toEqual([]);
  });

  it('would catch a Chinese string that drops, renames or adds a placeholder', () => {
    const broken: Strings = {
      ...zh,
      stepOf: '第{n}步',
      closeDetails: '关闭{area}的详情',
      tryAgain: '重试{n}',
    };
    expect(mismatches(en, broken).sort()).toEqual([
      'closeDetails: {name} vs {area}',
      'stepOf: {n}{total} vs {n}',
      'tryAgain: {} vs {n}',
    ]);
  });

  it('fills placeholders in either language', () => {
    expect(t('en', 'stepOf', { n: 2, total: 25 })).toBe('Step 2 of 25');
    expect(t('zh', 'stepOf', { n: 2, total: 25 })).toBe('第2步，共25步');
    expect(t('en', 'close')).toBe('Close');
    expect(t('zh', 'close', {})).toBe('关闭');
  });

  it('types the placeholders from the English text', () => {
    expectTypeOf<PlaceholdersOf<'stepOf'>>().toEqualTypeOf<'n' | 'total'>();
    expectTypeOf<PlaceholdersOf<'close'>>().toEqualTypeOf<never>();
    expectTypeOf<'close'>().toExtend<PlainKey>();
    expectTypeOf<'stepOf'>().not.toExtend<PlainKey>();

    // These lines are checked by `tsc` (the typecheck step), not run: each must fail to compile.
    const compileErrors = () => {
      // @ts-expect-error a placeholder is missing ({total})
      t('en', 'stepOf', { n: 1 });
      // @ts-expect-error an unknown placeholder
      t('en', 'stepOf', { n: 1, total: 2, step: 3 });
      // @ts-expect-error the vars are required when the text has placeholders
      t('en', 'stepOf');
      // @ts-expect-error a key without placeholders takes none
      t('en', 'close', { n: 1 });
      // @ts-expect-error not a key
      t('en', 'noSuchKey', {});
      const tr = (() => '') as Translate;
      // @ts-expect-error useT's `t` is typed the same way
      tr('moveUp', { m: 1 });
      tr('moveUp', { n: 1 });
      tr('close');
    };
    expect(compileErrors).toBeTypeOf('function');
  });

  it('write measure numbers one way in Chinese: 第（13）条', () => {
    for (const [key, text] of Object.entries(zh)) {
      // Not 第13条, 第{n}条 or （第2条）: the number always in full-width brackets ({refs} is a list
      // of （n）, see measureRef).
      expect(text, key).not.toMatch(/第\s*(\d+|\{n\})\s*条/);
      expect(text, key).not.toMatch(/（第/);
    }
    expect(zh.portsTitle).toContain('第（13）条');
    expect(zh.filterStrategies).toContain('第（2）条');
    expect(t('zh', 'fullText', { n: 13 })).toBe('第（13）条全文');
  });

  it('call the briefing 简报 and presenting it 演示, in Chinese', () => {
    expect(zh.tabBriefing).toBe('简报');
    expect(zh.present).toBe('演示');
    // The presenter window's lines are about the presentation too.
    const presenting: StringKey[] = [
      'present',
      'presentFromHere',
      'exitPresentation',
      'presenterNoNext',
      'presenterWaiting',
      'presenterAlone',
      'presenterEnded',
      'presenterLoadFailed',
    ];
    for (const [key, text] of Object.entries(zh) as [StringKey, string][]) {
      if (text.includes('演示')) expect(presenting, `${key}: ${text}`).toContain(key);
    }
    for (const key of ['briefingTitle', 'exportBriefing', 'importBriefing', 'restoreBuiltIn'] as const)
      expect(zh[key], key).toContain('简报');
  });

  it("never call every founding document a 批复 (Binhai's is an 意见, Xiong'an's a 通知)", () => {
    const kinds: StringKey[] = ['foundingReply', 'slideSources'];
    for (const [key, text] of Object.entries(zh) as [StringKey, string][]) {
      if (text.includes('批复')) expect(kinds, `${key}: ${text}`).toContain(key);
    }
    expect(zh.slideSources).toContain('国务院批复等设立文件');
    expect([zh.foundingReply, zh.foundingOpinion, zh.foundingNotice]).toEqual([
      '国务院批复',
      '国务院意见',
      '中共中央、国务院通知',
    ]);
  });
});
