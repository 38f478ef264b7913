// Notices about ignored input are text, never markup, and can be dismissed; a notice that offers
// something (Undo, Export, Download) does it.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBriefing, downloadDamaged } from '../../src/panels/download';
import { Notices } from '../../src/panels/Notices';
import { currentBriefing } from '../../src/store/presenting';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';
import { parseUrl } from '../../src/store/url';

// jsdom has no downloads: what would be handed to the browser is recorded.
vi.mock('../../src/panels/download', () => ({ downloadBriefing: vi.fn(), downloadDamaged: vi.fn() }));

beforeEach(() => {
  useAtlas.setState(initialState);
  vi.mocked(downloadBriefing).mockClear();
  vi.mocked(downloadDamaged).mockClear();
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
    expect(useAtlas.getState().notices).toEqual([{ text: 'second notice' }]);
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(useAtlas.getState().notices).toEqual([]);
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is an empty status region when there is nothing to say', () => {
    render(<Notices />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('Undo restores the briefing its notice holds', async () => {
    const user = userEvent.setup();
    act(() => {
      useAtlas.getState().setBriefingTitle('My briefing');
      useAtlas.getState().openBriefing(null);
    });
    render(<Notices />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Replaced your briefing “My briefing” (25 steps).');
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(useAtlas.getState().briefing?.title).toBe('My briefing');
    expect(status).toBeEmptyDOMElement();
  });

  it('Export hands over the briefing in use, edits included', async () => {
    const user = userEvent.setup();
    act(() => {
      useAtlas.getState().setBriefingTitle('Not kept');
      useAtlas.getState().setKeeping('blocked');
    });
    render(<Notices />);
    await user.click(
      within(screen.getByRole('status')).getByRole('button', { name: 'Export briefing (JSON)' }),
    );
    expect(downloadBriefing).toHaveBeenCalledWith(currentBriefing(useAtlas.getState()));
    expect(vi.mocked(downloadBriefing).mock.calls[0]?.[0].title).toBe('Not kept');
  });

  it('hands over the damaged text exactly as it was stored', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.getState().foundDamagedBriefing({ text: '{"version": 2', error: 'bad' }));
    render(<Notices />);
    await user.click(
      within(screen.getByRole('status')).getByRole('button', { name: 'Download the damaged briefing' }),
    );
    expect(downloadDamaged).toHaveBeenCalledWith('{"version": 2');
  });
});
