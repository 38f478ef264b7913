// The seam between the map controller and whatever draws: the 2D canvas painter or MapLibre. The
// controller owns the camera, the input and the store; a renderer only draws what it is told, says
// what lies under a point, and renders images for export. The controller never asks which one it has.
import type { AreaId, Bounds } from '../data/types';
import type { AppState } from '../store/state';
import type { Camera, Padding, Point } from './camera';
import { ZOOM } from './tokens';
import { frameBox } from './views';

/** What a renderer draws besides the camera: these fields of the app's state. */
export const MAP_KEYS = [
  'selected',
  'strategies',
  'industry',
  'measure',
  'year',
  'compare',
  'colorMode',
  'lang',
] as const;
export type MapState = Pick<AppState, (typeof MAP_KEYS)[number]>;

/** The area under a point; `dot` is where its dot is drawn when the point is on the dot. */
export type Hit = { id: AreaId; dot: Point | null };

export type RendererKind = '2d' | 'webgl';

export type RendererEvents = {
  /** Drawing started (busy) or everything asked for is on the canvas (idle). */
  onBusy: (busy: boolean) => void;
  /** A failure worth telling the user (a layer that did not load); the renderer keeps going. */
  onError: (error: Error) => void;
  /** It cannot draw a picture at all (its first data did not load); it is not busy any more. */
  onFailed?: (error: Error) => void;
};

export interface Renderer {
  readonly kind: RendererKind;
  /** The element it draws into, inside the map's surface. */
  readonly element: HTMLElement;
  setCamera(camera: Camera): void;
  setState(state: MapState): void;
  /** The outline under a resting pointer (dots get their hover ring in the page). */
  setHover(id: AreaId | null): void;
  pick(point: Point): Hit | null;
  /** The container changed size. */
  resize(): void;
  /** Draws the current camera and state before returning (to take over with no blank frame). */
  drawNow(): void;
  /** Resolves once its first complete picture at the current camera is drawn. */
  ready(): Promise<void>;
  destroy(): void;
}

/** An image of the map for slides and handouts. */
export type ImageRequest = {
  /** CSS pixels of the map; the image is width × pixelRatio wide. */
  width: number;
  height: number;
  pixelRatio: number;
  bounds: Bounds;
  state: MapState;
  /** Room to keep clear around the framed bounds (title, legend, facts drawn over the map). */
  padding: Padding;
  /** Where the South China Sea inset (a national view) or the locator (an area's view) goes: its
   * lower right corner and width, in CSS pixels of the image. Default: the padded box's corner. */
  corner?: { right: number; bottom: number; width: number };
};

/** The camera an image shows: its bounds framed inside its padding (or without, if they leave no room). */
export function imageCamera(r: ImageRequest): Camera {
  const camera = frameBox(r.bounds, { width: r.width, height: r.height }, r.padding, { max: ZOOM.max });
  if (!camera) throw new Error('the view does not fit the image');
  return camera;
}

/** The canvas an image is drawn into, at its pixel ratio, with its 2D context. */
export function imageCanvas(r: ImageRequest): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(r.width * r.pixelRatio);
  canvas.height = Math.round(r.height * r.pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the map on');
  return { canvas, ctx };
}
