// The map's MapLibre options and controls, in one place: the app's map and the benchmark's floor page
// (scripts/bench/floor/) build from them, so the floor draws exactly what the app draws.
import {
  AttributionControl,
  type Map as MapLibreMap,
  type MapOptions,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import { CHINA } from '../data/bounds';

/** Camera limits and gestures: a flat, north-up map of China. */
export const MAP_OPTIONS = {
  minZoom: 2,
  maxZoom: 11,
  renderWorldCopies: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  attributionControl: false,
} satisfies Partial<MapOptions>;

/** The first view when the URL names no camera: the whole of China. */
export const FIRST_VIEW = {
  bounds: CHINA,
  fitBoundsOptions: { padding: 16 },
} satisfies Partial<MapOptions>;

/** Zoom buttons, a metric scale and the full attribution (its caveats must stay readable). */
export function addControls(map: MapLibreMap): void {
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
}
