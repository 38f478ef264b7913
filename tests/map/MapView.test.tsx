import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MapView } from '../../src/map/MapView';

describe('the map region without WebGL2', () => {
  it('shows a clear message instead of a blank box, and is not busy', () => {
    render(<MapView />);
    expect(screen.getByRole('alert')).toHaveTextContent('The map cannot be drawn in this browser');
    expect(screen.getByRole('alert')).toHaveTextContent('pick an area from the list');
    expect(screen.getByTestId('map-region')).toHaveAttribute('aria-busy', 'false');
  });
});
