import type { AreaConfig, PortConfig } from './geo-types.d.mts';

export function validateConfig(
  config: unknown,
  portsJson: unknown,
): { areas: AreaConfig[]; ports: PortConfig[] };
