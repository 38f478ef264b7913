// The details panel, rendered with the real store and the real data (areas, the parsed plan, the
// generated outline figures), queried by role and name as a reader would.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { areaById, areas, measureByN, measuresForArea, PLAN_CITATION } from '../../src/data';
import geoInputs from '../../src/data/areas.geo.json';
import outlines from '../../src/data/outlines.generated.json';
import type { AreaId } from '../../src/data/types';
import { AreaList } from '../../src/panels/AreaList';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

function show(id: AreaId, lang: 'en' | 'zh' = 'en') {
  act(() => useAtlas.setState({ selected: id, lang }));
  const utils = render(<DetailsPanel />);
  const name = areaById(id)?.name[lang] ?? id;
  return { ...utils, panel: screen.getByRole('complementary', { name }) };
}

/** The measure numbers of a group's items, in document order. */
function numbersIn(el: HTMLElement): number[] {
  return [...el.querySelectorAll<HTMLElement>('li[data-measure]')].map((li) => Number(li.dataset.measure));
}

/** The group sections (role region, named by their headings). */
function groups(panel: HTMLElement) {
  return {
    named: within(panel).getByRole('region', { name: 'Named in the plan' }),
    through: within(panel).getByRole('region', { name: 'Through its strategies' }),
    every: within(panel).getByRole('region', { name: 'For every new area' }),
  };
}

