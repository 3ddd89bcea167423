// English renderings of answers, where they are mechanical: amounts, dates, places, known terms.
import type { Figure } from '../../indexer/figures/index.ts';
import { englishName } from '../../indexer/regions/index.ts';

const SCALE: Record<string, number> = {
  万亿元: 1e12,
  亿元: 1e8,
  万元: 1e4,
  元: 1,
  亿: 1e8,
  万: 1e4,
  亿美元: 1e8,
  万美元: 1e4,
};
const COUNT_NOUN: Record<string, string> = {
  家: 'enterprises',
  户: 'enterprises',
  个: '',
  项: 'items',
  种: 'kinds',
  款: 'products',
  人: 'people',
  名: 'people',
};
const QUALIFIER: Record<string, string> = {
  超: 'over',
  超过: 'over',
  近: 'nearly',
  约: 'about',
  逾: 'over',
  突破: 'over',
  不低于: 'at least',
  不少于: 'at least',
  以上: 'or more',
  及以上: 'or more',
  左右: 'about',
  以内: 'at most',
  以下: 'under',
  余: 'over',
};

function words(n: number): string {
  const fmt = (x: number) => String(Number(x.toPrecision(12)));
  if (n >= 1e12) return `${fmt(n / 1e12)} trillion`;
  if (n >= 1e9) return `${fmt(n / 1e9)} billion`;
  if (n >= 1e6) return `${fmt(n / 1e6)} million`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * An amount in English: 1500亿元 -> "150 billion yuan", 超200亿元 -> "over 20 billion yuan",
 * 2户以上 -> "2 or more enterprises", 17% -> "17%", 2021年12月15日 -> "2021-12-15", 2025年 -> "2025".
 */
export function figureInEnglish(f: Figure): string {
  if (f.kind === 'date') {
    const m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(f.text);
    return m ? [m[1], (m[2] ?? '').padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-') : f.text;
  }
  if (f.kind === 'year') return String(f.value);
  if (f.kind === 'period') return f.text.replace(/\s*[-—–~至到]\s*/, '–').replace(/年$/, '');
  const range = /(\d+(?:\.\d+)?)\s*[-—–~至]\s*(\d+(?:\.\d+)?)/.exec(f.text);
  const number = range ? `${range[1]}–${range[2]}` : String(f.value);
  let core: string;
  if (f.kind === 'money') {
    const scale = SCALE[f.unit] ?? 1;
    core = range ? `${words(Number(range[1]) * scale)}–${words(Number(range[2]) * scale)}` : words(f.value * scale);
    core += f.unit.includes('美元') ? ' US dollars' : ' yuan';
  } else if (f.kind === 'percent') {
    core = f.unit === '个百分点' ? `${number} percentage points` : `${number}%`;
  } else {
    const noun = COUNT_NOUN[f.unit];
    core = noun ? `${number} ${f.value === 1 && !range ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun}` : number;
  }
  const [before, after] = [
    /^(超过|超|近|约|逾|突破|不低于|不少于)/.exec(f.text)?.[1],
    /(及以上|以上|左右|以内|以下|余)$/.exec(f.text)?.[1],
  ];
  if (before) core = `${QUALIFIER[before]} ${core}`;
  if (after)
    core = QUALIFIER[after] === 'or more' ? core.replace(/^(\S+)/, '$1 or more') : `${QUALIFIER[after]} ${core}`;
  return core;
}

/** Several names: each rendered, joined by commas. */
export function namesInEnglish(text: string): string {
  const parts = text
    .split(/[、，,和及与]|”\s*“/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map(englishName).join(', ');
}
