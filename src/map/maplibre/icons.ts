// MapLibre 6 asks for the style's icons through a resolver; they are drawn in code (../icons.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { iconFor } from '../icons';

export function installIcons(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const icon = iconFor(id);
    if (icon && !map.hasImage(id)) map.addImage(id, icon.image, { pixelRatio: icon.pixelRatio });
  });
}
