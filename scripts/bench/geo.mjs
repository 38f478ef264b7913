// The areas as the map draws them (public/geo/areas.points.geojson), and where a coordinate lands on
// the canvas for the camera in the URL hash: the same Web Mercator arithmetic as the browser tests.
import { readFileSync } from 'node:fs';

export function readAreas(root = '.') {
  const fc = JSON.parse(readFileSync(`${root}/public/geo/areas.points.geojson`, 'utf8'));
  return fc.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name_en,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
}

/** The camera from MapLibre's hash, `#map=zoom/lat/lon`, or null. */
export function parseView(hash) {
  const m = /map=([\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(hash);
  return m ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
}

/** Web Mercator, 512 px tiles, no rotation: canvas pixel of a coordinate. */
export function project(lon, lat, view, size) {
  const scale = 512 * 2 ** view.zoom;
  const x = (l) => ((l + 180) / 360) * scale;
  const y = (p) => {
    const s = Math.sin((p * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  };
  return { x: size.width / 2 + x(lon) - x(view.lon), y: size.height / 2 + y(lat) - y(view.lat) };
}
