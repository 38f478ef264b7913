// The benchmark's floor: MapLibre alone drawing the atlas's style (the same `buildStyle`, fonts and
// drawn icons the app uses — the style, not the app: no React, no store, no panels, no 2D picture),
// with the app's MapLibre options and first camera. The app's WebGL load time is reported as a ratio
// to this page, and so is its first (2D) picture.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FONT_FAMILY, fontFiles } from '../../../src/fonts/faces';
import { geoUrl } from '../../../src/map/geo-data';
import { LIGHT_FILES } from '../../../src/map/geo-files';
import { installIcons } from '../../../src/map/maplibre/icons';
import { MAP_OPTIONS } from '../../../src/map/maplibre/options';
import { buildStyle } from '../../../src/map/maplibre/style';
import { nationalCamera } from '../../../src/map/views';
import { AREA_COLOR } from './area-color';

setWorkerUrl(workerUrl);

const region = document.getElementById('map-region') as HTMLElement;
const container = document.getElementById('map') as HTMLElement;
// ?w=&h= : the app's map size, measured by the runner (the app's sidebar takes part of the page).
const params = new URLSearchParams(window.location.search);
const size = {
  width: Number(params.get('w')) || window.innerWidth,
  height: Number(params.get('h')) || window.innerHeight,
};
region.style.width = `${size.width}px`;
region.style.height = `${size.height}px`;

const camera = nationalCamera(size);
const map = new MapLibreMap({
  container,
  style: buildStyle({
    data: (layer) => geoUrl(LIGHT_FILES[layer]),
    fonts: await fontFiles(document.baseURI),
    fontFamily: FONT_FAMILY,
    lang: 'en',
    areaColor: AREA_COLOR,
  }),
  center: [camera.lon, camera.lat],
  zoom: camera.zoom,
  ...MAP_OPTIONS,
});

// The same idle signal as the app, so the runner measures both pages with one probe.
const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));
map.on('render', () => setBusy(true));
map.on('idle', () => setBusy(false));
installIcons(map);
