export interface Province {
  adcode: string;
  name_zh: string;
  name_en: string;
  prefix: string;
}
export const PROVINCES: Province[];
export function provinceOfFile(file: string): Province;
