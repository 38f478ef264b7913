// Copy link / Copy embed code: copied when the browser allows it; where it refuses, the text is shown
// in a field, focused and selected, with the words saying so among the buttons (not as a page notice,
// which the Share menu covered on a phone).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Share } from '../../src/panels/Share';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  useAtlas.setState({ ...initialState, selected: 'pudong' });
  writeText.mockReset();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** Renders Share in a browser that refuses the clipboard, and presses `button`; gives the button. */
async function refusedAfter(button: 'Copy link' | 'Copy embed code', error: Error = new Error('refused')) {
  writeText.mockRejectedValue(error);
  render(<Share />);
  const pressed = screen.getByRole('button', { name: button });
  await userEvent.click(pressed);
  return pressed;
}

describe('Share', () => {
  it('copies the link and says so', async () => {
    writeText.mockResolvedValue(undefined);
    render(<Share />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toContain('area=pudong');
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('where copying is refused, gives the text focused and selected, and says so beside it', async () => {
    await refusedAfter('Copy embed code', new DOMException('refused', 'NotAllowedError'));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Text to copy' });
    expect(field.value).toMatch(/^<iframe src="[^"]*area=pudong&amp;embed=1/);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/did not allow copying.*press Ctrl\+C/);
    // Said where the field is, not as a notice at the top of the page.
    expect(useAtlas.getState().notices).toEqual([]);
  });

  it('focuses the field again when the same text is refused again', async () => {
    const copyLink = await refusedAfter('Copy link');
    const field = screen.getByRole('textbox', { name: 'Text to copy' });
    copyLink.focus();
    await userEvent.click(copyLink);
    expect(document.activeElement).toBe(field);
  });

  it('takes the field away once the user has copied from it, and says so; focus back on the button', async () => {
    const copyLink = await refusedAfter('Copy link');
    fireEvent.copy(screen.getByRole('textbox', { name: 'Text to copy' }));
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    expect(document.activeElement).toBe(copyLink);
  });

  it('takes the field away on Escape, saying nothing more; focus back on the button', async () => {
    const copyEmbed = await refusedAfter('Copy embed code');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(document.activeElement).toBe(copyEmbed);
  });

  it('says it in the language the page is in now', async () => {
    await refusedAfter('Copy link');
    act(() => useAtlas.setState({ lang: 'zh' }));
    expect(screen.getByRole('status')).toHaveTextContent('浏览器不允许复制');
  });

  it('offers nothing to copy once a copy works', async () => {
    writeText.mockRejectedValueOnce(new Error('refused')).mockResolvedValue(undefined);
    render(<Share />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('textbox', { name: 'Text to copy' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });
});
