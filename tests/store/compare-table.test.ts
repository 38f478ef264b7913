// The comparison table's content: one cell per area in the order compared, industries shared by two
// or more marked (counted by the plan's categories), words in the UI language.
import { describe, expect, it } from 'vitest';
import { areaById, measuresForArea } from '../../src/data';
import { compareRows } from '../../src/store/compare-table';

const row = (id: string, rows = compareRows(['pudong', 'nansha', 'liangjiang'], 'en')) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r.cells.map((c) => c.map((i) => i.text));
};

describe('compareRows', () => {
  it('has the rows the issue names, a cell per area, in order', () => {
    const rows = compareRows(['pudong', 'nansha', 'liangjiang'], 'en');
    expect(rows.map((r) => r.id)).toEqual([
      'approval',
      'area',
      'precision',
      'province',
      'strategies',
      'macro',
      'measures',
      'industries',
      'ports',
    ]);
    for (const r of rows) expect(r.cells).toHaveLength(3);
    expect(row('approval')[0]).toEqual(['1992-10-11', '国函〔1992〕145号']);
    expect(row('province')).toEqual([['Shanghai'], ['Guangdong'], ['Chongqing']]);
    expect(row('ports')[2]).toEqual(['none']);
  });

  it('names each measure that names the area, by number and title', () => {
    const named = measuresForArea('pudong').named.map((l) => l.measure);
    const cell = row('measures')[0] ?? [];
    expect(cell).toHaveLength(named.length);
    named.forEach((n, i) => {
      expect(cell[i]).toMatch(new RegExp(`^\\(${n}\\) \\S`));
    });
  });

  it('marks exactly the industries two or more of the areas share', () => {
    const ids = ['pudong', 'nansha', 'liangjiang'] as const;
    const cats = (id: (typeof ids)[number]) => new Set(areaById(id)?.industries.map((i) => i.industry));
    const rows = compareRows([...ids], 'en');
    const industries = rows.find((r) => r.id === 'industries');
    ids.forEach((id, col) => {
      const shared = [...cats(id)].filter((c) => ids.filter((o) => cats(o).has(c)).length > 1);
      expect(industries?.cells[col]?.filter((i) => i.shared)).toHaveLength(shared.length);
    });
  });

  it('speaks Chinese', () => {
    const zh = compareRows(['pudong', 'xiongan'], 'zh');
    expect(zh.find((r) => r.id === 'province')?.cells[1]?.[0]?.text).toBe('河北省');
    expect(zh.find((r) => r.id === 'precision')?.cells[0]?.[0]?.text).toBe('精确');
  });
});
