// The app's default colouring (by regional strategy), as the literal `match` expression the app's
// colour scale produces. Kept literal so the floor needs none of the app's data modules; if it drifts,
// the floor still draws 19 dots in the same number of colours, which is what costs.
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';

const COLOURS: Record<string, string> = {
  pudong: '#E69F00',
  binhai: '#0072B2',
  liangjiang: '#009E73',
  zhoushan: '#E69F00',
  lanzhou: '#9a9a9a',
  nansha: '#CC79A7',
  xixian: '#9a9a9a',
  guian: '#9a9a9a',
  'west-coast': '#9a9a9a',
  jinpu: '#9a9a9a',
  tianfu: '#009E73',
  xiangjiang: '#D55E00',
  jiangbei: '#E69F00',
  fuzhou: '#9a9a9a',
  'central-yunnan': '#9a9a9a',
  harbin: '#9a9a9a',
  changchun: '#9a9a9a',
  ganjiang: '#D55E00',
  xiongan: '#0072B2',
};

export const AREA_COLOR = [
  'match',
  ['get', 'id'],
  ...Object.entries(COLOURS).flat(),
  '#9a9a9a',
] as unknown as DataDrivenPropertyValueSpecification<string>;
