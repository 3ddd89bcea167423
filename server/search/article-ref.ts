// Article references in a query: 第九十八条, 第98条, 第九十八条第二款, art. 98, article 98 -> the label a
// law writes (第九十八条, 第九十八条第二款), and the text around it.
import { chineseNumeral } from '../../indexer/analysis/index.ts';

const NUMERAL = '[〇零一二两三四五六七八九十百千\\d]+';
const ZH_REF = new RegExp(`第(${NUMERAL})条(?:第(${NUMERAL})款)?(?:第[（(]?(${NUMERAL})[）)]?项)?$`, 'u');
const EN_REF = /\b(?:art(?:icle)?\.?|§)\s*(\d{1,4})$/iu;
const DIGITS = '零一二三四五六七八九';

/** An article reference: the label to look for, and the text before it (a document's name, or nothing). */
export interface ArticleRef {
  readonly label: string;
  readonly before: string;
}

/**
 * Reads an article reference at the end of `text` (`药品管理法实施条例第98条`, `art. 98`), or undefined.
 * @example articleRef('第98条第2款') -> { label: '第九十八条第二款', before: '' }
 */
export function articleRef(text: string): ArticleRef | undefined {
  const t = text.trim();
  const zh = ZH_REF.exec(t);
  if (zh) {
    const article = numeral(zh[1] as string);
    if (article === undefined) return undefined;
    const paragraph = zh[2] === undefined ? undefined : numeral(zh[2]);
    const item = zh[3] === undefined ? undefined : numeral(zh[3]);
    const label =
      `第${article}条` +
      (paragraph === undefined ? '' : `第${paragraph}款`) +
      (item === undefined || paragraph === undefined ? '' : `第（${item}）项`);
    return { label, before: t.slice(0, zh.index).trim() };
  }
  const en = EN_REF.exec(t);
  if (en) {
    const article = numeral(en[1] as string);
    return article === undefined ? undefined : { label: `第${article}条`, before: t.slice(0, en.index).trim() };
  }
  return undefined;
}

/** An English word that says the number after it is an article's: `art.`, `article`, `Art`. */
export function isArticleWord(text: string): boolean {
  return /^(?:art(?:icle)?\.?|§)$/iu.test(text.trim());
}

// A numeral in figures or Chinese, as a law numbers its articles (98 -> 九十八, 110 -> 一百一十).
function numeral(s: string): string | undefined {
  const n = /^\d+$/.test(s) ? Number(s) : chineseNumeral(s);
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return undefined;
  return chineseOf(n);
}

/** A number below ten thousand as a law writes it: 10 -> 十, 98 -> 九十八, 105 -> 一百零五, 110 -> 一百一十. */
export function chineseOf(n: number): string {
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, k) => {
    if (d === 0) {
      zero = out.length > 0;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += `${DIGITS[d]}${units[k]}`;
  });
  // 一十二 is written 十二 when it leads.
  return out.startsWith('一十') ? out.slice(1) : out;
}
