// The map with WebGL: the 2D picture first, then MapLibre, in place.
import { mapSuite } from './map-suite';

mapSuite('webgl');
