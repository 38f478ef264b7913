// The hover tooltip: the area under the pointer, in both languages, next to the pointer.
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Tooltip } from '../../src/panels/Tooltip';
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
    act(() => useAtlas.getState().hoverArea({ id: 'harbin', x: 100, y: 40 }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Harbin New Area');
    expect(tip).toHaveTextContent('黑龙江哈尔滨新区');
    expect(tip).toHaveTextContent('click for details');
    expect(tip.style.transform).toBe('translate(114px, 54px)');
    act(() => useAtlas.getState().hoverArea(null));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('leads with the Chinese name in Chinese', () => {
    useAtlas.setState({ lang: 'zh', hovered: { id: 'xiongan', x: 0, y: 0 } });
    render(<Tooltip />);
    expect(screen.getByRole('tooltip').firstElementChild).toHaveTextContent('河北雄安新区');
    expect(screen.getByRole('tooltip')).toHaveTextContent("Hebei Xiong'an New Area");
  });
});
