import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/panels/ErrorBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new Error('bad data');
  return <p>fine now</p>;
}

describe('a failing part of the app', () => {
  it('shows a plain message in its place, leaves its neighbours alone, and can try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <ErrorBoundary area="details">
          <Fragile />
        </ErrorBoundary>
        <p>the list still works</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the app (details) hit a problem');
    expect(screen.getByRole('alert')).toHaveTextContent('bad data');
    expect(screen.getByText('the list still works')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine now')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
