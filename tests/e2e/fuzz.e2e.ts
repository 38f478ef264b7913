// A seeded fuzz of the app's links: hundreds of generated URLs (the six query keys and the #map= hash,
// with good, hostile, malformed, huge, repeated and unicode values) opened in the built app. For every
// one: the server serves it, the app starts and draws its map and list (nothing blank), nothing throws
// and no dialog opens, no injected markup reaches the page, and each bad value — and only a bad
// value — gets a notice naming its key. Replay a run with FUZZ_SEED=<seed>; FUZZ_URLS sets how many.
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { int, mulberry32, pick, seedFrom } from '../../scripts/lib/prng.mjs';
import { industries } from '../../src/data/industries';
import { FIRST_YEAR, LAST_YEAR } from '../../src/data/timeline';
import { STRATEGY_IDS } from '../../src/data/types';
import { MAX_LAT } from '../../src/map/camera';
import { ZOOM } from '../../src/map/tokens';
import { NO_WEBGL_ARGS, readGeo, trackPages } from './harness';

const SEED = seedFrom(process.env.FUZZ_SEED, 20_261_202);
const COUNT = Number(process.env.FUZZ_URLS ?? 300);
/**
 * Two pages load URLs side by side: while one page's renderer runs the app's start-up, the other
 * waits on the network and the browser process; on 2 cores that loads ~25 % more URLs a second.
 */
const PAGES = 2;

// WebGL off: the links' handling (URL parsing, the camera from the hash, the notices) is the same in
// both renderers, and the 2D map's first picture is the app's whole start-up here, without MapLibre
// loading in the background of every page that is about to be left.
const { openRaw } = trackPages({}, NO_WEBGL_ARGS);

type Rng = () => number;

// --- what is valid: the URL contract (DESIGN.md), independent of the app's parser ------------------
// `embed` is left to carry.e2e.ts: its view has no list, which this test waits for.
const KEYS = ['area', 'strategy', 'industry', 'measure', 'lang', 'brief', 'year', 'compare'] as const;
type Key = (typeof KEYS)[number] | '#map';
const AREAS = readGeo<GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>>(
  'areas.points.geojson',
).features.map((f) => f.properties.id);
const STRATEGIES: string[] = [...STRATEGY_IDS];
const INDUSTRIES: string[] = industries.map((i) => i.id);
/** Steps of the built-in briefing certainly there (an overview, the strategies, 19 areas). */
const SURE_STEPS = 10;
/** The longest value the app reads (a longer one is ignored with a notice). */
const MAX_VALUE = 200;

type Verdict = 'good' | 'bad' | 'unsure';
const VALID: Record<(typeof KEYS)[number], (v: string) => Verdict> = {
  area: (v) => (AREAS.includes(v) ? 'good' : 'bad'),
  strategy: (v) => {
    const ids = v.split(',').filter(Boolean);
    return ids.length && ids.every((id) => STRATEGIES.includes(id)) ? 'good' : 'bad';
  },
  industry: (v) => (INDUSTRIES.includes(v) ? 'good' : 'bad'),
  measure: (v) => (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 25 ? 'good' : 'bad'),
  lang: (v) => (v === 'en' || v === 'zh' ? 'good' : 'bad'),
  brief: (v) => {
    if (!/^\d{1,3}$/.test(v) || Number(v) < 1) return 'bad';
    return Number(v) <= SURE_STEPS ? 'good' : 'unsure'; // the briefing's length is the app's business
  },
  year: (v) => (/^\d{4}$/.test(v) && Number(v) >= FIRST_YEAR && Number(v) <= LAST_YEAR ? 'good' : 'bad'),
  compare: (v) => {
    const ids = v.split(',');
    const distinct = new Set(ids).size === ids.length;
    return ids.length >= 2 && ids.length <= 3 && distinct && ids.every((id) => AREAS.includes(id))
      ? 'good'
      : 'bad';
  },
};

