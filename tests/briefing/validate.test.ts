import { describe, expect, it } from 'vitest';
import { parseBriefing, tooLarge } from '../../src/briefing/validate';
import { BRIEFING_LIMITS } from '../../src/data/briefing';
import { defaultBriefing } from '../../src/store/default-briefing';

const good = defaultBriefing('en');
const withStep = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...good, steps: [{ ...good.steps[0], ...patch }] });
const error = (raw: string, lang: 'en' | 'zh' = 'en') => {
  const r = parseBriefing(raw, lang);
  return r.ok ? 'ok' : r.error;
};

describe('briefing import validation', () => {
  it('accepts a valid file and fills optional fields', () => {
    const r = parseBriefing(
      JSON.stringify({
        version: 1,
        title: 'Mine',
        steps: [{ bounds: [100, 20, 120, 40], caption: 'Hello' }],
      }),
    );
    expect(r).toEqual({
      ok: true,
      briefing: {
        version: 1,
        title: 'Mine',
        steps: [
          {
            bounds: [100, 20, 120, 40],
            selected: null,
            strategies: [],
            industry: null,
            measure: null,
            colorMode: 'strategy',
            caption: 'Hello',
            notes: '',
          },
        ],
      },
    });
  });

  it('says what is wrong with a malformed file, and where', () => {
    expect(error('{not json')).toBe('The file is not valid JSON.');
    expect(error('[]')).toBe('file: must be a JSON object');
    expect(error(JSON.stringify({ ...good, version: 2 }))).toBe('version: must be 1, not 2');
    expect(error(JSON.stringify({ ...good, steps: [] }))).toBe('steps: must be a non-empty list');
    expect(error(withStep({ bounds: [120, 20, 100, 40] }))).toMatch(/^steps\[0\]\.bounds: not a valid box/);
    expect(error(withStep({ bounds: 'China' }))).toMatch(/^steps\[0\]\.bounds: must be/);
    expect(error(withStep({ measure: 26 }))).toBe('steps[0].measure: must be a measure number 1–25, not 26');
    expect(error(withStep({ colorMode: 'rainbow' }))).toBe('steps[0].colorMode: unknown colour mode rainbow');
    expect(error(withStep({ caption: 42 }))).toBe('steps[0].caption: must be text');
  });

  it('rejects unknown area, strategy and industry ids', () => {
    expect(error(withStep({ selected: 'atlantis' }))).toBe('steps[0].selected: unknown area atlantis');
    expect(error(withStep({ strategies: ['yrd', 'mars'] }))).toBe(
      'steps[0].strategies[1]: unknown strategy mars',
    );
    expect(error(withStep({ industry: 'alchemy' }))).toBe('steps[0].industry: unknown industry alchemy');
  });

  it('keeps hostile text as text and drops unknown fields', () => {
    const r = parseBriefing(
      withStep({ caption: '<img src=x onerror=alert(1)>', __proto__: { polluted: true }, onclick: 'x' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.steps[0]?.caption).toBe('<img src=x onerror=alert(1)>');
    expect(Object.keys(r.briefing.steps[0] ?? {})).not.toContain('onclick');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses oversized files, too many steps and overlong text', () => {
    expect(error('x'.repeat(BRIEFING_LIMITS.fileBytes + 1))).toMatch(/larger than 512 KB/);
    const many = { ...good, steps: Array.from({ length: BRIEFING_LIMITS.steps + 1 }, () => good.steps[0]) };
    expect(error(JSON.stringify(many))).toBe('steps: more than 200 steps');
    expect(error(withStep({ caption: 'c'.repeat(BRIEFING_LIMITS.caption + 1) }))).toBe(
      'steps[0].caption: longer than 600 characters',
    );
    expect(error(JSON.stringify({ ...good, title: 't'.repeat(201) }))).toBe(
      'title: longer than 200 characters',
    );
  });

  it('names text where a number belongs, instead of "must be 1, not 1"', () => {
    expect(error(JSON.stringify({ ...good, version: '1' }))).toBe(
      'version: must be the number 1, not the text "1"',
    );
    expect(error(withStep({ measure: '3' }))).toBe(
      'steps[0].measure: must be a measure number 1–25, not the text "3"',
    );
  });

  it('speaks Chinese when asked, keeping the path in the file as written', () => {
    const zh = (raw: string) => error(raw, 'zh');
    expect(zh('{not json')).toBe('文件不是有效的 JSON。');
    expect(zh('[]')).toBe('文件：必须是 JSON 对象');
    expect(zh(JSON.stringify({ ...good, version: 2 }))).toBe('version：必须是 1，而不是 2');
    expect(zh(JSON.stringify({ ...good, version: '1' }))).toBe('version：必须是数字 1，而不是文本 "1"');
    expect(zh(JSON.stringify({ ...good, steps: [] }))).toBe('steps：必须是非空列表');
    expect(zh(withStep({ selected: 'atlantis' }))).toBe('steps[0].selected：新区 atlantis 不存在');
    expect(zh(withStep({ strategies: ['yrd', 'mars'] }))).toBe('steps[0].strategies[1]：战略 mars 不存在');
    expect(zh(withStep({ measure: 26 }))).toBe('steps[0].measure：必须是1–25的条目编号，而不是 26');
    expect(zh(withStep({ bounds: [120, 20, 100, 40] }))).toBe(
      'steps[0].bounds：[120,20,100,40] 不是有效的范围',
    );
    expect(zh(withStep({ caption: 'c'.repeat(BRIEFING_LIMITS.caption + 1) }))).toBe(
      'steps[0].caption：超过600个字符',
    );
    expect(zh('x'.repeat(BRIEFING_LIMITS.fileBytes + 1))).toBe('文件超过512 KB。');
    expect(tooLarge('zh')).toEqual({ ok: false, error: '文件超过512 KB。' });
    expect(tooLarge()).toEqual({ ok: false, error: 'The file is larger than 512 KB.' });
  });

  it('leaves no English word in a Chinese message but the path and the quoted value', () => {
    const bad = [
      withStep({ industry: 'alchemy' }),
      withStep({ colorMode: 'rainbow' }),
      withStep({ bounds: 'China' }),
      withStep({ caption: 42 }),
      withStep({ strategies: 'yrd' }),
      JSON.stringify({ ...good, steps: ['x'] }),
      JSON.stringify({
        ...good,
        steps: Array.from({ length: BRIEFING_LIMITS.steps + 1 }, () => good.steps[0]),
      }),
    ];
    for (const raw of bad) {
      const message = error(raw, 'zh')
        .replace(/^[\w.[\]]+：/, '')
        .replace(/alchemy|rainbow|id/g, '');
      expect(message, message).not.toMatch(/[a-z]{2,}/i);
    }
  });
});

describe('a step with a year (the timeline)', () => {
  const file = (year: unknown) =>
    JSON.stringify({
      version: 1,
      title: 'T',
      steps: [{ bounds: [100, 20, 120, 40], caption: 'c', ...(year === undefined ? {} : { year }) }],
    });
  it('keeps a year from 1992 on, and leaves it out where the file has none (old briefings)', () => {
    const withYear = parseBriefing(file(2014));
    expect(withYear.ok && withYear.briefing.steps[0]?.year).toBe(2014);
    const old = parseBriefing(file(undefined));
    expect(old.ok && 'year' in (old.briefing.steps[0] ?? {})).toBe(false);
  });
  it.each([1800, '2014', 2014.5])('refuses %j', (year) => {
    const r = parseBriefing(file(year));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('steps[0].year');
  });
});
