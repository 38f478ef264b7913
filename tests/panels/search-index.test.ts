// @vitest-environment node
// The search index: names in both languages and the plan's own forms, provinces, industries and
// the plan's aliases; forgiving about apostrophes, hyphens, spaces and case.
import { describe, expect, it } from 'vitest';
import { areasWithIndustry } from '../../src/data';
import { normalise, search } from '../../src/panels/search-index';

const ids = (q: string, limit?: number) => search(q, limit).map((r) => r.id);
const first = (q: string) => search(q)[0];

describe('search', () => {
  it('finds an area by its English and Chinese names', () => {
    expect(first('Harbin New Area')).toEqual({ id: 'harbin', kind: 'area', matched: 'Harbin New Area' });
    expect(first('harbin')?.id).toBe('harbin');
    expect(first('哈尔滨')).toMatchObject({ id: 'harbin', kind: 'area' });
    expect(ids('上海浦东')).toEqual(['pudong']);
    expect(ids('Guangzhou')).toEqual(['nansha']);
    expect(ids('Dianzhong')).toEqual(['central-yunnan']);
  });

  it("finds an area by the plan's own name for it", () => {
    expect(first('Yunnan Central Dian')).toMatchObject({ id: 'central-yunnan', kind: 'area' });
  });

  it('finds an area by its province, in either language', () => {
    expect(search('Heilongjiang')).toEqual([{ id: 'harbin', kind: 'province', matched: 'Heilongjiang' }]);
    expect(search('黑龙江省')).toEqual([{ id: 'harbin', kind: 'province', matched: '黑龙江省' }]);
    expect(ids('Fujian')).toEqual(['fuzhou']);
    expect(ids('Shandong')).toEqual(['west-coast']);
  });

  it('finds areas by industry, in either language', () => {
    expect(search('Smart home appliances')).toEqual([
      { id: 'west-coast', kind: 'industry', matched: 'Smart home appliances' },
    ]);
    const bio = areasWithIndustry('biomedicine');
    expect(bio.length).toBeGreaterThan(10);
    // The type-ahead shows every match; all of them have the industry.
    const shown = search('Biomedicine');
    expect(shown).toHaveLength(13);
    for (const r of shown) {
      expect(bio).toContain(r.id);
      expect(r.kind).toBe('industry');
    }
    // With room for all, every area of the industry is found.
    expect(ids('Biomedicine', 19).sort()).toEqual([...bio].sort());
    expect(ids('生物医药', 19).sort()).toEqual([...bio].sort());
  });

  it('finds an area by a place, port or event the plan names in it', () => {
    expect(search('Zhangjiang')).toEqual([{ id: 'pudong', kind: 'alias', matched: 'Zhangjiang' }]);
    expect(ids('Ice and Snow Festival')).toEqual(['harbin']);
    expect(ids('Beer Festival')).toEqual(['west-coast']);
    expect(first('Ningbo-Zhoushan Port')).toMatchObject({ id: 'zhoushan', kind: 'alias' });
    expect(first('Belt and Road')).toMatchObject({ id: 'liangjiang', kind: 'alias' });
    // "Lingang" in measure (13) is deliberately not a link to Pudong; search agrees.
    expect(ids('Lingang')).toEqual([]);
  });

  it('lets "Gui\'an" and "guian", "Xiong\'an" and "xiongan" meet', () => {
    for (const q of ["Gui'an", 'guian', 'Gui’an', 'GUI AN', 'gui-an']) expect(first(q)?.id, q).toBe('guian');
    for (const q of ["Xiong'an", 'xiongan', 'Xiong’an', 'XIONG AN']) expect(first(q)?.id, q).toBe('xiongan');
    expect(normalise("Gui'an")).toBe(normalise('guian'));
    expect(normalise("Xiong'an")).toBe('xiongan');
    expect(normalise('Ningbo-Zhoushan Port')).toBe('ningbozhoushanport');
  });

  it('gives nothing for an empty or blank query, or one that matches nothing', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search("'-")).toEqual([]);
    expect(search('zzzz')).toEqual([]);
  });

  it('ranks names above aliases, provinces and industries, and lists each area once', () => {
    const jiang = search('jiang');
    expect(new Set(jiang.map((r) => r.id)).size).toBe(jiang.length);
    const kinds = jiang.map((r) => r.kind);
    expect(kinds.slice(0, 5)).toEqual(['area', 'area', 'area', 'area', 'area']);
    expect(kinds.indexOf('alias')).toBeLessThan(kinds.indexOf('province'));
    expect(jiang.find((r) => r.id === 'harbin')).toEqual({
      id: 'harbin',
      kind: 'province',
      matched: 'Heilongjiang',
    });
  });

  it('caps the results at the limit', () => {
    expect(search('new area')).toHaveLength(19);
    expect(search('new area', 5)).toHaveLength(5);
    expect(search('new area', 19)).toHaveLength(19);
    expect(search('new area', 3)).toHaveLength(3);
  });
});
