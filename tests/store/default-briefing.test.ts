import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/briefing/validate';
import { areas, areasInStrategy, measuresForArea } from '../../src/data';
import { areaBounds, CHINA } from '../../src/data/bounds';
import { defaultBriefing } from '../../src/store/default-briefing';

describe('the built-in briefing, generated from the data', () => {
  const en = defaultBriefing('en');

  it('has an overview, the five strategies of measure (2), then the 19 areas in order of approval', () => {
    expect(en.steps).toHaveLength(1 + 5 + 19);
    expect(en.steps[0]?.bounds).toEqual(CHINA);
    expect(en.steps.slice(1, 6).map((s) => s.strategies)).toEqual([
      ['jjj'],
      ['yrd'],
      ['gba'],
      ['chengdu-chongqing'],
      ['middle-yangtze'],
    ]);
    const ordered = [...areas].sort((a, b) => a.order - b.order).map((a) => a.id);
    expect(en.steps.slice(6).map((s) => s.selected)).toEqual(ordered);
  });

  it('names each strategy’s areas in its caption and frames all of them', () => {
    const gba = en.steps[3];
    expect(gba?.caption).toContain('Guangdong-Hong Kong-Macao Greater Bay Area: Nansha');
    for (const step of en.steps.slice(1, 6)) {
      const [w, s, e, n] = step.bounds;
      for (const id of areasInStrategy(step.strategies[0] ?? 'jjj')) {
        const [aw, as, ae, an] = areaBounds(id);
        expect(aw >= w && as >= s && ae <= e && an <= n, `${id} inside its strategy step`).toBe(true);
      }
    }
  });

  it('captions each area with its name, approval year, positioning and the measures that name it', () => {
    for (const step of en.steps.slice(6)) {
      const area = areas.find((a) => a.id === step.selected);
      if (!area) throw new Error('step without area');
      expect(step.caption).toContain(area.name.en);
      expect(step.caption).toContain(`approved ${area.approval.value.date.slice(0, 4)}`);
      for (const l of measuresForArea(area.id).named) expect(step.caption).toContain(`(${l.measure})`);
    }
    expect(en.steps.find((s) => s.selected === 'harbin')?.caption).toContain(
      'Named in measures (6), (11), (14).',
    );
  });

  it('exists in Chinese too, and passes its own import validation', () => {
    const zh = defaultBriefing('zh');
    expect(zh.steps[6]?.caption).toContain('上海浦东新区');
    for (const b of [en, zh]) {
      const round = parseBriefing(JSON.stringify(b));
      expect(round.ok && round.briefing).toEqual(b);
    }
  });

  it('writes the Chinese captions from the Chinese string table', () => {
    const zh = defaultBriefing('zh');
    expect(zh.title).toBe('国家级新区与2024年行动计划');
    expect(zh.steps[0]?.caption).toBe('全国19个国家级新区（1992–2017年设立）。2024年行动计划提出25条举措。');
    expect(zh.steps[3]?.caption).toBe(
      '粤港澳大湾区建设：南沙新区。第（2）条要求相关新区抓住其带来的重大机遇。',
    );
    expect(zh.steps.find((s) => s.selected === 'harbin')?.caption).toMatch(
      /^黑龙江哈尔滨新区（黑龙江省），2015年设立。.+。点名条目：第（6）（11）（14）条。$/,
    );
    expect(zh.steps.find((s) => s.selected === 'xiongan')?.caption).toBe(
      '河北雄安新区（河北省），2017年设立。北京非首都功能疏解集中承载地。行动计划未点名，适用于全部新区的条目。',
    );
    expect(en.title).toBe('The national-level new areas and the 2024 Action Plan');
    expect(en.steps.find((s) => s.selected === 'xiongan')?.caption).toMatch(
      /, approved 2017\. .+\. Named in no measure; the measures for all new areas apply\.$/,
    );
  });
});
