// What the polite live region says when the selection changes.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { areas, measuresForArea } from '../../src/data';
import { announceSelection } from '../../src/panels/announce';
import { LiveRegion } from '../../src/panels/LiveRegion';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

describe('announceSelection', () => {
  it('names the area, its province and how many measures name it', () => {
    expect(announceSelection('harbin', 'en')).toBe('Harbin New Area, Heilongjiang, named in 3 measures');
    expect(announceSelection('pudong', 'en')).toBe('Shanghai Pudong New Area, Shanghai, named in 7 measures');
    expect(announceSelection('harbin', 'zh')).toBe('黑龙江哈尔滨新区，黑龙江省，被3条点名');
  });

  it('says when the selection is cleared', () => {
    expect(announceSelection(null, 'en')).toBe('Selection cleared');
    expect(announceSelection(null, 'zh')).toBe('已取消选择');
  });

  it('counts the same measures as the panel\'s "Named in the plan", for every area', () => {
    for (const a of areas) {
      const n = measuresForArea(a.id).named.length;
      const said = announceSelection(a.id, 'en');
      const count = n === 0 ? 'no measure' : `${n} measure`;
      expect(said.startsWith(`${a.name.en}, ${a.province.en}, named in ${count}`), said).toBe(true);
    }
  });

  it('uses the singular for one measure (Lanzhou)', () => {
    expect(measuresForArea('lanzhou').named).toHaveLength(1);
    expect(announceSelection('lanzhou', 'en')).toBe('Lanzhou New Area, Gansu, named in 1 measure');
  });
});

describe('LiveRegion', () => {
  it('is quiet on load, then speaks each change of selection', () => {
    render(<LiveRegion />);
    const region = screen.getByTestId('live-region');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/^$/);
    act(() => useAtlas.getState().selectArea('harbin'));
    expect(region).toHaveTextContent('Harbin New Area, Heilongjiang, named in 3 measures');
    act(() => useAtlas.getState().clearSelection());
    expect(region).toHaveTextContent('Selection cleared');
  });

  it('speaks a selection that was there on load (a shared link)', () => {
    useAtlas.setState({ selected: 'nansha' });
    render(<LiveRegion />);
    expect(screen.getByTestId('live-region')).toHaveTextContent(/^Guangzhou Nansha New Area, Guangdong/);
  });
});