/** A camera the map shows as linked: zoom/lat/lon (and up to two more parts), within the map. */
function goodCamera(raw: string): boolean {
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5) return false;
  const [zoom, lat, lon] = parts.slice(0, 3).map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN));
  if (zoom === undefined || lat === undefined || lon === undefined) return false;
  return zoom >= ZOOM.min && zoom <= ZOOM.max && Math.abs(lat) <= MAX_LAT && Math.abs(lon) <= 180;
}

/** The keys that must get a notice, and those that may (or may not), for the URL the browser loaded. */
function expectedNotices(href: string): { bad: Set<Key>; unsure: Set<Key> } {
  const url = new URL(href);
  const bad = new Set<Key>();
  const unsure = new Set<Key>();
  for (const key of KEYS) {
    const all = url.searchParams.getAll(key);
    const first = all[0];
    if (first === undefined) continue;
    if (all.length > 1) bad.add(key);
    const verdict = first.length > MAX_VALUE ? 'bad' : VALID[key](first);
    if (verdict === 'bad') bad.add(key);
    else if (verdict === 'unsure') unsure.add(key);
  }
  const camera = new URLSearchParams(url.hash.replace(/^#/, '')).get('map');
  if (camera !== null && !goodCamera(camera)) bad.add('#map');
  return { bad, unsure };
}

// --- generating URLs ----------------------------------------------------------------------------
/** Script that would set window.__pwned if it ever ran; every element carries data-fuzz. */
const INJECTIONS = [
  '<img data-fuzz src=x onerror="window.__pwned=1">',
  '"><svg data-fuzz onload="window.__pwned=1">',
  "'><script data-fuzz>window.__pwned=1</script>",
  '<a data-fuzz href="javascript:window.__pwned=1">x</a>',
  '<iframe data-fuzz srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, as text
  '${window.__pwned=1}',
  '</div><b data-fuzz>bold</b>',
];
const ODD = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '../../../etc/passwd',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '0',
  '-0',
  '-1',
  '1e3',
  '0x10',
  '1.5',
  '26',
  '100',
  '999',
  '9999',
  '',
  ' ',
  ',',
  ',,,',
  '\u0000',
  '\u202Eevil',
  '\u200B',
  '🗺️',
  'a\u0301',
  '浦东',
  '雄安新区',
  'ＰＵＤＯＮＧ',
  '１３',
  'zh-CN',
  'EN',
  'fr',
];
/** Percent-escapes a browser keeps as they are, or decodes to U+FFFD: put in the URL raw. */
const MALFORMED = ['%', '%%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE', '%u0041', '%2', '%00'];

function goodValue(r: Rng, key: (typeof KEYS)[number]): string {
  switch (key) {
    case 'area':
      return pick(r, AREAS);
    case 'strategy': {
      const ids = Array.from({ length: int(r, 1, 3) }, () => pick(r, STRATEGIES));
      return [...new Set(ids)].join(',') + (r() < 0.1 ? ',' : '');
    }
    case 'industry':
      return pick(r, INDUSTRIES);
    case 'measure': {
      const n = int(r, 1, 25);
      return r() < 0.1 && n < 10 ? `0${n}` : String(n);
    }
    case 'lang':
      return pick(r, ['en', 'zh']);
    case 'brief':
      return String(int(r, 1, SURE_STEPS));
    case 'year':
      return String(int(r, FIRST_YEAR, LAST_YEAR));
    case 'compare': {
      const ids = [...new Set(Array.from({ length: int(r, 2, 3) }, () => pick(r, AREAS)))];
      return (ids.length >= 2 ? ids : [AREAS[0], AREAS[1]]).join(',');
    }
  }
}

/** A value that is wrong, or right in a way the app must not be fooled by; raw: goes in unencoded. */
function oddValue(r: Rng, key: (typeof KEYS)[number]): { value: string; raw?: boolean } {
  const good = goodValue(r, key);
  switch (int(r, 0, 6)) {
    case 0:
      return { value: pick(r, INJECTIONS) };
    case 1:
      return { value: pick(r, ODD) };
    case 2: // a near miss of a good value
      return {
        value: pick(r, [
          good.toUpperCase(),
          ` ${good}`,
          `${good} `,
          `${good}x`,
          `${good}${good}`,
          `${good}\u200B`,
          `${good},${pick(r, ODD)}`,
          good.replace(/./u, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0)),
        ]),
      };
    case 3: {
      // huge: just over the limit, or far over it
      const unit = pick(r, ['x', '9', '浦', '🗺️', '<b data-fuzz>', good]);
      const length = pick(r, [MAX_VALUE + 1, 1_000, 5_000, 20_000]);
      return { value: unit.repeat(Math.ceil(length / unit.length)) };
    }
    case 4:
      return { value: `${r() < 0.5 ? good : ''}${pick(r, MALFORMED)}`, raw: true };
    case 5: // characters that split or end a query when not encoded
      return {
        value: `${good}${pick(r, ['&', '=', '+', ';', '?', '#x', '&area=', '&lang=xx'])}`,
        raw: r() < 0.5,
      };
    default:
      return { value: `${good}${pick(r, INJECTIONS)}` };
  }
}

