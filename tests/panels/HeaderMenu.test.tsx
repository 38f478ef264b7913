// The header's menus close as menus do: Escape (focus back on the menu's button, the key going no
// further), a press outside, and choosing an entry where the menu says so.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HeaderMenu } from '../../src/panels/HeaderMenu';

function setup(closeOnChoose = false) {
  const outerKey = vi.fn();
  render(
    // biome-ignore lint/a11y/noStaticElementInteractions: a stand-in for the header's own Escape handler
    <div onKeyDown={(e) => outerKey(e.key)}>
      <p>elsewhere</p>
      <HeaderMenu label="Things" className="things" closeOnChoose={closeOnChoose}>
        <button type="button">Do it</button>
      </HeaderMenu>
    </div>,
  );
  const details = screen.getByText('Things').closest('details') as HTMLDetailsElement;
  return { details, outerKey };
}

async function openIt(details: HTMLDetailsElement) {
  await userEvent.click(screen.getByText('Things'));
  await waitFor(() => expect(details.hasAttribute('data-open-menu')).toBe(true));
  expect(details.open).toBe(true);
}

describe('HeaderMenu', () => {
  it('shares one name with the other header menus, so one is open at a time', () => {
    const { details } = setup();
    expect(details.getAttribute('name')).toBe('header-menu');
  });

  it('closes on Escape, puts focus back on its button, and keeps the key to itself', async () => {
    const { details, outerKey } = setup();
    await openIt(details);
    screen.getByRole('button', { name: 'Do it' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('Things'));
    expect(outerKey).not.toHaveBeenCalled();
  });

  it('closes on a press outside it, not on one inside', async () => {
    const { details } = setup();
    await openIt(details);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Do it' }));
    expect(details.open).toBe(true);
    act(() => {
      fireEvent.pointerDown(screen.getByText('elsewhere'));
    });
    expect(details.open).toBe(false);
  });

  it('closes once an entry is chosen only where it says so', async () => {
    const kept = setup();
    await openIt(kept.details);
    await userEvent.click(screen.getByRole('button', { name: 'Do it' }));
    expect(kept.details.open).toBe(true);
  });

  it('closes once an entry is chosen, with closeOnChoose', async () => {
    const { details } = setup(true);
    await openIt(details);
    await userEvent.click(screen.getByRole('button', { name: 'Do it' }));
    expect(details.open).toBe(false);
  });
});
