// Notices about ignored input are text, never markup, and can be dismissed.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/panels/Notices';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';
import { parseUrl } from '../../src/store/url';

beforeEach(() => {
  useAtlas.setState(initialState);
});

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('Notices', () => {
  it('renders a notice holding markup as text: no img element', () => {
    act(() => useAtlas.getState().addNotices([HOSTILE]));
    const { container } = render(<Notices />);
    const status = screen.getByRole('status');
    expect(container.querySelector('img')).toBeNull();
    expect(within(status).getByText(HOSTILE)).toBeInTheDocument();
    expect(status.textContent).toContain(HOSTILE);
  });

  it('shows a hostile URL value as text, named in the notice', () => {
    const { notices } = parseUrl(`?area=${encodeURIComponent(HOSTILE)}`);
    expect(notices).toHaveLength(1);
    act(() => useAtlas.getState().addNotices(notices));
    const { container } = render(<Notices />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(`Ignored area=${HOSTILE}: no such area.`);
  });

  it('dismisses a notice with its button, leaving the others', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.getState().addNotices([HOSTILE, 'second notice']));
    render(<Notices />);
    const status = screen.getByRole('status');
    const dismiss = within(status).getAllByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveLength(2);
    await user.click(dismiss[0] as HTMLElement);
    expect(status).not.toHaveTextContent(HOSTILE);
    expect(status).toHaveTextContent('second notice');
    expect(useAtlas.getState().notices).toEqual(['second notice']);
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(useAtlas.getState().notices).toEqual([]);
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is an empty status region when there is nothing to say', () => {
    render(<Notices />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