/** Opens "For every new area", whose measures render the first time it opens. */
function openEvery(panel: HTMLElement) {
  const details = groups(panel).every.querySelector('details');
  if (!details || details.open) return;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

const en = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

/** The figures behind the precision sentence, read from the generated data, not typed in. */
function figures(id: AreaId) {
  const geo = geoInputs.areas.find((a) => a.id === id);
  const outline = (outlines as Record<string, { outline_km2: number }>)[id]?.outline_km2;
  if (!geo || outline === undefined) throw new Error(`no outline figures for ${id}`);
  const divisions = geo.parts.reduce((n, p) => n + p.names.length, 0);
  const ratio = Math.round((outline / geo.official_km2) * 10) / 10;
  return { divisions, outline: en(outline), official: en(geo.official_km2), ratio: String(ratio) };
}

/**
 * Renders an area's panel once and keeps a static copy of the DOM React produced, for the many
 * read-only checks below (rendering the whole panel is the slow part of these tests).
 */
function snapshot(id: AreaId): { panel: HTMLElement; remove: () => void } {
  const { panel, unmount } = show(id);
  const copy = document.createElement('div');
  copy.append(panel.cloneNode(true));
  unmount();
  useAtlas.setState(initialState);
  document.body.append(copy);
  const name = areaById(id)?.name.en ?? id;
  return { panel: within(copy).getByRole('complementary', { name }), remove: () => copy.remove() };
}

describe('DetailsPanel: Harbin, as rendered', () => {
  let harbin: { panel: HTMLElement; remove: () => void };
  beforeAll(() => {
    harbin = snapshot('harbin');
  });
  afterAll(() => harbin.remove());

  it('is an aside named "Harbin New Area", with the Chinese name beside it', () => {
    const { panel } = harbin;
    expect(panel.tagName).toBe('ASIDE');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Harbin New Area' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('黑龙江哈尔滨新区');
    expect(panel).toHaveTextContent('Heilongjiang');
  });

  it('lists the measures that name it as "(6)", "(11)", "(14)", in that order', () => {
    const { panel } = harbin;
    const list = within(panel).getByRole('list', { name: 'Named in the plan' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.match(/^\(\d+\)/)?.[0])).toEqual(['(6)', '(11)', '(14)']);
    // Each item starts with its lead sentence, as the plan prints it.
    for (const [i, n] of [6, 11, 14].entries()) {
      expect(items[i]?.textContent?.startsWith(`(${n}) ${measureByN(n)?.lead}`)).toBe(true);
    }
  });

  it('keeps each full text in a closed <details>, verbatim, with the naming sentence marked', () => {
    const { panel } = harbin;
    const list = within(panel).getByRole('list', { name: 'Named in the plan' });
    for (const li of within(list).getAllByRole('listitem')) {
      const n = Number(li.dataset.measure);
      const measure = measureByN(n);
      if (!measure) throw new Error(`no measure ${n}`);
      const details = li.querySelector('details');
      expect(details).not.toBeNull();
      expect(details?.open).toBe(false);
      expect(details?.querySelector('summary')).toHaveTextContent(`Full text of measure (${n})`);
      // Every character of the measure, in order: nothing dropped by the sentence split.
      expect(details?.querySelector('blockquote')?.textContent).toBe(measure.text);
      const marks = [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '');
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.some((m) => m.includes('Harbin'))).toBe(true);
      // Only the sentences that name Harbin are marked, not the whole text.
      expect(marks.join('').length).toBeLessThan(measure.text.length);
    }
    // Measure (11) names it through its festival.
    const eleven = list.querySelector('li[data-measure="11"]');
    expect(eleven?.querySelector('mark')).toHaveTextContent('Harbin International Ice and Snow Festival');
    expect(eleven).toHaveTextContent('named as “Harbin International Ice and Snow Festival”');
  });

  it('does not repeat (6) under "Through its strategies": it already names Harbin', () => {
    const { panel } = harbin;
    const { named, through } = groups(panel);
    expect(numbersIn(named)).toContain(6);
    expect(numbersIn(through)).toEqual([]);
    expect(through).toHaveTextContent('No measure reaches this area through a strategy.');
  });

  it('says the outline is approximate, with the real figures', () => {
    const { panel } = harbin;
    const f = figures('harbin');
    expect(f.divisions).toBe(3);
    const precision = within(panel).getByTestId('precision');
    expect(precision).toHaveClass('precision-approximate');
    expect(precision).toHaveTextContent(
      `approximate: the ${f.divisions} county-level divisions it lies in, ${f.outline} km², ${f.ratio}× the official ${f.official} km²`,
    );
    // The figures are Harbin's: 3,033 km² drawn for an official 493 km².
    expect(precision).toHaveTextContent('3,033 km², 6.2× the official 493 km²');
    expect(precision).not.toHaveTextContent(/exact/);
  });

  it('marks an unsourced fact "unsourced", with its note', () => {
    const { panel } = harbin;
    const industries = within(panel).getByRole('region', { name: 'Leading industries' });
    const mark = within(industries).getByText('unsourced');
    expect(mark).toHaveClass('badge');
    expect(industries).toHaveTextContent('WEAK: mostly low-quality secondary sources');
    // No [n] for a fact that has no source.
    expect(industries.querySelector('a.cite')).toBeNull();
  });

  it('marks sourced facts [n], each pointing at the nth entry of "Sources"', () => {
    const { panel } = harbin;
    const sources = within(panel).getByRole('region', { name: 'Sources' });
    const entries = within(sources).getAllByRole('listitem');
    expect(entries.length).toBeGreaterThan(0);
    // The list is the last part of the panel.
    expect(panel.lastElementChild).toBe(sources);
    const cites = [...panel.querySelectorAll<HTMLAnchorElement>('a.cite')];
    expect(cites.length).toBeGreaterThan(0);
    for (const a of cites) {
      const n = Number(a.textContent?.match(/^\[(\d+)\]$/)?.[1]);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(a.getAttribute('href')).toBe(`#cite-${n}`);
      const target = panel.querySelector(`#cite-${n}`);
      expect(target).toBe(entries[n - 1]);
      expect(target?.textContent).toBe(a.title);
    }
    // The approval reply is Harbin's first source.
    expect(entries[0]).toHaveTextContent('国函〔2015〕217号');
    const approved = within(panel).getByText('Approved').nextElementSibling;
    expect(approved?.querySelector('a.cite')).toHaveTextContent('[1]');
    // Every listed source is cited at least once.
    const used = new Set(cites.map((a) => a.getAttribute('href')));
    entries.forEach((_, i) => {
      expect(used.has(`#cite-${i + 1}`)).toBe(true);
    });
  });
});