function cameraValue(r: Rng): string {
  const good = () =>
    `${(r() * 7 + 3).toFixed(2)}/${(r() * 30 + 18).toFixed(4)}/${(r() * 50 + 78).toFixed(4)}`;
  switch (int(r, 0, 9)) {
    case 0:
    case 1:
    case 2:
      return good();
    case 3:
      return `${good()}/${pick(r, ['0', '30', '15/2', 'x'])}`; // bearing and pitch, as MapLibre writes
    case 4:
      return pick(r, [
        '',
        '/',
        '//',
        '5',
        '5/30',
        '5/30/',
        'a/b/c',
        'NaN/NaN/NaN',
        'Infinity/0/0',
        '1e1/30/110',
        '5/91/110',
        '5/-90/110',
        '5/30/181',
        '5/30/-180.5',
        '-1/30/110',
        '0.5/30/110',
        '25/30/110',
        '11.5/30/110',
        '５/３０/１１０',
        '5/30/110/0/0/0',
        '5 /30/110',
        '+5/30/110',
        '.5/30/110',
      ]);
    case 5:
      return `${int(r, 0, 24)}/${int(r, -100, 100)}/${int(r, -200, 200)}`;
    case 6:
      return pick(r, INJECTIONS);
    case 7:
      return `${good()}${pick(r, MALFORMED)}`;
    case 8:
      return `${'9'.repeat(int(r, 100, 20_000))}/30/110`;
    default:
      return `${good()}${pick(r, ODD)}`;
  }
}

const enc = (v: string, raw?: boolean) => (raw ? v : encodeURIComponent(v));

/** One URL: a query with 0–7 of the keys (repeats allowed), and maybe a #map= camera. */
function generate(r: Rng, i: number): string {
  const parts = [`fuzz=${i}`]; // never the URL already open: every URL is a fresh load
  const n = int(r, 0, 7);
  for (let k = 0; k < n; k++) {
    const key = pick(r, KEYS);
    const name = r() < 0.05 ? encodeURIComponent(key).replace(/^a/, '%61') : key; // %61rea is area
    const { value, raw } = r() < 0.45 ? { value: goodValue(r, key), raw: false } : oddValue(r, key);
    parts.push(r() < 0.03 ? name : `${name}=${enc(value, raw)}`); // a bare key: the empty value
  }
  let url = `?${parts.join(r() < 0.05 ? '&&' : '&')}`;
  if (r() < 0.7) url += `#map=${enc(cameraValue(r), r() < 0.3)}`;
  return url;
}

// --- running ------------------------------------------------------------------------------------
type Failure = { url: string; problem: string };
type Tally = { loads: number; badValues: number; notices: number; errors: number; dialogs: number };

/** Per-page state the init script keeps: the URL as first loaded, and policy violations. */
type FuzzWindow = { __fuzz: { href: string; violations: string[] }; __pwned?: unknown };

