// The camera in the link: written as MapLibre writes it, read back without ever throwing.
import { describe, expect, it } from 'vitest';
import { formatCameraHash, parseCameraHash } from '../../src/map/camera-hash';

describe('the #map= hash', () => {
  it('writes zoom/lat/lon with enough digits, keeping other hash parameters', () => {
    expect(formatCameraHash({ zoom: 3.4213, lat: 37.70123, lon: 104.2512 }, '')).toBe(
      '#map=3.42/37.7/104.25',
    );
    expect(formatCameraHash({ zoom: 9, lat: 31.221234, lon: 121.544321 }, '#map=1/2/3&x=1')).toBe(
      '#map=9/31.2212/121.5443&x=1',
    );
  });

  it('reads a camera back', () => {
    expect(parseCameraHash('#map=9/31.2212/121.5443')).toEqual({
      camera: { zoom: 9, lat: 31.2212, lon: 121.5443 },
      problem: null,
    });
    expect(parseCameraHash('#other=1')).toEqual({ camera: null, problem: null });
    expect(parseCameraHash('')).toEqual({ camera: null, problem: null });
  });

  it('names a value that is no camera, and gives none', () => {
    for (const bad of [
      '#map=NaN/999/-999',
      '#map=abc',
      '#map=5/91/0',
      '#map=5/0/181',
      '#map=1/2',
      '#map=1e3/2/3',
    ]) {
      const p = parseCameraHash(bad);
      expect(p.camera, bad).toBeNull();
      expect(p.problem?.reason, bad).toBe('notCamera');
    }
  });

  it('brings a zoom past the limits back within them, and says so', () => {
    const p = parseCameraHash('#map=18/31.2/121.5');
    expect(p.camera).toEqual({ zoom: 11, lat: 31.2, lon: 121.5 });
    expect(p.problem).toEqual({ value: '18/31.2/121.5', reason: 'zoomClamped' });
    expect(parseCameraHash('#map=0.5/31.2/121.5').camera?.zoom).toBe(2);
  });
});
