// Interaction timings in the app: click → selection painted (from the list and from the map's dots at
// national zoom) and strategy filter toggle → map idle. Every action starts from a settled map with
// no details panel open (the panel takes width from the map, so it would change what is measured).
import { parseView, project, sameView } from '../lib/map-page.mjs';
import { arm, finished, waitFor, waitSettled } from './page.mjs';

const shownArea = (page) =>
  page.evaluate(() => document.querySelector('aside.details')?.dataset.area ?? null);

async function closeDetails(page) {
  if ((await shownArea(page)) === null) return;
  await page.keyboard.press('Escape');
  await waitFor(page, () => !document.querySelector('aside.details'), null, { polling: 50 });
}

/** Presses where the pointer already is: a click with no mousemove of its own. */
async function press(page) {
  await page.mouse.down();
  await page.mouse.up();
}

/** Moves the pointer there first and lets any hover repaint finish, as a person's click would. */
async function hoverThenArm(page, x, y, kind, area) {
  await page.mouse.move(x, y);
  await waitSettled(page);
  return arm(page, kind, area);
}

function selectResult(route, area, r) {
  if (!r) return { route, area: area.id, ok: false, ms: null, domMs: null, paintedMs: null };
  return {
    route,
    area: area.id,
    ok: true,
    ms: r.frameAt - r.t0,
    domMs: r.domAt - r.t0,
    paintedMs: r.paintedAt - r.t0,
  };
}

/** Each area's button in the list (`.area-list button.area-button`, named by the English name). */
// `hooks.before()` / `hooks.after()` run just before the press and just after the measurement ends
// (the profiler uses them to record only the measured windows).
const NO_HOOKS = { before: async () => {}, after: async () => {} };

export async function listClicks(page, areas, hooks = NO_HOOKS) {
  const out = [];
  for (const area of areas) {
    await closeDetails(page);
    await waitSettled(page);
    const button = page
      .locator('.area-list')
      .getByRole('button', { name: area.name, exact: true })
      .and(page.locator('button.area-button'));
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const id = await hoverThenArm(page, x, y, 'select', area.id);
    await hooks.before();
    await press(page);
    out.push(selectResult('list', area, await finished(page, id)));
    await hooks.after();
  }
  await closeDetails(page);
  return out;
}

export const currentView = async (page) => parseView(await page.evaluate(() => window.location.hash));

async function goToView(page, view) {
  const same = (v) => sameView(v, view);
  // Settle first: a selection's camera flight goes on after Escape closes the panel, and the hash
  // only shows where the camera is once it stops.
  for (let attempt = 0; attempt < 5; attempt++) {
    // MapLibre writes the hash at most every 300 ms: a longer quiet period lets it catch up.
    await waitSettled(page, { quietMs: 400 });
    if (same(await currentView(page))) return;
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#map=${view.zoom}/${view.lat}/${view.lon}`);
  }
  await waitSettled(page);
  if (!same(await currentView(page))) throw new Error('the map did not return to the national view');
}

/** Each area's dot at national zoom, the camera reset to the first view before every click. */
export async function mapClicks(page, areas, national, hooks = NO_HOOKS) {
  const out = [];
  for (const area of areas) {
    await closeDetails(page);
    await goToView(page, national);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    const at = project(area.lon, area.lat, national, box);
    const x = box.x + at.x;
    const y = box.y + at.y;
    const id = await hoverThenArm(page, x, y, 'select', area.id);
    await hooks.before();
    await press(page);
    const r = selectResult('map', area, await finished(page, id, 5000));
    await hooks.after();
    if (!r.ok) r.selected = await shownArea(page);
    out.push(r);
  }
  await closeDetails(page);
  await page.mouse.move(5, 5);
  await goToView(page, national);
  return out;
}

/** Each strategy chip in `fieldset.chip-group`, toggled on and then off again. */
export async function filterToggles(page, hooks = NO_HOOKS) {
  const chips = page.locator('fieldset.chip-group button.chip');
  const n = await chips.count();
  const out = [];
  for (let i = 0; i < n; i++) {
    const chip = chips.nth(i);
    const label = (await chip.textContent())?.trim();
    for (const turn of ['on', 'off']) {
      await waitSettled(page);
      await chip.scrollIntoViewIfNeeded();
      const box = await chip.boundingBox();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const id = await hoverThenArm(page, x, y, 'filter');
      await hooks.before();
      await press(page);
      const r = await finished(page, id);
      await hooks.after();
      const pressed = await chip.getAttribute('aria-pressed');
      out.push({
        chip: label,
        turn,
        ok: Boolean(r) && pressed === String(turn === 'on'),
        ms: r ? r.end - r.t0 : null,
        method: r?.method ?? null,
      });
    }
  }
  return out;
}
