// The list of areas: every area is a button named by its name, so the app works without the map.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { areas } from '../../src/data';
import { AreaList } from '../../src/panels/AreaList';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

function list() {
  return screen.getByRole('region', { name: 'New areas' });
}

/**
 * The area buttons' names, top to bottom (the first test checks these are their accessible names).
 * Reads order, not visibility, so it skips testing-library's slow visibility check.
 */
function names(): string[] {
  return within(list()).queryAllByRole('button', { hidden: true }).map(accessibleText);
}

/** The visible text of a button minus its aria-hidden parts: what its accessible name is made of. */
function accessibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return clone.textContent?.trim() ?? '';
}

const nameOf = (id: string) => areas.find((a) => a.id === id)?.name.en;

describe('AreaList', () => {
  it('has one button per area, named by the area name, in approval order', () => {
    render(<AreaList />);
    const buttons = within(list()).getAllByRole('button');
    expect(buttons).toHaveLength(19);
    expect(names()).toEqual(areas.map((a) => a.name.en));
    buttons.forEach((b, i) => {
      expect(b).toHaveAccessibleName(areas[i]?.name.en ?? '?');
    });
    // Each is reachable by its exact name (the province and year beside it are hidden from the name).
    for (const a of areas) {
      expect(within(list()).getByRole('button', { name: a.name.en })).toBeInTheDocument();
    }
    expect(screen.getByTestId('list-count')).toHaveTextContent('19 of 19 areas');
    expect(names()[0]).toBe('Shanghai Pudong New Area');
    expect(names()[18]).toBe("Hebei Xiong'an New Area");
  });

  it('narrows to the northeast when that strategy is filtered', () => {
    act(() => useAtlas.getState().toggleStrategy('northeast'));
    render(<AreaList />);
    expect(names()).toEqual(['Dalian Jinpu New Area', 'Harbin New Area', 'Changchun New Area']);
    expect(screen.getByTestId('list-count')).toHaveTextContent('3 of 19 areas');
  });

  it('follows the store as the filter changes', () => {
    render(<AreaList />);
    expect(within(list()).getAllByRole('button')).toHaveLength(19);
    act(() => useAtlas.getState().setMeasure(13));
    expect(names()).toEqual(['pudong', 'binhai', 'zhoushan', 'nansha', 'west-coast', 'jinpu'].map(nameOf));
    expect(screen.getByTestId('list-count')).toHaveTextContent('6 of 19 areas');
    act(() => useAtlas.getState().clearFilters());
    expect(within(list()).getAllByRole('button')).toHaveLength(19);
  });

  it('sorts by name, by province and back to approval order', async () => {
    const user = userEvent.setup();
    render(<AreaList />);
    const sort = within(list()).getByRole('combobox', { name: /Sort by/ });

    await user.selectOptions(sort, 'Name');
    expect(useAtlas.getState().sort).toBe('name');
    const byName = names();
    expect(byName[0]).toBe('Central Yunnan (Dianzhong) New Area');
    expect(byName[1]).toBe('Changchun New Area');
    expect(byName[18]).toBe('Zhejiang Zhoushan Archipelago New Area');
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));

    await user.selectOptions(sort, 'Province');
    expect(useAtlas.getState().sort).toBe('province');
    // Chongqing, Fujian, Gansu, Guangdong … Yunnan, Zhejiang.
    expect(names().slice(0, 4)).toEqual(['liangjiang', 'fuzhou', 'lanzhou', 'nansha'].map(nameOf));
    expect(names().slice(-2)).toEqual(['central-yunnan', 'zhoushan'].map(nameOf));

    await user.selectOptions(sort, 'Approval order');
    expect(names()).toEqual(areas.map((a) => a.name.en));
  });

  it('selects an area when its button is clicked, and marks it aria-current', async () => {
    const user = userEvent.setup();
    render(<AreaList />);
    const harbin = within(list()).getByRole('button', { name: 'Harbin New Area' });
    expect(harbin).not.toHaveAttribute('aria-current');
    await user.click(harbin);
    expect(useAtlas.getState().selected).toBe('harbin');
    expect(harbin).toHaveAttribute('aria-current', 'true');
    const current = within(list())
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-current'));
    expect(current).toEqual([harbin]);

    await user.click(within(list()).getByRole('button', { name: 'Guangzhou Nansha New Area' }));
    expect(useAtlas.getState().selected).toBe('nansha');
    expect(harbin).not.toHaveAttribute('aria-current');
  });

  it('moves focus between the area buttons with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<AreaList />);
    const buttons = within(list()).getAllByRole('button');
    buttons[0]?.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(buttons[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[18]).toHaveFocus();
    await user.keyboard('{ArrowDown}'); // stays on the last one
    expect(buttons[18]).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{Control>}{ArrowDown}{/Control}'); // a modified key is not a list command
    expect(buttons[0]).toHaveFocus();
    expect(useAtlas.getState().selected).toBeNull(); // moving focus selects nothing
  });

  it('moves focus in the order shown, among the areas that pass the filters', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.getState().toggleStrategy('northeast'));
    render(<AreaList />);
    within(list()).getByRole('button', { name: 'Dalian Jinpu New Area' }).focus();
    await user.keyboard('{End}');
    expect(within(list()).getByRole('button', { name: 'Changchun New Area' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(within(list()).getByRole('button', { name: 'Harbin New Area' })).toHaveFocus();
  });

  it('shows Chinese names in Chinese', () => {
    act(() => useAtlas.setState({ lang: 'zh' }));
    render(<AreaList />);
    const region = screen.getByRole('region', { name: '国家级新区' });
    expect(within(region).getByRole('button', { name: '黑龙江哈尔滨新区' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: '上海浦东新区' })).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Harbin New Area' })).not.toBeInTheDocument();
    expect(screen.getByTestId('list-count')).toHaveTextContent('共19个，显示19个');
  });

  it('says so when no area passes the filters', () => {
    // Measure (6) names no area in the Greater Bay Area.
    act(() => useAtlas.getState().apply({ strategies: ['gba'], measure: 6 }));
    render(<AreaList />);
    expect(within(list()).queryAllByRole('button')).toHaveLength(0);
    expect(list()).toHaveTextContent('No area matches these filters.');
    expect(screen.getByTestId('list-count')).toHaveTextContent('0 of 19 areas');
  });

  it('says why when a measure names no area', () => {
    act(() => useAtlas.getState().apply({ measure: 3 }));
    render(<AreaList />);
    expect(within(list()).queryAllByRole('button')).toHaveLength(0);
    expect(list()).toHaveTextContent('Measure (3) names no area; it addresses all new areas.');
    expect(list()).not.toHaveTextContent('No area matches these filters.');
  });
});
