// new-areas.geojson: the detailed outlines the map draws, each feature carrying the area's id, names
// and how exact its outline is (with the official and the drawn area), so a GIS user cannot take an
// approximation for the real boundary.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { areaById, isAreaId } from '../areas';
import { outlineFacts } from '../outline';

export function outlinesGeoJson(
  outlines: FeatureCollection<Geometry, Record<string, unknown> | null>,
): string {
  const features = outlines.features.flatMap((f): Feature[] => {
    const id = f.properties?.id;
    const area = typeof id === 'string' && isAreaId(id) ? areaById(id) : undefined;
    if (!area) return [];
    const o = outlineFacts(area);
    return [
      {
        type: 'Feature',
        properties: {
          id: area.id,
          name_en: area.name.en,
          name_zh: area.name.zh,
          precision: area.precision,
          official_km2: o.officialKm2,
          outline_km2: o.outlineKm2,
          outline_ratio: o.ratio,
        },
        geometry: f.geometry,
      },
    ];
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}
