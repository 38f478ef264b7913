import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OnDemand } from '../../src/on-demand';
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

  it('asks for a reload, not another try, when an on-demand part’s code did not load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { lazy } = await import('react');
    const { PartLoadError } = await import('../../src/panels/ErrorBoundary');
    const Missing = lazy(async () => {
      throw new PartLoadError('Failed to fetch dynamically imported module: /assets/Plan.js');
    });
    render(
      <OnDemand area="plan">
        <Missing />
      </OnDemand>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part of the app (plan) hit a problem');
    expect(alert).toHaveTextContent('Reload the page to try again.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });
});
