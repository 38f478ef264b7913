// The benchmark's floor: MapLibre alone drawing the atlas's style (the same `buildStyle`, fonts and
// drawn icons the app uses — the style, not the app: no React, no store, no panels), with the app's
// map options and controls. The app's load time is reported as a ratio to this page.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FONT_FAMILY, fontFiles } from '../../../src/fonts/faces';
import { installIcons } from '../../../src/map/icons';
import { addControls, FIRST_VIEW, MAP_OPTIONS } from '../../../src/map/options';
import { buildStyle, geoBase } from '../../../src/map/style';
import { AREA_COLOR } from './area-color';

setWorkerUrl(workerUrl);

const region = document.getElementById('map-region') as HTMLElement;
const container = document.getElementById('map') as HTMLElement;
// ?w=&h= : the app's canvas size, measured by the runner (the app's sidebar takes part of the page).
const params = new URLSearchParams(window.location.search);
region.style.width = `${Number(params.get('w')) || window.innerWidth}px`;
region.style.height = `${Number(params.get('h')) || window.innerHeight}px`;

const map = new MapLibreMap({
  container,
  style: buildStyle({
    geoBase: geoBase(),
    fonts: fontFiles(document.baseURI),
    fontFamily: FONT_FAMILY,
    lang: 'en',
    areaColor: AREA_COLOR,
  }),
  ...FIRST_VIEW,
  ...MAP_OPTIONS,
});
addControls(map);

// The same idle signal as the app, so the runner measures both pages with one probe.
const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));
map.on('render', () => setBusy(true));
map.on('idle', () => setBusy(false));
installIcons(map);
