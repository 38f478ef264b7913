// @vitest-environment node
// The map's context at city zoom, as committed in public/geo: the cities (ranked, named in English
// and Chinese, the areas' host cities marked) and the rivers and lakes with their names on them.
// Rebuild with `npm run geo`.
import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { INPUTS, MAX_SNAP_KM, OUT_DIR } from '../../scripts/geo/config.mjs';
import { GEO_TOOLCHAIN } from './toolchain';

type City = { id: string; name_zh: string; name_en: string; rank: string; host: boolean };
type Water = { kind: 'river' | 'lake' | 'label'; name_en?: string; name_zh?: string; water?: string };
const read = <P>(name: string): Feature<GeoJSON.Geometry, P>[] =>
  JSON.parse(fs.readFileSync(path.join(OUT_DIR, name), 'utf8')).features;
const cities = read<City>('cities.geojson');
const water = read<Water>('water.geojson');
const config: { areas: { id: string; parts: { file: string }[] }[] } = JSON.parse(
  fs.readFileSync(INPUTS.areas, 'utf8'),
);
const provinces = read<Record<string, unknown>>('provinces.hi.geojson') as Feature<Polygon | MultiPolygon>[];
const onLand = (p: Feature<GeoJSON.Point>) => provinces.some((f) => booleanPointInPolygon(p, f));
const byZh = (zh: string) => cities.find((c) => c.properties.name_zh === zh);

