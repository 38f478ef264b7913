// The filters, rendered beside the real list so a filter's effect is seen where a user sees it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { areas, areasNamedBy, areasWithIndustry, industries } from '../../src/data';
import { AreaList } from '../../src/panels/AreaList';
import { Filters } from '../../src/panels/Filters';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <Filters />
      <AreaList />
    </>,
  );
  const filters = screen.getByRole('region', { name: 'Filters' });
  const list = screen.getByRole('region', { name: 'New areas' });
  // Reading the list's order, not its visibility: skipping the (slow) visibility check keeps this fast.
  const shown = () =>
    within(list)
      .queryAllByRole('button', { hidden: true })
      .map((b) => b.firstChild?.textContent ?? '');
  const summary = () => screen.getByTestId('filter-summary');
  return { user, filters, list, shown, summary };
}

const namesOf = (ids: string[]) => areas.filter((a) => ids.includes(a.id)).map((a) => a.name.en);

describe('Filters', () => {
  it('offers the five regional strategies and the four macro-regions as toggle buttons', () => {
    const { filters } = setup();
    const regional = within(filters).getByRole('group', { name: 'Regional strategies (measure 2)' });
    const macro = within(filters).getByRole('group', { name: 'Macro-regions' });
    expect(
      within(regional)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Beijing-Tianjin-Hebei',
      'Yangtze River Delta',
      'Greater Bay Area',
      'Chengdu-Chongqing',
      'Middle Yangtze',
    ]);
    expect(
      within(macro)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['East', 'Central', 'West', 'Northeast']);
    for (const b of within(filters).getAllByRole('button', { pressed: false })) {
      expect(b).toHaveAttribute('aria-pressed', 'false');
    }
  });

  it('a strategy chip is pressed and narrows the list', async () => {
    const { user, filters, shown, summary } = setup();
    const chip = within(filters).getByRole('button', { name: 'Northeast' });
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(useAtlas.getState().strategies).toEqual(['northeast']);
    expect(shown()).toEqual(['Dalian Jinpu New Area', 'Harbin New Area', 'Changchun New Area']);
    expect(screen.getByTestId('list-count')).toHaveTextContent('3 of 19 areas');
    expect(summary()).toHaveTextContent('Showing: Northeast');
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    expect(shown()).toHaveLength(19);
  });

  it('two strategy chips combine with OR', async () => {
    const { user, filters, shown, summary } = setup();
    await user.click(within(filters).getByRole('button', { name: 'Greater Bay Area' }));
    expect(shown()).toEqual(['Guangzhou Nansha New Area']);
    await user.click(within(filters).getByRole('button', { name: 'Beijing-Tianjin-Hebei' }));
    expect(shown()).toEqual([
      'Tianjin Binhai New Area',
      'Guangzhou Nansha New Area',
      "Hebei Xiong'an New Area",
    ]);
    expect(
      within(filters)
        .getAllByRole('button', { pressed: true })
        .map((b) => b.textContent),
    ).toEqual(['Beijing-Tianjin-Hebei', 'Greater Bay Area']);
    // In the canonical order, whatever order they were pressed in.
    expect(summary()).toHaveTextContent('Showing: Beijing-Tianjin-Hebei or Greater Bay Area');
  });

  it('the industry select narrows the list and counts the areas of each industry', async () => {
    const { user, filters, shown, summary } = setup();
    const select = within(filters).getByRole('combobox', { name: /Industry/ });
    const options = within(select).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Any industry');
    expect(options).toHaveLength(industries.length + 1);
    const auto = within(select).getByRole('option', { name: /^Automobiles/ });
    expect(auto).toHaveTextContent(`(${areasWithIndustry('automobiles').length})`);

    await user.selectOptions(select, 'automobiles');
    expect(useAtlas.getState().industry).toBe('automobiles');
    expect(shown()).toEqual(namesOf(areasWithIndustry('automobiles')));
    expect(shown()).toContain('Changchun New Area');
    expect(shown()).not.toContain('Harbin New Area');
    expect(summary()).toHaveTextContent('Showing: Automobiles (incl. new-energy vehicles)');

    await user.selectOptions(select, '');
    expect(useAtlas.getState().industry).toBeNull();
    expect(shown()).toHaveLength(19);
  });

  it('the measure select lists the 25 measures and narrows to the areas a measure names', async () => {
    const { user, filters, shown, summary } = setup();
    const select = within(filters).getByRole('combobox', { name: /Named in measure/ });
    const options = within(select).getAllByRole('option');
    expect(options).toHaveLength(26);
    expect(options.slice(1).map((o) => o.textContent?.match(/^\((\d+)\)/)?.[1])).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1)),
    );
    await user.selectOptions(select, '14');
    expect(useAtlas.getState().measure).toBe(14);
    expect(shown()).toEqual(namesOf(areasNamedBy(14)));
    expect(shown()).toEqual([
      'Chongqing Liangjiang New Area',
      'Guangzhou Nansha New Area',
      'Fuzhou New Area',
      'Harbin New Area',
    ]);
    expect(summary()).toHaveTextContent('Showing: named in measure (14)');
  });

  it('offers a measure that names no area, applies it, and the list says why', async () => {
    const { user, filters, list, shown, summary } = setup();
    const measures = within(filters).getByRole('combobox', { name: /Named in measure/ });
    for (const n of ['3', '23', '25'])
      expect(
        within(measures).getByRole('option', { name: new RegExp(`^\\(${n}\\) .*\\(0\\)$`) }),
      ).toBeEnabled();
    await user.selectOptions(measures, '3');
    expect(useAtlas.getState().measure).toBe(3);
    expect(shown()).toEqual([]);
    expect(summary()).toHaveTextContent('Showing: named in measure (3)');
    expect(list).toHaveTextContent('Measure (3) names no area; it addresses all new areas.');
  });

  it('combines a strategy, an industry and a measure with AND, and says so in the summary', async () => {
    const { user, filters, shown, summary } = setup();
    await user.click(within(filters).getByRole('button', { name: 'Northeast' }));
    await user.selectOptions(within(filters).getByRole('combobox', { name: /Named in measure/ }), '6');
    expect(shown()).toEqual(['Harbin New Area', 'Changchun New Area']);
    await user.selectOptions(within(filters).getByRole('combobox', { name: /Industry/ }), 'automobiles');
    expect(shown()).toEqual(['Changchun New Area']);
    expect(summary()).toHaveTextContent(
      'Showing: Northeast · Automobiles (incl. new-energy vehicles) · named in measure (6)',
    );
  });

  it('"Clear all filters" is disabled with nothing filtered, and resets everything', async () => {
    const { user, filters, shown, summary } = setup();
    const clear = within(filters).getByRole('button', { name: 'Clear all filters' });
    expect(clear).toBeDisabled();
    expect(summary()).toHaveTextContent('All 19 areas, no filter');

    await user.click(within(filters).getByRole('button', { name: 'West' }));
    await user.selectOptions(within(filters).getByRole('combobox', { name: /Industry/ }), 'biomedicine');
    await user.selectOptions(within(filters).getByRole('combobox', { name: /Named in measure/ }), '21');
    expect(clear).toBeEnabled();
    expect(shown()).toEqual(['Shaanxi Xixian New Area']);

    await user.click(clear);
    const s = useAtlas.getState();
    expect([s.strategies, s.industry, s.measure]).toEqual([[], null, null]);
    expect(clear).toBeDisabled();
    expect(shown()).toHaveLength(19);
    expect(summary()).toHaveTextContent('All 19 areas, no filter');
    expect(within(filters).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(within(filters).getByRole('combobox', { name: /Industry/ })).toHaveValue('');
    expect(within(filters).getByRole('combobox', { name: /Named in measure/ })).toHaveValue('');
  });

  it('reflects filters set elsewhere (a URL, the details panel)', () => {
    useAtlas.getState().apply({ strategies: ['yrd'], measure: 13 });
    const { filters, shown, summary } = setup();
    expect(within(filters).getByRole('button', { name: 'Yangtze River Delta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(filters).getByRole('combobox', { name: /Named in measure/ })).toHaveValue('13');
    expect(shown()).toEqual(['Shanghai Pudong New Area', 'Zhejiang Zhoushan Archipelago New Area']);
    expect(summary()).toHaveTextContent('Showing: Yangtze River Delta · named in measure (13)');
  });

  it('speaks Chinese in Chinese', () => {
    useAtlas.getState().apply({ lang: 'zh', strategies: ['jjj', 'gba'] });
    render(<Filters />);
    const filters = screen.getByRole('region', { name: '筛选' });
    expect(within(filters).getByRole('button', { name: '京津冀' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('filter-summary')).toHaveTextContent('当前显示：京津冀或大湾区');
  });
});
