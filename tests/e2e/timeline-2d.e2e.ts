// The timeline on the 2D map alone (WebGL switched off): the same areas dimmed as with MapLibre.
import { describe, expect, it } from 'vitest';
import { NO_WEBGL_ARGS, rendererOf, screenshot, trackPages } from './harness';
import { dotColours, expectDots } from './timeline-dots';

const { open } = trackPages({ width: 1280, height: 800 }, NO_WEBGL_ARGS);

describe('the timeline without WebGL', () => {
  it('dims the areas approved after 2010 and 2014 on the 2D map', async () => {
    const refs = { full: await dotColours(await open()), dimmed: await dotColours(await open('?year=1992')) };
    const page = await open('?year=2010');
    expect(await rendererOf(page)).toBe('2d');
    await expectDots(page, 2010, refs);
    await page.getByRole('slider', { name: 'Year of approval' }).focus();
    // The next marked years: 2011, 2012, 2014.
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?year=2014');
    await expectDots(page, 2014, refs);
    await screenshot(page, 'timeline-2014-2d');
  });
});
