// Integrity tests for the content corrections of issue 10 that the other data, panel and string
// tests do not already pin: each asserts what the user sees or the data the panel renders.
import fs from 'node:fs';
import path from 'node:path';
import { act, cleanup, render, within } from '@testing-library/react';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature as GeoFeature, MultiPolygon, Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUTS, OUT_DIR } from '../../scripts/geo/config.mjs';
import { decodeEchartsGeoJson } from '../../scripts/geo/decode-echarts.mjs';
import { slideContent } from '../../src/briefing/slide-content';
import { areaById, areas, portById, ports } from '../../src/data';
import { officialAreaLabel } from '../../src/data/area-text';
import { en, zh } from '../../src/i18n/strings';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

afterEach(cleanup);

type Geo = GeoFeature<Polygon | MultiPolygon>;

describe('correction 3: the dated events are "History" / "沿革", never "Since approval" / "批复以来"', () => {
  it('appears nowhere in the string tables, the area data or the ports', () => {
    expect(en.history).toBe('History');
    expect(zh.history).toBe('沿革');
    const texts = [...Object.values(en), ...Object.values(zh), JSON.stringify(areas), JSON.stringify(ports)];
    for (const text of texts) {
      expect(text).not.toMatch(/批复以来/);
      expect(text).not.toMatch(/since approval/i);
    }
  });
});

describe('correction 2: Binhai leads with the eight bases of its 2010–2020 industrial layout', () => {
  it('lists the eight bases in the layout plan’s words, cited to it', () => {
    const binhai = areaById('binhai');
    expect(binhai?.industries.map((i) => i.label.zh)).toEqual([
      '航空航天',
      '石油和化工',
      '装备制造（含汽车、现代冶金）',
      '电子信息',
      '生物医药',
      '新能源新材料',
      '轻工纺织',
      '节能环保',
    ]);
    for (const i of binhai?.industries ?? []) {
      expect(i.fact.unsourced, i.industry).toBeFalsy();
      expect(i.fact.source?.citation, i.industry).toContain('《滨海新区工业布局规划（2010—2020年）》');
    }
  });
});

describe("correction 5: Gui'an's 20 townships", () => {
  it('ties the 20 to the 1,795 km² reply and flags 平坝’s 乐平 and 十字 as moderate confidence', () => {
    const guian = areaById('guian');
    expect(guian?.officialArea.value.landKm2).toBe(1795);
    expect(guian?.officialArea.note).toContain('20个乡镇，规划控制面积1795平方公里');
    expect(guian?.divisions.note).toMatch(/乐平 and 十字 in 平坝.*\(moderate confidence/);
  });
});

describe('correction 8: 规划面积 only for planning-area figures, 面积 otherwise, for all 19 areas', () => {
  it('follows the source’s wording in the data', () => {
    for (const a of areas) {
      const { planning } = a.officialArea.value;
      const note = a.officialArea.note ?? '';
      if (planning) expect(note, a.id).toMatch(/规划(控制)?面积|planning (control )?area/i);
      else expect(note, a.id).not.toMatch(/规划(控制)?面积/);
    }
  });

  it('labels the figure that way in the rendered panel', () => {
    act(() => useAtlas.setState({ ...initialState, lang: 'zh' }));
    const { container } = render(<DetailsPanel />);
    for (const a of areas) {
      act(() => useAtlas.setState({ selected: a.id }));
      const label = within(container).getByTestId('official-area').previousElementSibling?.textContent;
      expect(label, a.id).toBe(a.officialArea.value.planning ? '规划面积' : '面积');
      expect(label, a.id).toBe(zh[officialAreaLabel(a.officialArea.value)]);
    }
  });
});

describe("correction 12: Binhai's exact outline is today's district, not the 2006 scope", () => {
  it('says so on the exported map slide, in English and Chinese', () => {
    const lines = (lang: 'en' | 'zh') =>
      slideContent({ ...initialState, lang, selected: 'binhai' }, '2026-12-01').facts?.lines.join('\n') ?? '';
    expect(lines('en')).toContain(
      "The outline is today's Binhai district (the former Tanggu, Hangu and Dagang districts, since 2009). The new area's 2006 scope also took in parts of Dongli (东丽区) and Jinnan (津南区), which the outline does not show.",
    );
    expect(lines('zh')).toContain('2006年确定的新区范围还包括东丽区、津南区的部分区域，轮廓未予显示。');
  });
});

describe('correction 13: the Ningbo-Zhoushan port point', () => {
  const port = portById('ningbo-zhoushan');
  const at = [port?.lon ?? 0, port?.lat ?? 0];

  it('lies inside the Zhoushan new area’s drawn outline', () => {
    const outlines: Geo[] = JSON.parse(
      fs.readFileSync(path.join(OUT_DIR, 'areas.hi.geojson'), 'utf8'),
    ).features;
    const zhoushan = outlines.find((f) => f.properties?.id === 'zhoushan');
    expect(zhoushan).toBeDefined();
    expect(booleanPointInPolygon(at, zhoushan as Geo)).toBe(true);
    expect(port?.areaId).toBe('zhoushan');
    expect(port?.approximate).toBe(true);
  });

  it('does not lie in Ningbo’s Beilun district (the county data’s 北仑区)', () => {
    const file = path.join(INPUTS.countiesDir, 'zhe4_jiang1_ning2_bo1.geojson');
    const ningbo: { features: { properties?: { name?: string }; geometry?: { coordinates?: unknown[] } }[] } =
      decodeEchartsGeoJson(JSON.parse(fs.readFileSync(file, 'utf8')));
    const beilun = ningbo.features.find((f) => f.properties?.name === '北仑区');
    expect(beilun?.geometry?.coordinates?.length).toBeGreaterThan(0);
    const geo = { type: 'Feature', properties: {}, geometry: beilun?.geometry } as unknown as Geo;
    expect(booleanPointInPolygon(at, geo)).toBe(false);
    // Sanity: China MSA's Beilun reference point (29°56'8.6"N 121°51'05"E) is inside it.
    expect(booleanPointInPolygon([121 + 51 / 60 + 5 / 3600, 29 + 56 / 60 + 8.6 / 3600], geo)).toBe(true);
  });
});
