import { describe, expect, it } from 'vitest';
import {
  AREA_IDS,
  aliases,
  approvalText,
  areaById,
  areas,
  areasInStrategy,
  areasWithIndustry,
  type Fact,
  FOUNDING_KINDS,
  industries,
  industryById,
  isAreaId,
  isIndustryId,
  isStrategyId,
  measureByN,
  plan,
  portById,
  ports,
  STRATEGY_IDS,
  strategies,
  strategyById,
} from '../../src/data';
import { documentOf } from '../../src/data/area-text';
import { geoInputs, precisionOf } from '../../src/data/geo-inputs';
import { everyEvidence } from '../../src/data/links/every';

function factsOf(area: (typeof areas)[number]): [string, Fact<unknown>][] {
  return [
    ['approval', area.approval],
    ['officialArea', area.officialArea],
    ['divisions', area.divisions],
    ['point', area.point],
    ['positioning', area.positioning],
    ...area.industries.map((i): [string, Fact<unknown>] => [`industry ${i.industry}`, i.fact]),
    ...area.strategies.map((s): [string, Fact<unknown>] => [`strategy ${s.strategy}`, s.evidence]),
    ...area.history.map((h, i): [string, Fact<unknown>] => [`history ${i}`, h]),
  ];
}

const MIRROR = /https?:|www\.|\.com\b|\.cn\b|wikipedia\.org/i;

