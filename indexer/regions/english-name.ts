// The English form of a Chinese name: a field term, a province, a city, else its pinyin.
import { glossary } from '../analysis/glossary.ts';
import { PROVINCES, allCities, pinyinName } from './regions.ts';

const QUOTES = /^[“"「『]|[”"」』]$/g;
// Longer Han strings are phrases, not names: they keep their Chinese rather than a pinyin blur.
const MAX_PINYIN_CHARS = 6;

/**
 * The English form of a Chinese name, the one used everywhere the product shows a name in English:
 * the glossary's display form for a field term (浙产好药 -> Zhejiang Good Medicines), a province's or
 * city's English name (浙江省 -> Zhejiang, 巴中市 -> Bazhong), else capitalised pinyin for a short
 * name (樟树 -> Zhangshu). Anything else comes back as given.
 * @example englishName('“雄鹰行动”') === englishName('雄鹰行动')
 */
export function englishName(zh: string): string {
  const bare = zh.trim().replace(QUOTES, '');
  const entry = glossary().byChinese.get(bare);
  if (entry) return entry.en[0] as string;
  const province = PROVINCES.find((p) => p.zh === bare || p.full === bare);
  if (province) return province.en;
  const city = allCities().find((c) => c.zh === bare || c.full === bare);
  if (city) return city.en;
  if (/^\p{Script=Han}+$/u.test(bare) && bare.length <= MAX_PINYIN_CHARS) return pinyinName(bare);
  return bare;
}
