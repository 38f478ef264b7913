// The plan as an outline: 5 sections, 25 measures; choosing one shows the areas it names.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { areasNamedBy, measureByN, plan } from '../../src/data';
import { PlanBrowser } from '../../src/panels/PlanBrowser';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

function setup() {
  const user = userEvent.setup();
  render(<PlanBrowser />);
  const region = screen.getByRole('region', { name: 'Action Plan, 2024' });
  // The first tests check all 25 are visible buttons; this finder skips the slow visibility check.
  const measureButton = (n: number) =>
    within(region).getByRole('button', { name: new RegExp(`^\\(${n}\\) `), hidden: true });
  return { user, region, measureButton };
}

describe('PlanBrowser', () => {
  it('shows the 5 sections, as printed', () => {
    const { region } = setup();
    const headings = within(region).getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(5);
    expect(headings.map((h) => h.textContent)).toEqual(plan.sections.map((s) => `${s.numeral} ${s.title}`));
    expect(headings[0]).toHaveTextContent('I. Overall Requirements');
    expect(region).toHaveTextContent('The plan is quoted verbatim in its published English translation.');
  });

  it('lists the 25 measures as buttons "(n) lead", numbered 1–25 even where the plan spells them', () => {
    const { region } = setup();
    const buttons = within(region)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('plan-measure'));
    expect(buttons).toHaveLength(25);
    buttons.forEach((b, i) => {
      const m = plan.measures[i];
      expect(b).toHaveAccessibleName(`(${i + 1}) ${m?.lead}`);
      expect(b).toHaveAttribute('aria-pressed', 'false');
    });
    // (13) is printed "(Thirteen)"; the UI says "(13)".
    expect(measureByN(13)?.printed).toBe('(Thirteen)');
    expect(region).not.toHaveTextContent('(Thirteen)');
  });

  it('choosing (13) sets the measure filter and lists the 6 areas it names', async () => {
    const { user, region, measureButton } = setup();
    await user.click(measureButton(13));
    expect(useAtlas.getState().measure).toBe(13);
    expect(measureButton(13)).toHaveAttribute('aria-pressed', 'true');
    const detail = within(region).getByTestId('measure-detail');
    expect(within(detail).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Areas named in measure (13)',
    );
    const areaButtons = within(detail).getAllByRole('button');
    expect(areaButtons.map((b) => b.textContent)).toEqual([
      'Shanghai Pudong New Area',
      'Tianjin Binhai New Area',
      'Zhejiang Zhoushan Archipelago New Area',
      'Guangzhou Nansha New Area',
      'Qingdao West Coast New Area',
      'Dalian Jinpu New Area',
    ]);
    expect(areasNamedBy(13)).toHaveLength(6);
    // The full text, verbatim, folded, and cited.
    const details = detail.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('blockquote')?.textContent).toBe(measureByN(13)?.text);
    expect(detail.querySelector('cite')).toHaveTextContent('2024 Action Plan, measure (13)');
  });

  it("an area's button opens its details; choosing the measure again clears the filter", async () => {
    const { user, region, measureButton } = setup();
    await user.click(measureButton(13));
    await user.click(within(region).getByRole('button', { name: 'Dalian Jinpu New Area' }));
    expect(useAtlas.getState().selected).toBe('jinpu');
    await user.click(measureButton(13));
    expect(useAtlas.getState().measure).toBeNull();
    expect(measureButton(13)).toHaveAttribute('aria-pressed', 'false');
    expect(within(region).queryByTestId('measure-detail')).not.toBeInTheDocument();
  });

  it('only one measure is open at a time', async () => {
    const { user, region, measureButton } = setup();
    await user.click(measureButton(13));
    await user.click(measureButton(14));
    expect(useAtlas.getState().measure).toBe(14);
    expect(within(region).getAllByTestId('measure-detail')).toHaveLength(1);
    expect(within(region).getAllByRole('button', { pressed: true })).toEqual([measureButton(14)]);
  });

  it('a measure that names no area says whom it addresses: all new areas', async () => {
    const { user, region, measureButton } = setup();
    await user.click(measureButton(3));
    const detail = within(region).getByTestId('measure-detail');
    expect(detail).toHaveTextContent('Measure (3) names no area; it addresses all new areas.');
    expect(within(detail).queryAllByRole('button')).toHaveLength(0);
  });

  it('a measure that names no area says whom it addresses: the areas of its strategies', async () => {
    const { user, region, measureButton } = setup();
    await user.click(measureButton(2));
    const detail = within(region).getByTestId('measure-detail');
    expect(detail).toHaveTextContent(/^Measure \(2\) names no area; it addresses areas through /);
    for (const s of [
      'Beijing-Tianjin-Hebei',
      'Yangtze River Delta',
      'Greater Bay Area',
      'Chengdu-Chongqing',
      'Middle Yangtze',
    ]) {
      expect(detail).toHaveTextContent(s);
    }
    expect(detail).not.toHaveTextContent('all new areas');
  });

  it('opens the measure set elsewhere (a URL ?measure=6)', () => {
    act(() => useAtlas.getState().setMeasure(6));
    const { region, measureButton } = setup();
    expect(measureButton(6)).toHaveAttribute('aria-pressed', 'true');
    const detail = within(region).getByTestId('measure-detail');
    expect(
      within(detail)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Lanzhou New Area',
      'Shaanxi Xixian New Area',
      "Guizhou Gui'an New Area",
      'Harbin New Area',
      'Changchun New Area',
    ]);
  });
});