describe('DetailsPanel: interaction and language', () => {
  it('takes focus from the list button that opened it, and gives it back on close', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AreaList />
        <DetailsPanel />
      </>,
    );
    const opener = screen.getByRole('button', { name: 'Harbin New Area' });
    await user.click(opener);
    const panel = screen.getByRole('complementary', { name: 'Harbin New Area' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    // Choosing another area replaces the panel and focuses its heading.
    await user.click(screen.getByRole('button', { name: 'Changchun New Area' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Changchun New Area' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close the details of Changchun New Area' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Changchun New Area' })).toHaveFocus();
  });

  it('says how Pudong is named where the plan uses another form (a place, a port)', () => {
    const { panel } = show('pudong');
    const named = within(panel).getByRole('list', { name: 'Named in the plan' });
    expect(named.querySelector('li[data-measure="1"]')).toHaveTextContent('named as “Zhangjiang”');
    expect(named.querySelector('li[data-measure="13"]')).toHaveTextContent('named as “Shanghai Port”');
    // Its own name needs no such note.
    expect(named.querySelector('li[data-measure="5"]')).not.toHaveTextContent('named as');
    const ports = within(panel).getByRole('region', { name: 'Hub ports (measure 13)' });
    expect(ports).toHaveTextContent('Port of Shanghai');
    expect(ports).toHaveTextContent('position approximate');
  });

  it('is nothing when no area is selected', () => {
    const { container } = render(<DetailsPanel />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('shows (6) under "Through its strategies" for Dalian Jinpu, via the Northeastern region', () => {
    const { panel } = show('jinpu');
    const { named, through } = groups(panel);
    expect(numbersIn(named)).toEqual([13]);
    expect(numbersIn(through)).toEqual([6]);
    expect(through.querySelector('li[data-measure="6"]')).toHaveTextContent('via Northeastern region');
    // Reaching it through a strategy is not naming it: nothing is marked.
    expect(through.querySelector('mark')).toBeNull();
  });

  it('toggles the strategy filter from its strategy chip', async () => {
    const user = userEvent.setup();
    const { panel } = show('harbin');
    const chip = within(panel).getByRole('button', { name: 'Northeastern region' });
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip);
    expect(useAtlas.getState().strategies).toEqual(['northeast']);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.click(chip);
    expect(useAtlas.getState().strategies).toEqual([]);
    expect(chip).toHaveAttribute('aria-pressed', 'false');
  });

  it('clears the selection with its close button', async () => {
    const user = userEvent.setup();
    show('harbin');
    await user.click(screen.getByRole('button', { name: 'Close the details of Harbin New Area' }));
    expect(useAtlas.getState().selected).toBeNull();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('moves focus to the heading when an area is selected', () => {
    const { panel } = show('harbin');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('in Chinese: the heading is the Chinese name, and it says the plan is quoted in English', () => {
    const { panel } = show('harbin', 'zh');
    expect(within(panel).getByRole('heading', { level: 2, name: '黑龙江哈尔滨新区' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('行动计划原文按其发布的英文译本逐字引用。');
    expect(panel).toHaveTextContent('Harbin New Area');
    const list = within(panel).getByRole('list', { name: '计划中点名' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.slice(0, 4)),
    ).toEqual(['(6) ', '(11)', '(14)']);
    // The plan's own words stay in English.
    expect(list.querySelector('blockquote')).toHaveAttribute('lang', 'en');
    expect(within(panel).getByTestId('precision')).toHaveTextContent('近似：新区所在的3个县级行政区');
    expect(within(panel).getByRole('button', { name: '关闭黑龙江哈尔滨新区的详情' })).toBeInTheDocument();
  });
  it('in Chinese, marks the plan\'s English lead sentences lang="en" for screen readers', () => {
    const { panel } = show('harbin', 'zh');
    const leads = [...panel.querySelectorAll<HTMLElement>('li[data-measure] .measure-lead')];
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) {
      expect(lead.textContent).toContain(measureByN(Number(lead.closest('li')?.dataset.measure))?.lead);
      expect(lead.closest('[lang]')?.getAttribute('lang'), lead.textContent ?? '').toBe('en');
    }
  });
});

describe('DetailsPanel: exact outlines', () => {
  it('Nansha: exact, one whole district, no "larger" sentence', () => {
    const { panel } = show('nansha');
    const f = figures('nansha');
    expect(f.divisions).toBe(1);
    const precision = within(panel).getByTestId('precision');
    expect(precision).toHaveClass('precision-exact');
    // The plan gives "规划面积约803平方公里": the official figure is "about" 803.
    expect(precision.textContent).toBe(
      `exact: the whole county-level division it consists of, ${f.outline} km² (official about ${f.official} km²)`,
    );
    expect(precision).not.toHaveTextContent('×');
  });

  it("Binhai: exact as today's district, and says the 2006 scope also took in parts of Dongli and Jinnan", () => {
    const { panel, unmount } = show('binhai');
    const precision = within(panel).getByTestId('precision');
    expect(precision).toHaveClass('precision-exact');
    expect(precision).toHaveTextContent(
      "the district as drawn in the county data includes tidal flats and reclaimed land. The outline is today's Binhai district",
    );
    expect(precision).toHaveTextContent('also took in parts of Dongli (东丽区) and Jinnan (津南区)');
    unmount();
    const zh = show('binhai', 'zh');
    const zhPrecision = within(zh.panel).getByTestId('precision');
    expect(zhPrecision.textContent).toMatch(
      /^精确：.+。轮廓为今滨海新区行政区.+东丽区、津南区的部分区域，轮廓未予显示。$/,
    );
    // Chinese sentences are joined with 。, not an English full stop.
    expect(zhPrecision.textContent).not.toMatch(/[\u4e00-\u9fff）]\. /);
  });

  it('Pudong: exact, and says the drawn district is larger than the official area', () => {
    const { panel } = show('pudong');
    const f = figures('pudong');
    const precision = within(panel).getByTestId('precision');
    expect(precision).toHaveClass('precision-exact');
    expect(precision).toHaveTextContent(
      `exact: the whole county-level division it consists of, ${f.outline} km² (official ${f.official} km²). ${f.ratio}× the official area`,
    );
    expect(precision).toHaveTextContent('1.4× the official area: the district as drawn');
  });

  it('Zhoushan: exact with several divisions gives the land and the sea area', () => {
    const { panel } = show('zhoushan');
    const f = figures('zhoushan');
    expect(within(panel).getByTestId('precision')).toHaveTextContent(
      `exact: the ${f.divisions} whole county-level divisions it consists of, ${f.outline} km²`,
    );
    expect(panel).toHaveTextContent('1,440 km² land, 20,800 km² sea');
  });

  it('names the parts below county level that the outline cannot show (Nanjing Jiangbei)', () => {
    const { panel } = show('jiangbei');
    expect(within(panel).getByTestId('precision')).toHaveTextContent(
      'Not shown (below county level): 栖霞区八卦洲街道',
    );
  });

  it("the precision sentence's count of divisions matches the divisions listed (Xiong'an, Jiangbei)", () => {
    for (const [id, drawn, listed] of [
      ['xiongan', 3, 5],
      ['jiangbei', 2, 3],
    ] as const) {
      const { panel, unmount } = show(id);
      const items = within(panel)
        .getByText('County-level divisions')
        .nextElementSibling?.querySelectorAll('li');
      expect(items?.length, id).toBe(listed);
      expect(within(panel).getByTestId('precision'), id).toHaveTextContent(
        `drawn from ${drawn} of the ${listed} county-level divisions it lies in`,
      );
      unmount();
    }
  });
});

describe('DetailsPanel: Harbin, live', () => {
  it('cites every measure item as "2024 Action Plan, measure (n)"', () => {
    const { panel, unmount } = show('harbin'); // live: the every-area group renders when opened
    openEvery(panel);
    const items = [...panel.querySelectorAll<HTMLElement>('li[data-measure]')];
    expect(items.length).toBe(
      measuresForArea('harbin').named.length + measuresForArea('harbin').every.length,
    );
    for (const li of items) {
      expect(li.querySelector('cite')).toHaveTextContent(`2024 Action Plan, measure (${li.dataset.measure})`);
      expect(li.querySelector('cite')?.textContent).toBe(PLAN_CITATION(Number(li.dataset.measure)));
    }
    unmount();
  });

  it('collapses "For every new area" by default and lists the every-area measures', async () => {
    const { panel, unmount } = show('harbin');
    const { every } = groups(panel);
    const details = every.querySelector('details');
    expect(details?.open).toBe(false);
    expect(numbersIn(every)).toEqual([]); // rendered on first opening, not before
    const expected = measuresForArea('harbin').every.map((e) => e.measure);
    expect(expected).toEqual([1, 3, 4, 5, 7, 8, 9, 10, 12, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25]);
    const summary = details?.querySelector('summary');
    if (!summary) throw new Error('no summary');
    expect(summary).toHaveTextContent(
      `For every new area ${expected.length} more measures addressed to all new areas`,
    );
    await userEvent.click(summary);
    expect(details?.open).toBe(true);
    await waitFor(() => expect(numbersIn(groups(panel).every)).toEqual(expected));
    unmount();
  });
});

describe('DetailsPanel: the three link kinds, for all 19 areas', () => {
  it('puts each measure in exactly one group, matching the domain', () => {
    for (const area of areas) {
      const { panel, unmount } = show(area.id);
      openEvery(panel);
      const g = groups(panel);
      const named = numbersIn(g.named);
      const through = numbersIn(g.through);
      const every = numbersIn(g.every);
      const links = measuresForArea(area.id);
      expect(named, area.id).toEqual(links.named.map((l) => l.measure));
      expect(through, area.id).toEqual(links.throughStrategy.map((l) => l.measure));
      expect(every, area.id).toEqual(links.every.map((l) => l.measure));
      const all = [...named, ...through, ...every];
      expect(new Set(all).size, `${area.id}: a measure in two groups`).toBe(all.length);
      // Every item starts "(n)" and is cited.
      for (const li of panel.querySelectorAll<HTMLElement>('li[data-measure]')) {
        expect(li.textContent?.startsWith(`(${li.dataset.measure}) `), area.id).toBe(true);
      }
      // Every unsourced fact is marked, with its reason; every sourced one carries a [n].
      const facts = [area.approval, area.officialArea, area.divisions, area.positioning, ...area.history];
      const badges = panel.querySelectorAll('.unsourced .badge');
      expect(badges.length, area.id).toBeGreaterThanOrEqual(facts.filter((f) => f.unsourced).length);
      for (const f of [
        ...facts,
        ...area.industries.map((i) => i.fact),
        ...area.strategies.map((m) => m.evidence),
      ]) {
        if (f.unsourced && f.note) expect(panel.textContent, area.id).toContain(f.note);
        if (!f.unsourced)
          expect(
            panel.querySelector(`a.cite[title="${CSS.escape(f.source.citation)}"]`),
            area.id,
          ).not.toBeNull();
      }
      // An area the plan never names says so instead of an empty list.
      if (named.length === 0) expect(g.named).toHaveTextContent('No measure names this area.');
      unmount();
    }
  });
});

/** The text of a fact's <dd> before its source mark and notes. */
function factLine(panel: HTMLElement, testId: string): string {
  const dd = within(panel).getByTestId(testId);
  return [...dd.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
}

describe('DetailsPanel: the founding document and the official figure, as the sources word them', () => {
  it('names the founding document by its kind, in both languages', () => {
    const cases: [AreaId, 'reply' | 'opinion' | 'notice', string, string][] = [
      [
        'harbin',
        'reply',
        '2015-12-16 · State Council reply 国函〔2015〕217号',
        '2015-12-16 · 国务院批复 国函〔2015〕217号',
      ],
      [
        'binhai',
        'opinion',
        '2006-05-26 · State Council opinion 《国务院关于推进天津滨海新区开发开放有关问题的意见》 (国发〔2006〕20号)',
        '2006-05-26 · 国务院意见 《国务院关于推进天津滨海新区开发开放有关问题的意见》（国发〔2006〕20号）',
      ],
      [
        'xiongan',
        'notice',
        '2017-04-01 · Notice of the CPC Central Committee and the State Council (number not confirmed)',
        '2017-04-01 · 中共中央、国务院通知（文号未经核实）',
      ],
      [
        'guian',
        'reply',
        '2014-01-06 · State Council reply (number not confirmed)',
        '2014-01-06 · 国务院批复（文号未经核实）',
      ],
      [
        'nansha',
        'reply',
        '2012-09-06 · State Council reply (number not confirmed)',
        '2012-09-06 · 国务院批复（文号未经核实）',
      ],
    ];
    for (const [id, kind, en, zh] of cases) {
      for (const [lang, text] of [
        ['en', en],
        ['zh', zh],
      ] as const) {
        const { panel, unmount } = show(id, lang);
        expect(within(panel).getByTestId('approval').dataset.kind, id).toBe(kind);
        expect(factLine(panel, 'approval'), `${id} ${lang}`).toBe(text);
        unmount();
      }
    }
  });

  it('labels the figure 规划面积 only where the source calls it a planning area', () => {
    for (const [id, en, zh] of [
      ['harbin', 'Official planning area', '规划面积'],
      ['guian', 'Official planning area', '规划面积'],
      ['pudong', 'Official area', '面积'],
      ['xiangjiang', 'Official area', '面积'],
      ['jinpu', 'Official area', '面积'],
    ] as const) {
      for (const [lang, label] of [
        ['en', en],
        ['zh', zh],
      ] as const) {
        const { panel, unmount } = show(id, lang);
        expect(
          within(panel).getByTestId('official-area').previousElementSibling?.textContent,
          `${id} ${lang}`,
        ).toBe(label);
        unmount();
      }
    }
  });

  it('says "about" / "约" where the source gives the figure as approximate, and only there', () => {
    for (const [id, en, zh] of [
      ['nansha', 'about 803 km²', '约803平方公里'],
      ['west-coast', 'about 2,096 km² land, about 5,000 km² sea', '陆域约2,096平方公里，海域约5,000平方公里'],
      ['zhoushan', '1,440 km² land, 20,800 km² sea', '陆域1,440平方公里，海域20,800平方公里'],
      ['harbin', '493 km²', '493平方公里'],
    ] as const) {
      for (const [lang, text] of [
        ['en', en],
        ['zh', zh],
      ] as const) {
        const { panel, unmount } = show(id, lang);
        expect(factLine(panel, 'official-area'), `${id} ${lang}`).toBe(text);
        unmount();
      }
    }
  });

  it('heads the dated events "History" / "沿革": some begin before the approval', () => {
    for (const [lang, heading] of [
      ['en', 'History'],
      ['zh', '沿革'],
    ] as const) {
      const { panel, unmount } = show('pudong', lang);
      const dt = within(panel).getByText(heading);
      expect(dt.tagName).toBe('DT');
      expect(dt.nextElementSibling).toHaveTextContent('1990-04-18');
      unmount();
    }
  });

  it('shows the Ningbo-Zhoushan port on the Zhoushan side, marked approximate, with its name history', () => {
    const { panel } = show('zhoushan');
    const ports = within(panel).getByRole('region', { name: 'Hub ports (measure 13)' });
    expect(ports).toHaveTextContent('Ningbo-Zhoushan Port – Jintang port area');
    expect(within(ports).getByText('position approximate')).toHaveClass('badge');
    expect(ports).toHaveTextContent('宁波-舟山港 has been used since 2006-01-01');
    expect(ports).toHaveTextContent('merged into one on 2015-09-29');
  });
});