describe('areas', () => {
  it('are the 19 ids in approval order', () => {
    expect(areas.map((a) => a.id)).toEqual([...AREA_IDS]);
    expect(areas.map((a) => a.order)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const dates = areas.map((a) => a.approval.value.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('resolve by id', () => {
    for (const id of AREA_IDS) {
      expect(isAreaId(id)).toBe(true);
      expect(areaById(id)?.id).toBe(id);
    }
    expect(isAreaId('shenzhen')).toBe(false);
    expect(areaById('shenzhen')).toBeUndefined();
  });

  it('carry names, a plan name found in the preamble, and a province', () => {
    for (const a of areas) {
      expect(a.name.en).toMatch(/New Area$/);
      expect(a.name.zh).toMatch(/新区$/);
      expect(plan.preamble).toContain(a.planName);
      expect(a.province.en.length).toBeGreaterThan(0);
      expect(a.province.zh).toMatch(/[省市]$/);
    }
  });

  it('give every fact a primary citation or an explicit unsourced flag, never a mirror URL', () => {
    for (const a of areas) {
      for (const [what, fact] of factsOf(a)) {
        const label = `${a.id} ${what}`;
        if (fact.unsourced) {
          expect(fact.source, label).toBeUndefined();
          expect(fact.note?.length ?? 0, `${label}: an unsourced fact says why`).toBeGreaterThan(10);
        } else {
          expect(fact.source.citation.length, label).toBeGreaterThan(10);
          expect(fact.source.citation, label).not.toMatch(MIRROR);
        }
        expect(JSON.stringify(fact), label).not.toMatch(/https?:/);
      }
    }
    for (const p of ports) expect(p.source?.citation ?? '').not.toMatch(/https?:/);
  });

  it('say the English positioning is a translation', () => {
    for (const a of areas) {
      expect(a.positioning.note).toMatch(/own translation/);
      expect(a.positioning.value.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('flag representative points as unsourced', () => {
    for (const a of areas) {
      expect(a.point.unsourced).toBe(true);
      expect(a.point.note).toMatch(/approximate/);
    }
  });

  it('keep the official land area in one place (areas.geo.json)', () => {
    for (const g of geoInputs) {
      expect(areaById(g.id)?.officialArea.value.landKm2).toBe(g.official_km2);
    }
  });

  it('record the conflict choices and why', () => {
    const km2 = (id: string) => areaById(id)?.officialArea.value.landKm2;
    expect(km2('lanzhou')).toBe(806);
    expect(km2('jiangbei')).toBe(788);
    expect(km2('xiangjiang')).toBe(490);
    expect(km2('west-coast')).toBe(2096);
    expect(km2('xiongan')).toBe(1770);
    expect(areaById('binhai')?.approval.value.date).toBe('2006-05-26');
    for (const id of ['lanzhou', 'jiangbei', 'xiangjiang', 'west-coast', 'xiongan']) {
      expect(areaById(id)?.officialArea.note, id).toMatch(/Conflict.*Rule used for every area/s);
    }
    expect(areaById('binhai')?.approval.note).toMatch(/Conflict.*Rule used for every area/s);
  });

  it('compute precision from the geometry inputs: exact only for whole divisions with nothing missing', () => {
    const exact = areas.filter((a) => a.precision === 'exact').map((a) => a.id);
    expect(exact).toEqual(['pudong', 'binhai', 'zhoushan', 'nansha', 'west-coast']);
    for (const g of geoInputs) expect(areaById(g.id)?.precision).toBe(precisionOf(g));
    expect(areaById('jiangbei')?.missingParts).toHaveLength(1);
    expect(areaById('xiongan')?.missingParts).toHaveLength(2);
  });

  it('list the same divisions as the geometry inputs', () => {
    for (const g of geoInputs) {
      const divisions = areaById(g.id)?.divisions.value ?? [];
      const drawn = new Set<string>();
      for (const part of g.parts) {
        for (const name of part.names) {
          drawn.add(name);
          const d = divisions.find((x) => x.name.zh === name);
          expect(d, `${g.id} ${name}`).toBeDefined();
          expect(d?.coverage, `${g.id} ${name}`).toBe(part.partial ? 'partial' : 'whole');
        }
      }
      // A division the outline cannot draw must be a partial one named in missing_parts.
      for (const d of divisions.filter((x) => !drawn.has(x.name.zh))) {
        expect(d.coverage, `${g.id} ${d.name.zh}`).toBe('partial');
        expect(
          g.missing_parts.some((m) => m.includes(d.name.zh.replace(/[市县区]$/, ''))),
          `${g.id} ${d.name.zh}`,
        ).toBe(true);
      }
      for (const d of divisions) {
        expect(d.name.en.length).toBeGreaterThan(0);
        expect(d.prefecture.zh).toMatch(/市$/);
        expect(d.prefecture.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('date their history events and record Liangjiang becoming a district', () => {
    for (const a of areas) {
      for (const h of a.history) expect(h.value).toMatch(/^\d{4}(-\d{2}){0,2}: /);
    }
    const liangjiang = areaById('liangjiang')?.history.find((h) => h.value.startsWith('2025-11-06'));
    expect(liangjiang?.value).toMatch(/两江新区.*江北区.*渝北区.*北碚区/s);
    expect(liangjiang?.value).toMatch(/1,360 km²/);
  });
});

describe('founding documents', () => {
  it("name each area's document by its kind: replies, except Binhai's opinion and Xiong'an's notice", () => {
    for (const a of areas) expect(FOUNDING_KINDS, a.id).toContain(a.approval.value.kind);
    const notReplies = areas.filter((a) => a.approval.value.kind !== 'reply');
    expect(notReplies.map((a) => [a.id, a.approval.value.kind])).toEqual([
      ['binhai', 'opinion'],
      ['xiongan', 'notice'],
    ]);
    // The citation names the same kind of document.
    for (const a of areas) {
      const citation = a.approval.source?.citation ?? '';
      const kind = a.approval.value.kind;
      if (kind === 'reply') expect(citation, a.id).toMatch(/^State Council reply /);
      if (kind === 'opinion') expect(citation, a.id).toMatch(/^State Council opinion /);
      if (kind === 'notice')
        expect(citation, a.id).toMatch(/^Notice of the CPC Central Committee and the State Council/);
    }
  });

  it('show a number only where it was confirmed, of the right form and year, and say so where not', () => {
    const unnumbered = areas.filter((a) => a.approval.value.number === null).map((a) => a.id);
    expect(unnumbered).toEqual(['zhoushan', 'nansha', 'guian', 'tianfu', 'jiangbei', 'xiongan']);
    for (const a of areas) {
      const { number, date } = a.approval.value;
      if (number === null) {
        expect(a.approval.note, a.id).toMatch(/not verified|could not be confirmed|No document number/);
        // The unconfirmed number is neither the document nor in the citation.
        expect(a.approval.value.document, a.id).not.toMatch(/号/);
        expect(a.approval.source?.citation ?? '', a.id).not.toMatch(/〔\d{4}〕\d+号/);
      } else {
        expect(number, a.id).toMatch(/^国[函发]〔(\d{4})〕\d+号$/);
        expect(number.slice(3, 7), a.id).toBe(date.slice(0, 4));
        expect(a.approval.source?.citation, a.id).toContain(number);
      }
      expect(a.approval.value.document, a.id).toBe(documentOf(a.approval.value));
    }
    // Nansha's 国函〔2012〕128号 is flagged like the others, not shown.
    expect(areaById('nansha')?.approval.note).toMatch(/国函〔2012〕128号.*could not be confirmed/);
  });

  it('read in either language', () => {
    const binhai = areaById('binhai')?.approval.value;
    const xiongan = areaById('xiongan')?.approval.value;
    if (!binhai || !xiongan) throw new Error('missing areas');
    expect(approvalText(binhai, 'zh')).toBe(
      '国务院意见 《国务院关于推进天津滨海新区开发开放有关问题的意见》（国发〔2006〕20号）',
    );
    expect(approvalText(xiongan, 'zh')).toBe('中共中央、国务院通知（文号未经核实）');
    expect(xiongan.document).toBe(
      'Notice of the CPC Central Committee and the State Council (number not confirmed)',
    );
  });
});

describe('official figures', () => {
  it('are planning areas only where the source says so', () => {
    const notPlanning = areas.filter((a) => !a.officialArea.value.planning).map((a) => a.id);
    // Whole districts or cities, and the replies that say 面积 / 总面积 / 陆域面积, not 规划面积.
    expect(notPlanning).toEqual([
      'pudong',
      'zhoushan',
      'west-coast',
      'jinpu',
      'xiangjiang',
      'central-yunnan',
    ]);
  });

  it('are "about" exactly where the source gives them as approximate (约), and the note quotes it', () => {
    const approx = areas.flatMap((a) => [
      ...(a.officialArea.value.landApprox ? [`${a.id} land`] : []),
      ...(a.officialArea.value.seaApprox ? [`${a.id} sea`] : []),
    ]);
    expect(approx).toEqual([
      'nansha land',
      'west-coast land',
      'west-coast sea',
      'jinpu land',
      'central-yunnan land',
      'changchun land',
    ]);
    for (const a of areas) {
      const v = a.officialArea.value;
      if (v.landApprox || v.seaApprox) expect(a.officialArea.note, a.id).toMatch(/约/);
      if (v.seaApprox) expect(v.seaKm2, a.id).toBeDefined();
    }
  });
});

describe('corrections from the fact check against primary documents', () => {
  it("date Binhai's administrative district by its reply (2009-10-21), not by Tianjin's announcement", () => {
    const history = areaById('binhai')?.history ?? [];
    const district = history.find((h) => h.value.startsWith('2009-10-21: '));
    expect(district?.source?.citation).toBe('State Council reply 国函〔2009〕125号, 2009-10-21');
    expect(district?.value).toMatch(/announces it on 2009-11-09/);
    expect(history.some((h) => h.value.startsWith('2009-11-09'))).toBe(false);
    expect(areaById('binhai')?.divisions.source?.citation).toContain('国函〔2009〕125号');
  });

  it("lists Gui'an's 20 townships from the provincial reply, 乐平 and 十字 in 平坝 included", () => {
    const guian = areaById('guian')?.divisions;
    expect(guian?.source?.citation).toContain('黔府函〔2014〕111号');
    const pingba = guian?.value.find((d) => d.name.zh === '平坝区');
    expect(pingba?.note).toMatch(/乐平/);
    expect(pingba?.note).toMatch(/十字/);
    // 4 + 1 + 9 + 6 townships (the former 城关镇 of 平坝 counted once): the reply's 20.
    const towns = (zh: string) =>
      (guian?.value.find((d) => d.name.zh === zh)?.note ?? '')
        .replace(/ and the .* communities$/, '')
        .replace(/鼓楼 and 安平 subdistricts \(the former 城关镇\)/, '城关')
        .split(', ').length;
    expect(towns('花溪区') + towns('清镇市') + towns('平坝区') + towns('西秀区')).toBe(20);
  });

  it("gives 宁乡's part of Xiangjiang as 金洲镇 only, as Xinhua's description does", () => {
    const ningxiang = areaById('xiangjiang')?.divisions.value.find((d) => d.name.zh === '宁乡市');
    expect(ningxiang?.note).toMatch(/^金洲镇/);
    expect(ningxiang?.note).not.toMatch(/others/);
  });

  it("records Liangjiang's inauguration as a district on 2026-01-25, flagged as reported only", () => {
    const event = areaById('liangjiang')?.history.find((h) => h.value.startsWith('2026-01-25: '));
    expect(event?.value).toMatch(/两江新区/);
    expect(event?.unsourced).toBe(true);
    expect(event?.note).toMatch(/Xinhua/);
  });

  it("files Binhai's eight industrial bases under the taxonomy, including what the bases take in", () => {
    const binhai = areaById('binhai');
    expect(binhai?.industries).toHaveLength(8);
    expect(binhai?.industries[0]?.fact.source?.citation).toMatch(/^《滨海新区工业布局规划（2010—2020年）》/);
    for (const id of ['automobiles', 'metallurgy', 'new-materials', 'textiles', 'energy-saving-environment'])
      expect(areasWithIndustry(id), id).toContain('binhai');
    expect(areasWithIndustry('energy-saving-environment')).toEqual(['binhai']);
  });

  it('ties every included industry to a known id, never repeating the main one', () => {
    for (const a of areas) {
      for (const i of a.industries) {
        for (const inc of i.includes ?? []) {
          expect(isIndustryId(inc), `${a.id} ${inc}`).toBe(true);
          expect(inc, a.id).not.toBe(i.industry);
        }
      }
      const ids = a.industries.map((i) => i.industry);
      expect(new Set(ids).size, a.id).toBe(ids.length);
    }
  });
});

describe('references resolve', () => {
  it('strategies', () => {
    expect(strategies.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
    for (const a of areas) {
      for (const m of a.strategies) expect(isStrategyId(m.strategy)).toBe(true);
      expect(a.strategies.filter((m) => strategyById(m.strategy)?.kind === 'macro-region')).toHaveLength(1);
    }
    expect(isStrategyId('belt-and-road')).toBe(false);
  });

  it('industries', () => {
    for (const a of areas) {
      expect(a.industries.length).toBeGreaterThan(0);
      for (const i of a.industries) {
        expect(isIndustryId(i.industry), `${a.id} ${i.industry}`).toBe(true);
        expect(i.label.zh.length).toBeGreaterThan(0);
      }
    }
  });

  it('ports', () => {
    expect(ports).toHaveLength(6);
    // A port without a primary source for its position is marked approximate.
    for (const p of ports) expect(p.approximate || p.source !== null, p.id).toBe(true);
    const nz = portById('ningbo-zhoushan');
    expect(nz?.approximate).toBe(true);
    expect(nz?.name.zh).toBe('宁波舟山港金塘港区');
    expect(nz?.note).toMatch(/since 2006-01-01/);
    for (const a of areas) for (const p of a.ports) expect(portById(p)?.areaId).toBe(a.id);
    for (const p of ports) {
      expect(measureByN(13)?.text).toContain(p.planName);
      expect(aliases.find((x) => x.text === p.planName)?.area).toBe(p.areaId);
      expect(areaById(p.areaId)?.ports).toContain(p.id);
    }
  });

  it('aliases and every-area evidence', () => {
    for (const a of aliases) expect(isAreaId(a.area)).toBe(true);
    for (const n of Object.keys(everyEvidence).map(Number)) expect(measureByN(n)).toBeDefined();
  });
});

describe('strategy membership', () => {
  const expected: Record<string, string[]> = {
    jjj: ['binhai', 'xiongan'],
    yrd: ['pudong', 'zhoushan', 'jiangbei'],
    gba: ['nansha'],
    'chengdu-chongqing': ['liangjiang', 'tianfu'],
    'middle-yangtze': ['xiangjiang', 'ganjiang'],
    east: ['pudong', 'binhai', 'zhoushan', 'nansha', 'west-coast', 'jiangbei', 'fuzhou', 'xiongan'],
    central: ['xiangjiang', 'ganjiang'],
    west: ['liangjiang', 'lanzhou', 'xixian', 'guian', 'tianfu', 'central-yunnan'],
    northeast: ['jinpu', 'harbin', 'changchun'],
  };

  it.each(Object.entries(expected))('%s', (id, members) => {
    if (!isStrategyId(id)) throw new Error(id);
    expect(areasInStrategy(id)).toEqual(members);
  });

  it('puts every area in exactly one macro-region, by province', () => {
    const macro = ['east', 'central', 'west', 'northeast'] as const;
    for (const a of areas) {
      const regions = macro.filter((m) => areasInStrategy(m).includes(a.id));
      expect(regions, a.id).toHaveLength(1);
      const evidence = a.strategies.find((s) => s.strategy === regions[0])?.evidence;
      expect(evidence?.value).toMatch(/^By province/);
      expect(evidence?.source?.citation).toMatch(/National Bureau of Statistics/);
    }
  });
});

describe('industries', () => {
  it('is a small kebab-case taxonomy with the six categories of measure (3)', () => {
    expect(industries.length).toBeGreaterThanOrEqual(15);
    expect(industries.length).toBeLessThanOrEqual(22);
    const ids = industries.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(industries.filter((i) => i.planCategory).map((i) => i.id)).toEqual([
      'automobiles',
      'new-displays',
      'equipment-manufacturing',
      'petrochemicals',
      'smart-home-appliances',
      'textiles',
    ]);
    expect(industryById('integrated-circuits')?.name.zh).toBe('集成电路');
  });

  it('filters areas by industry', () => {
    expect(areasWithIndustry('integrated-circuits')).toEqual(['pudong', 'nansha', 'jiangbei']);
    expect(areasWithIndustry('smart-home-appliances')).toEqual(['west-coast']);
    expect(areasWithIndustry('new-displays')).toEqual(['fuzhou']);
    expect(areasWithIndustry('no-such-industry')).toEqual([]);
  });
});