describe('cities.geojson', () => {
  it('holds the prefecture-level cities, municipalities and SARs, with unique adcodes, in order', () => {
    expect(cities.length).toBeGreaterThanOrEqual(330);
    expect(cities.length).toBeLessThanOrEqual(340);
    const ids = cities.map((c) => c.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^\d{4}00$/);
    expect(ids).not.toContain('710000'); // Taiwan: a province, named as one
    expect(ids).not.toContain('371200'); // Laiwu: part of Jinan since 2019
    for (const c of cities) {
      expect(Object.keys(c.properties)).toEqual(['id', 'name_zh', 'name_en', 'rank', 'host']);
      expect(c.geometry.type).toBe('Point');
    }
  });

  it('ranks Beijing the capital of the nation, and the 32 other capitals, municipalities and SARs', () => {
    expect(cities.filter((c) => c.properties.rank === 'nation').map((c) => c.properties.id)).toEqual([
      '110000',
    ]);
    const capitals = cities.filter((c) => c.properties.rank === 'capital').map((c) => c.properties.name_zh);
    expect(capitals).toHaveLength(32);
    for (const zh of ['天津', '上海', '重庆', '香港', '澳门', '哈尔滨', '拉萨', '乌鲁木齐', '海口', '南宁'])
      expect(capitals).toContain(zh);
    for (const zh of ['深圳', '青岛', '大连', '苏州']) expect(byZh(zh)?.properties.rank).toBe('city');
  });

  it('marks the city of every new area as its host', () => {
    const hosts: Record<string, string[]> = {
      pudong: ['上海'],
      binhai: ['天津'],
      liangjiang: ['重庆'],
      zhoushan: ['舟山'],
      lanzhou: ['兰州'],
      nansha: ['广州'],
      xixian: ['西安', '咸阳'],
      guian: ['贵阳', '安顺'],
      'west-coast': ['青岛'],
      jinpu: ['大连'],
      tianfu: ['成都', '眉山'],
      xiangjiang: ['长沙'],
      jiangbei: ['南京'],
      fuzhou: ['福州'],
      'central-yunnan': ['昆明'],
      harbin: ['哈尔滨'],
      changchun: ['长春'],
      ganjiang: ['南昌', '九江'],
      xiongan: ['保定'],
    };
    expect(Object.keys(hosts).sort()).toEqual(config.areas.map((a) => a.id).sort());
    const all = Object.values(hosts).flat();
    for (const zh of all) expect(byZh(zh)?.properties.host, zh).toBe(true);
    expect(cities.filter((c) => c.properties.host)).toHaveLength(all.length);
  });

  it('names cities in English by their usual spelling', () => {
    const en: Record<string, string> = {
      西安: "Xi'an",
      哈尔滨: 'Harbin',
      乌鲁木齐: 'Urumqi',
      六安: "Lu'an",
      重庆: 'Chongqing',
      香港: 'Hong Kong',
      澳门: 'Macao',
      呼和浩特: 'Hohhot',
      拉萨: 'Lhasa',
      蚌埠: 'Bengbu',
      长沙: 'Changsha',
      长春: 'Changchun',
      厦门: 'Xiamen',
      丽水: 'Lishui',
      乐山: 'Leshan',
      大理: 'Dali',
      吉安: "Ji'an",
      齐齐哈尔: 'Qiqihar',
      鄂尔多斯: 'Ordos',
      日喀则: 'Shigatse',
      西双版纳: 'Xishuangbanna',
      延边: 'Yanbian',
      上海: 'Shanghai',
      石家庄: 'Shijiazhuang',
    };
    for (const [zh, name] of Object.entries(en)) expect(byZh(zh)?.properties.name_en, zh).toBe(name);
    for (const c of cities) expect(c.properties.name_en).toMatch(/^[A-Z][A-Za-zü' ()]+$/);
  });

  // cities.mjs reads names with pinyin-pro, one of the pipeline's own packages (npm run geo:install).
  it.skipIf(!GEO_TOOLCHAIN)(
    'reads a name with pinyin, an apostrophe before a syllable that starts with a vowel',
    async () => {
      const { englishName } = await import('../../scripts/geo/cities.mjs');
      expect(englishName('西安市')).toBe("Xi'an");
      expect(englishName('淮安')).toBe("Huai'an");
      expect(englishName('苏州市')).toBe('Suzhou');
      expect(englishName('兴安盟')).toBe('Hinggan');
    },
  );
});

describe('water.geojson', () => {
  const rivers = water.filter((f) => f.properties.kind === 'river');
  const lakes = water.filter((f) => f.properties.kind === 'lake');
  const labels = water.filter((f) => f.properties.kind === 'label');

  it('has rivers as lines, lakes as polygons and names as points, in that order', () => {
    expect(rivers.length).toBeGreaterThan(40);
    expect(lakes.length).toBeGreaterThan(10);
    for (const r of rivers) expect(r.geometry.type).toMatch(/^(Multi)?LineString$/);
    for (const l of lakes) expect(l.geometry.type).toMatch(/^(Multi)?Polygon$/);
    for (const l of labels) {
      expect(l.geometry.type).toBe('Point');
      expect(Object.keys(l.properties)).toEqual(['kind', 'name_en', 'name_zh', 'water']);
    }
    expect(water.map((f) => f.properties.kind)).toEqual([
      ...rivers.map(() => 'river'),
      ...lakes.map(() => 'lake'),
      ...labels.map(() => 'label'),
    ]);
  });

  it('names the large rivers and lakes', () => {
    const names = new Set(labels.map((l) => l.properties.name_zh));
    for (const zh of [
      '长江',
      '黄河',
      '松花江',
      '黑龙江',
      '汉江',
      '赣江',
      '辽河',
      '青海湖',
      '鄱阳湖',
      '太湖',
      '洪泽湖',
      '巢湖',
    ])
      expect(names, zh).toContain(zh);
  });

  it('puts a river’s name on a river line and a lake’s name inside a lake', () => {
    for (const l of labels) {
      const at = point((l.geometry as GeoJSON.Point).coordinates);
      if (l.properties.water === 'river') {
        const km = Math.min(
          ...rivers.map(
            (r) =>
              nearestPointOnLine(r as Feature<LineString | MultiLineString>, at, { units: 'kilometers' })
                .properties.dist ?? Number.POSITIVE_INFINITY,
          ),
        );
        // Snapped onto the line (rounded to 4 decimals: ~10 m), or, in the Yangtze's estuary (drawn
        // as sea), off the land and near the river's end.
        if (km > 0.05) {
          expect(onLand(at), l.properties.name_en).toBe(false);
          expect(km, l.properties.name_en).toBeLessThan(MAX_SNAP_KM);
        }
      } else {
        expect(
          lakes.some((k) => booleanPointInPolygon(at, k as Feature<Polygon | MultiPolygon>)),
          l.properties.name_en,
        ).toBe(true);
      }
    }
    expect(MAX_SNAP_KM).toBeLessThanOrEqual(25);
    expect(labels.filter((l) => l.properties.name_en === 'Yangtze').length).toBeGreaterThanOrEqual(4);
  });
});
