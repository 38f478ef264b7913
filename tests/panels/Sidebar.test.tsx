// The sidebar's tabs: the arrow keys move between them (from the command table's `tabs` context).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../src/panels/Sidebar';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

describe('Sidebar tabs', () => {
  it('ArrowRight and ArrowLeft select and focus the next and previous tab, wrapping round', async () => {
    const user = userEvent.setup();
    render(<Sidebar plan={<p>the plan browser</p>} briefing={<p>the briefing editor</p>} />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('Areas').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('The plan')).toHaveFocus();
    expect(tab('The plan')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Areas')).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('the plan browser');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(tab('Briefing')).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('the briefing editor');
    await user.keyboard('{ArrowRight}');
    expect(tab('Areas')).toHaveFocus();
    expect(tab('Areas')).toHaveAttribute('tabindex', '0');
  });
});