const NOTICE_KEY = /(?:Ignored|已忽略) (#map|area|strategy|industry|measure|lang|brief|year|compare)=/g;

async function fuzzPage(page: Page, urls: string[], next: () => number | null, tally: Tally) {
  const failures: Failure[] = [];
  let current = '';
  page.on('pageerror', (e) => {
    tally.errors++;
    failures.push({ url: current, problem: `pageerror: ${e.message}` });
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    tally.errors++;
    failures.push({ url: current, problem: `console: ${m.text()}` });
  });
  page.on('dialog', (d) => {
    tally.dialogs++;
    failures.push({ url: current, problem: `dialog: ${d.message()}` });
    void d.dismiss();
  });
  await page.context().addInitScript(() => {
    const w = window as unknown as FuzzWindow;
    // Before the app rewrites the address bar: what the browser made of the generated URL.
    w.__fuzz = { href: window.location.href, violations: [] };
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__fuzz.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (let i = next(); i !== null; i = next()) {
    current = urls[i] ?? '';
    const response = await page.goto(new URL(current, inject('baseUrl')).href, { waitUntil: 'commit' });
    if (response?.status() !== 200) failures.push({ url: current, problem: `HTTP ${response?.status()}` });
    try {
      // The map's first picture and the list: the app started, whatever the link held.
      const ready = await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="map-region"]')?.hasAttribute('data-renderer') &&
          document.querySelector('[data-testid="list-count"]') !== null,
        null,
        { timeout: 20_000, polling: 'raf' },
      );
      await ready.dispose();
    } catch {
      failures.push({ url: current, problem: 'the app did not start (no map picture and list)' });
      continue;
    }
    const seen = await page.evaluate(() => {
      const w = window as unknown as FuzzWindow;
      return {
        href: w.__fuzz.href,
        violations: w.__fuzz.violations,
        notices: document.querySelector('[data-testid="notices"]')?.textContent ?? '',
        injected: document.querySelectorAll('[data-fuzz]').length,
        pwned: w.__pwned !== undefined,
      };
    });
    tally.loads++;
    const { bad, unsure } = expectedNotices(seen.href);
    const noticed = new Set([...seen.notices.matchAll(NOTICE_KEY)].map((m) => m[1] as Key));
    tally.badValues += bad.size;
    tally.notices += noticed.size;
    const missing = [...bad].filter((k) => !noticed.has(k));
    const extra = [...noticed].filter((k) => !bad.has(k) && !unsure.has(k));
    if (missing.length) failures.push({ url: current, problem: `no notice for ${missing.join(', ')}` });
    if (extra.length) failures.push({ url: current, problem: `a notice for good ${extra.join(', ')}` });
    if (seen.injected || seen.pwned) failures.push({ url: current, problem: 'injected markup in the page' });
    if (seen.violations.length)
      failures.push({ url: current, problem: `policy violations: ${seen.violations.join('; ')}` });
  }
  return failures;
}

it(`opens ${COUNT} generated URLs (seed from FUZZ_SEED) with notices for every bad value`, async () => {
  console.log(`URL fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${COUNT} URLs`);
  const r = mulberry32(SEED);
  const urls = Array.from({ length: COUNT }, (_, i) => generate(r, i));
  let cursor = 0;
  const next = () => (cursor < urls.length ? cursor++ : null);
  const tally: Tally = { loads: 0, badValues: 0, notices: 0, errors: 0, dialogs: 0 };
  const started = Date.now();
  const pages = await Promise.all(Array.from({ length: PAGES }, () => openRaw('')));
  const failures = (await Promise.all(pages.map((o) => fuzzPage(o.page, urls, next, tally)))).flat();
  const longest = Math.max(...urls.map((u) => u.length));
  console.log(
    `URL fuzz, seed ${SEED}: ${tally.loads} of ${COUNT} URLs loaded in ${((Date.now() - started) / 1000).toFixed(0)} s ` +
      `(longest ${(longest / 1024).toFixed(0)} KB); ${tally.badValues} bad values, ${tally.notices} noticed keys; ` +
      `${tally.errors} errors, ${tally.dialogs} dialogs, ${failures.length} failures`,
  );
  const shown = failures.slice(0, 12).map((f) => `${f.problem}\n    at ${f.url.slice(0, 300)}`);
  expect(shown, `seed ${SEED}`).toEqual([]);
  expect(tally.loads).toBe(COUNT);
}, 600_000); // ~2 min on a quiet 2-core machine; 5 when other jobs share it
