// The legend: its swatches are the scale's legend entries, so it can never disagree with the map.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { areaScale } from '../../src/colour/scales';
import { areas } from '../../src/data';
import outlines from '../../src/data/outlines.generated.json';
import { COLOR_MODES, type ColorMode } from '../../src/data/types';
import { Legend } from '../../src/panels/Legend';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

const MODE_NAME: Record<ColorMode, string> = {
  strategy: 'Regional strategy',
  year: 'Approval year',
  area: 'Official area',
  measures: 'Measures naming it',
};

const MODE_NAME_ZH: Record<ColorMode, string> = {
  strategy: '区域战略',
  year: '设立年份',
  area: '面积',
  measures: '点名条目数',
};

/** jsdom stores a CSS colour as rgb(r, g, b); the scale writes #rrggbb. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function entries(mode: ColorMode, lang: 'en' | 'zh' = 'en') {
  const region = screen.getByRole('region', { name: lang === 'en' ? 'Legend' : '图例' });
  const list = within(region).getByRole('list', { name: (lang === 'en' ? MODE_NAME : MODE_NAME_ZH)[mode] });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => ({
      color: li.querySelector<HTMLElement>('.swatch')?.style.background ?? '',
      label: li.textContent ?? '',
    }));
}

describe('Legend', () => {
  it.each(COLOR_MODES)('shows exactly the scale\'s entries for "%s", same colours, same order', (mode) => {
    act(() => useAtlas.setState({ colorMode: mode }));
    render(<Legend />);
    const scale = areaScale(mode);
    const shown = entries(mode);
    expect(shown.map((e) => e.color)).toEqual(scale.legend.map((e) => rgb(e.color)));
    // Every area's colour is one of the swatches.
    for (const a of areas)
      expect(
        shown.map((e) => e.color),
        a.id,
      ).toContain(rgb(scale.colorOf(a.id)));
    // Labels are words, not placeholders or broken numbers, and each is different.
    for (const { label } of shown) {
      expect(label.trim()).not.toBe('');
      expect(label).not.toMatch(/NaN|undefined|null|Infinity|\{|\}/);
    }
    expect(new Set(shown.map((e) => e.label)).size).toBe(shown.length);
  });

  it('labels each mode as a reader expects', () => {
    const labels = (mode: ColorMode) => {
      act(() => useAtlas.setState({ colorMode: mode }));
      const { unmount } = render(<Legend />);
      const out = entries(mode).map((e) => e.label);
      unmount();
      return out;
    };
    expect(labels('strategy')).toEqual([
      'Beijing-Tianjin-Hebei',
      'Yangtze River Delta',
      'Greater Bay Area',
      'Chengdu-Chongqing',
      'Middle Yangtze',
      'none of the five',
    ]);
    // Whole years: 1992–2005, …, a single year on its own, then open-ended.
    expect(labels('year')).toEqual(['1992–2005', '2006–2010', '2011–2014', '2015', '2016 and later']);
    expect(labels('measures')).toEqual(['0', '1', '2', '3–4', '5 or more']);
    const area = labels('area');
    expect(area).toHaveLength(5);
    expect(area[area.length - 1]).toBe('≥ 2,000 km²');
    for (const l of area) expect(l).toMatch(/km²$/);
  });

  it('changes the colour mode from the "Colour by" select', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    const select = screen.getByRole('combobox', { name: /Colour by/ });
    expect(select).toHaveValue('strategy');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(COLOR_MODES.map((m) => MODE_NAME[m]));

    await user.selectOptions(select, 'Approval year');
    expect(useAtlas.getState().colorMode).toBe('year');
    expect(entries('year').map((e) => e.color)).toEqual(areaScale('year').legend.map((e) => rgb(e.color)));

    await user.selectOptions(select, 'Measures naming it');
    expect(useAtlas.getState().colorMode).toBe('measures');
    expect(entries('measures')).toHaveLength(areaScale('measures').legend.length);
  });

  it('follows the store when the mode is changed elsewhere (a briefing step)', () => {
    render(<Legend />);
    act(() => useAtlas.getState().setColorMode('area'));
    expect(screen.getByRole('combobox', { name: /Colour by/ })).toHaveValue('area');
    expect(entries('area').map((e) => e.color)).toEqual(areaScale('area').legend.map((e) => rgb(e.color)));
  });

  it('folds the symbol explanations but always keeps the colour key visible', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    const fold = screen.getByRole('button', { name: 'Fewer details' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await user.click(fold);
    const region = screen.getByRole('region', { name: 'Legend' });
    expect(region).not.toHaveTextContent('Exact outline');
    expect(entries('strategy')).toHaveLength(areaScale('strategy').legend.length);
    const unfold = screen.getByRole('button', { name: 'What the outlines and symbols mean' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    await user.click(unfold);
    expect(region).toHaveTextContent('Exact outline');
  });

  it('explains the outline styles and the port symbol', () => {
    render(<Legend />);
    const region = screen.getByRole('region', { name: 'Legend' });
    expect(region).toHaveTextContent('Exact outline');
    expect(region).toHaveTextContent('Approximate outline');
    expect(region).toHaveTextContent('Hub port, measure (13)');
  });

  it('speaks Chinese in Chinese', () => {
    act(() => useAtlas.setState({ lang: 'zh', colorMode: 'year' }));
    render(<Legend />);
    const labels = entries('year', 'zh').map((e) => e.label);
    expect(labels[0]).toBe('1992–2005年');
    expect(labels[labels.length - 1]).toBe('2016年及以后');
    expect(screen.getByRole('combobox', { name: /着色依据/ })).toHaveValue('year');
  });

  it('in Chinese, every approval-year label says 年', () => {
    act(() => useAtlas.setState({ lang: 'zh', colorMode: 'year' }));
    render(<Legend />);
    for (const { label } of entries('year', 'zh')) expect(label).toContain('年');
  });

  it('does not claim every approximate outline is drawn larger than the area', () => {
    // Xiong'an is approximate, yet its outline (1,549 km²) is smaller than its official 1,770 km².
    const xiongan = areas.find((a) => a.id === 'xiongan');
    expect(xiongan?.precision).toBe('approximate');
    const drawn = (outlines as Record<string, { outline_km2: number }>).xiongan?.outline_km2 ?? 0;
    expect(drawn).toBeLessThan(xiongan?.officialArea.value.landKm2 ?? 0);
    render(<Legend />);
    expect(screen.getByRole('region', { name: 'Legend' })).not.toHaveTextContent(
      /\(drawn larger than it is\)/,
    );
  });
});
