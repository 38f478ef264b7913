// MapLibre's options, in one place: the app's WebGL renderer and the benchmark's floor page
// (scripts/bench/floor/) build from them, so the floor draws exactly what the app draws. MapLibre is
// passive here: the map controller owns the camera and the input for both renderers, and hands
// MapLibre a camera it has already kept on the map.
import type { MapOptions } from 'maplibre-gl';
import { ZOOM } from '../tokens';

export const MAP_OPTIONS = {
  interactive: false,
  minZoom: ZOOM.min,
  maxZoom: ZOOM.max,
  renderWorldCopies: false,
  attributionControl: false,
  // The controller's camera is shown as it is (camera.ts constrains it the way MapLibre would).
  transformConstrain: (center, zoom) => ({ center, zoom }),
} satisfies Partial<MapOptions>;
