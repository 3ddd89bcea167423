// Latin and numeric tokens inside normalised text: words, codes such as pd-1, figures with units.

/** A Latin word, a code (pd-1, covid-19, 5g) or a figure (2150.71, 5.8%). */
export const LATIN_TOKEN = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.\-+&_'](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*%?/gu;

const FIGURE = /^\d+(?:\.\d+)?%?$/;
const PART_SPLIT = /[.\-+&_']/;

/** True when `term` is a number, optionally with a decimal part or a percent sign. */
export function isFigure(term: string): boolean {
  return FIGURE.test(term);
}

/**
 * The pieces of a compound Latin token, for recall: `pd-1` -> [`pd`, `1`]; `5.8%` -> [`5.8`].
 * Returns an empty array for a simple token.
 */
export function latinParts(token: string): string[] {
  if (isFigure(token)) return token.endsWith('%') ? [token.slice(0, -1)] : [];
  const parts = token.split(PART_SPLIT).filter((p) => p.length > 0);
  return parts.length > 1 ? parts : [];
}

/** Chinese units that stay attached to a preceding figure: 1500亿元, 2025年, 10个. */
export const UNITS: ReadonlySet<string> = new Set([
  '年',
  '月',
  '日',
  '亿元',
  '万元',
  '千元',
  '元',
  '亿',
  '万',
  '千',
  '百',
  '亿美元',
  '万美元',
  '美元',
  '个',
  '家',
  '项',
  '户',
  '种',
  '倍',
  '吨',
  '万吨',
  '亩',
  '万亩',
  '公顷',
  '人',
  '名',
  '万人',
  '款',
  '台',
  '套',
  '座',
  '所',
  '条',
  '批',
  '次',
  '例',
  '件',
  '张',
  '位',
  '平方米',
  '万平方米',
  '公里',
  '岁',
  '小时',
  '天',
  '周',
  '期',
  '届',
  '类',
  '份',
  '支',
  '剂',
  '盒',
  '克',
  '千克',
  '公斤',
  '升',
  '毫升',
  '亿剂',
  '万剂',
  '个百分点',
  '百分点',
  '成',
  '余',
  '多',
]);
