// The search box as a WAI-ARIA combobox: type, arrow through the results, Enter selects, Escape clears.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { areaById } from '../../src/data';
import { Search } from '../../src/panels/Search';
import { search } from '../../src/panels/search-index';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

function setup() {
  const user = userEvent.setup();
  render(<Search />);
  const box = screen.getByRole('combobox', { name: 'Search areas' });
  return { user, box };
}

describe('Search', () => {
  it('starts closed: no listbox, not expanded, no active option', () => {
    const { box } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('typing opens the listbox, with the results as options and the first one active', async () => {
    const { user, box } = setup();
    await user.type(box, 'jiang');
    const listbox = screen.getByRole('listbox', { name: 'Search areas' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    const options = within(listbox).getAllByRole('option');
    const expected = search('jiang');
    expect(options).toHaveLength(expected.length);
    options.forEach((o, i) => {
      expect(o).toHaveTextContent(areaById(expected[i]?.id ?? 'pudong')?.name.en ?? '?');
    });
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    // A result found through something other than its name says why.
    expect(within(listbox).getByRole('option', { name: /Harbin New Area/ })).toHaveTextContent(
      'province: Heilongjiang',
    );
  });

  it('ArrowDown and ArrowUp move aria-activedescendant, within the list', async () => {
    const { user, box } = setup();
    await user.type(box, 'jiang');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    for (let i = 0; i < options.length + 3; i++) await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[options.length - 1]?.id);
  });

  it('Enter selects the active option, clears the box and closes the list', async () => {
    const { user, box } = setup();
    await user.type(box, 'jiang');
    await user.keyboard('{ArrowDown}');
    const second = search('jiang')[1]?.id;
    expect(second).toBeDefined();
    await user.keyboard('{Enter}');
    expect(useAtlas.getState().selected).toBe(second);
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it("finds Gui'an typed without its apostrophe, and selects it with Enter", async () => {
    const { user, box } = setup();
    await user.type(box, 'guian{Enter}');
    expect(useAtlas.getState().selected).toBe('guian');
  });

  it('selects an option by pointer', async () => {
    const { user, box } = setup();
    await user.type(box, 'Heilongjiang');
    await user.click(screen.getByRole('option', { name: /Harbin New Area/ }));
    expect(useAtlas.getState().selected).toBe('harbin');
    expect(box).toHaveValue('');
  });

  it('Escape clears the box and closes the list without selecting', async () => {
    const { user, box } = setup();
    await user.type(box, 'harbin');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(useAtlas.getState().selected).toBeNull();
  });

  it('says when nothing matches, and Enter then does nothing', async () => {
    const { user, box } = setup();
    await user.type(box, 'zzzz');
    const listbox = screen.getByRole('listbox');
    expect(within(listbox).queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No match for “zzzz”');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useAtlas.getState().selected).toBeNull();
  });

  it('a blank query shows no list', async () => {
    const { user, box } = setup();
    await user.type(box, '   ');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('shows Chinese names in Chinese', async () => {
    useAtlas.setState({ lang: 'zh' });
    const user = userEvent.setup();
    render(<Search />);
    await user.type(screen.getByRole('combobox', { name: '搜索新区' }), 'Harbin');
    expect(screen.getByRole('option', { name: '黑龙江哈尔滨新区' })).toBeInTheDocument();
  });
});
