// JS heap of the page's main thread (CDP Runtime.getHeapUsage after a forced GC): after load, and
// after N select/filter actions done the way a person does them — list clicks and chip toggles.
import { freshPage, waitFirstIdle, waitSettled } from './page.mjs';

export async function heapUsed(cdp) {
  // Two collections: the first can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The actions, in a fixed cycle: select an area, toggle a strategy on, toggle it off. */
function* actions(areas, chips, n) {
  for (let i = 0; i < n; i++) {
    const cycle = Math.floor(i / 3);
    const step = i % 3;
    if (step === 0) yield { kind: 'select', area: areas[cycle % areas.length] };
    else yield { kind: 'filter', chip: cycle % chips, on: step === 1 };
  }
}

async function clickCentre(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function act(page, a) {
  if (a.kind === 'select') {
    const button = page
      .locator('.area-list')
      .getByRole('button', { name: a.area.name, exact: true })
      .and(page.locator('button.area-button'));
    await clickCentre(page, button);
    await page.waitForSelector(`aside.details[data-area="${a.area.id}"]`, { timeout: 15_000 });
  } else {
    const chip = page.locator('fieldset.chip-group button.chip').nth(a.chip);
    await clickCentre(page, chip);
    await page.waitForFunction(
      ([i, want]) =>
        document.querySelectorAll('fieldset.chip-group button.chip')[i]?.getAttribute('aria-pressed') ===
        want,
      [a.chip, String(a.on)],
      { polling: 20 },
    );
  }
  // One frame, so the map and React both process the action before the next one.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
}

/** Runs n actions; `atWarm()` runs, on a settled map, after the first `warmAfter`. */
export async function runActions(page, areas, n, warmAfter, atWarm) {
  const chips = await page.locator('fieldset.chip-group button.chip').count();
  let done = 0;
  for (const a of actions(areas, chips, n)) {
    await act(page, a);
    done++;
    if (done === warmAfter) {
      await waitSettled(page);
      await atWarm();
    }
  }
  await waitSettled(page);
  return done;
}

/** A fresh app page, loaded and settled, with a CDP session for heap figures. */
export async function loadedApp(browser, server) {
  const opened = await freshPage(browser);
  await opened.page.goto(server.url, { waitUntil: 'commit' });
  await waitFirstIdle(opened.page);
  await waitSettled(opened.page);
  return { ...opened, cdp: await opened.context.newCDPSession(opened.page) };
}

export async function measureHeap(browser, server, areas, { actions: n = 200, warmAfter = 21 } = {}) {
  const { context, page, errors, cdp } = await loadedApp(browser, server);
  const afterLoad = await heapUsed(cdp);
  let warm = null;
  const started = Date.now();
  const done = await runActions(page, areas, n, warmAfter, async () => {
    warm = await heapUsed(cdp);
  });
  const after = await heapUsed(cdp);
  await context.close();
  return {
    actions: done,
    seconds: (Date.now() - started) / 1000,
    afterLoad,
    warm,
    warmAfter,
    after,
    growth: (after - afterLoad) / afterLoad,
    growthSinceWarm: warm ? (after - warm) / warm : null,
    errors,
  };
}
