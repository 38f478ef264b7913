// The map with WebGL switched off (a locked-down PC, a remote desktop): the 2D map is the whole map.
import { mapSuite } from './map-suite';

mapSuite('2d');
