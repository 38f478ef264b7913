// The hover tooltip: the area under the pointer, in both languages, next to the pointer.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { placeBeside, Tooltip } from '../../src/panels/Tooltip';
import { useHover } from '../../src/store/hover';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

describe('Tooltip', () => {
  it('shows nothing until an area is hovered', () => {
    const { container } = render(<Tooltip />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the hovered area in both languages, beside the pointer, and goes when the pointer leaves', () => {
    render(<Tooltip />);
    act(() => useHover.getState().hoverArea({ id: 'harbin', x: 100, y: 40 }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Harbin New Area');
    expect(tip).toHaveTextContent('黑龙江哈尔滨新区');
    expect(tip).toHaveTextContent('click for details');
    expect(tip.style.transform).toBe('translate(114px, 54px)');
    expect(screen.queryByTestId('hover-ring')).not.toBeInTheDocument(); // inside an outline: no ring
    act(() => useHover.getState().hoverArea(null));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('rings the dot under the pointer: centred on it, the radius plus the 2 px stroke', () => {
    render(<Tooltip />);
    act(() =>
      useHover.getState().hoverArea({ id: 'pudong', x: 205, y: 98, ring: { x: 200, y: 100, r: 12 } }),
    );
    const ring = screen.getByTestId('hover-ring');
    expect(ring.style.width).toBe('28px');
    expect(ring.style.height).toBe('28px');
    expect(ring.style.transform).toBe('translate(186px, 86px)');
    act(() => useHover.getState().hoverArea(null));
    expect(screen.queryByTestId('hover-ring')).not.toBeInTheDocument();
  });

  it('leads with the Chinese name in Chinese', () => {
    useAtlas.setState({ lang: 'zh' });
    useHover.setState({ hovered: { id: 'xiongan', x: 0, y: 0 } });
    render(<Tooltip />);
    expect(screen.getByRole('tooltip').firstElementChild).toHaveTextContent('河北雄安新区');
    expect(screen.getByRole('tooltip')).toHaveTextContent("Hebei Xiong'an New Area");
  });

  it('goes to the other side of the pointer where it would run past the map’s edge', () => {
    const size = { width: 200, height: 60 };
    const map = { width: 1000, height: 700 };
    expect(placeBeside({ x: 100, y: 100 }, size, map)).toEqual({ x: 114, y: 114 });
    expect(placeBeside({ x: 900, y: 100 }, size, map)).toEqual({ x: 686, y: 114 });
    expect(placeBeside({ x: 100, y: 680 }, size, map)).toEqual({ x: 114, y: 606 });
    expect(placeBeside({ x: 990, y: 690 }, size, map)).toEqual({ x: 776, y: 616 });
    expect(placeBeside({ x: 900, y: 100 }, size, { width: 0, height: 0 })).toEqual({ x: 914, y: 114 });
  });
});
