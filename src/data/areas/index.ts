// The 19 areas in approval order: each hand-written profile plus what is derived from the shared
// inputs (areas.geo.json, strategies.ts, ports.json), so no value is typed twice.

import { documentOf } from '../area-text';
import { geoInputs, precisionOf } from '../geo-inputs';
import { ports } from '../ports';
import { macroRegionMembership, regionalMemberships } from '../strategies';
import { AREA_IDS, type Area, type AreaId } from '../types';
import { binhai } from './binhai';
import { centralYunnan } from './central-yunnan';
import { changchun } from './changchun';
import { fuzhou } from './fuzhou';
import { ganjiang } from './ganjiang';
import { guian } from './guian';
import { harbin } from './harbin';
import { jiangbei } from './jiangbei';
import { jinpu } from './jinpu';
import { lanzhou } from './lanzhou';
import { liangjiang } from './liangjiang';
import { nansha } from './nansha';
import type { AreaProfile } from './profile';
import { pudong } from './pudong';
import { tianfu } from './tianfu';
import { westCoast } from './west-coast';
import { xiangjiang } from './xiangjiang';
import { xiongan } from './xiongan';
import { xixian } from './xixian';
import { zhoushan } from './zhoushan';

export const profiles: readonly AreaProfile[] = [
  pudong,
  binhai,
  liangjiang,
  zhoushan,
  lanzhou,
  nansha,
  xixian,
  guian,
  westCoast,
  jinpu,
  tianfu,
  xiangjiang,
  jiangbei,
  fuzhou,
  centralYunnan,
  harbin,
  changchun,
  ganjiang,
  xiongan,
];

const POINT_NOTE =
  'Representative point for the map: approximate (about ±5 km), placed from general knowledge, not from a source.';

function buildArea(profile: AreaProfile): Area {
  const geo = geoInputs.find((g) => g.id === profile.id);
  if (!geo) throw new Error(`areas.geo.json has no entry for profile "${profile.id}"`);
  const approval = profile.approval;
  const area: Area = {
    id: profile.id,
    order: geo.order,
    name: { en: geo.name_en, zh: geo.name_zh },
    short: { en: geo.short_en, zh: geo.short_zh },
    planName: profile.planName,
    province: profile.province,
    approval: { ...approval, value: { ...approval.value, document: documentOf(approval.value) } },
    officialArea: profile.officialArea,
    divisions: profile.divisions,
    missingParts: geo.missing_parts,
    precision: precisionOf(geo),
    point: { value: geo.point, unsourced: true, note: POINT_NOTE },
    positioning: profile.positioning,
    industries: profile.industries,
    strategies: [...(regionalMemberships[profile.id] ?? []), macroRegionMembership(profile.province.zh)],
    ports: ports.filter((p) => p.areaId === profile.id).map((p) => p.id),
    history: profile.history,
  };
  return profile.outlineNote ? { ...area, outlineNote: profile.outlineNote } : area;
}

export const areas: readonly Area[] = profiles.map(buildArea).sort((a, b) => a.order - b.order);

export function isAreaId(id: string): id is AreaId {
  return (AREA_IDS as readonly string[]).includes(id);
}

export function areaById(id: string): Area | undefined {
  return areas.find((a) => a.id === id);
}
