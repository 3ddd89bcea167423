// English renderings of answers, where they are mechanical: amounts, dates, periods, names, metrics.
import { unitOf } from '../../indexer/analysis/index.ts';
import { FIGURE_CUES, metricNamed, planPeriod, type Figure } from '../../indexer/figures/index.ts';
import { englishName } from '../../indexer/regions/index.ts';

/** A figure as the English rendering needs it: what findFigures gives, or a fact's fields. */
export type Amount = Pick<Figure, 'text' | 'value' | 'unit' | 'kind'> & { readonly upper?: number };

function words(n: number): string {
  const fmt = (x: number) => String(Number(x.toPrecision(12)));
  if (n >= 1e12) return `${fmt(n / 1e12)} trillion`;
  if (n >= 1e9) return `${fmt(n / 1e9)} billion`;
  if (n >= 1e6) return `${fmt(n / 1e6)} million`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A date in ISO form: 2021年4月15日 -> 2021-04-15, 2021年4月 -> 2021-04; other text as it is. */
export function dateInEnglish(text: string): string {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(text);
  return m ? [m[1], (m[2] ?? '').padStart(2, '0'), ...(m[3] ? [m[3].padStart(2, '0')] : [])].join('-') : text;
}

function coreInEnglish(f: Amount): string {
  const unit = unitOf(f.unit);
  const range = f.upper !== undefined ? `${f.value}–${f.upper}` : String(f.value);
  if (unit?.kind === 'money') {
    const scale = unit.scale ?? 1;
    const amount =
      f.upper !== undefined ? `${words(f.value * scale)}–${words(f.upper * scale)}` : words(f.value * scale);
    return `${amount} ${unit.currency ?? 'yuan'}`;
  }
  if (unit?.kind === 'percent') return unit.en ? `${range} ${unit.en}` : `${range}%`;
  const noun = unit?.en;
  if (!noun) return range;
  const value = f.value * (unit?.scale ?? 1);
  const singular = value === 1 && f.upper === undefined;
  return `${words(value)}${f.upper !== undefined ? `–${words(f.upper * (unit?.scale ?? 1))}` : ''} ${singular ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun}`;
}

/**
 * An amount in English: 1500亿元 -> "150 billion yuan", 超200亿元 -> "over 20 billion yuan",
 * 2户以上 -> "2 or more enterprises", 17% -> "17%", 2021年12月15日 -> "2021-12-15", 2025年 -> "2025".
 * Units, their sizes and nouns come from indexer/data/units.json.
 */
export function figureInEnglish(f: Amount): string {
  if (f.kind === 'date') return dateInEnglish(f.text);
  if (f.kind === 'year') return String(f.value);
  if (f.kind === 'period') return f.text.replace(/\s*[-—–~至到]\s*/, '–').replace(/年$/, '');
  let core = coreInEnglish(f);
  const text = f.text.trim();
  const before = FIGURE_CUES.qualifiersBefore.find(([zh]) => text.startsWith(zh))?.[1];
  const after = FIGURE_CUES.qualifiersAfter.find(([zh]) => text.endsWith(zh))?.[1];
  if (before) core = `${before} ${core}`;
  if (after === 'or more') core = core.replace(/^(\S+)/, '$1 or more');
  else if (after) core = `${after} ${core}`;
  return core;
}

/** A plan period in English: 十四五 -> "the 14th Five-Year Plan (2021–2025)". */
export function periodInEnglish(period: { from?: number; to: number; label?: string }): string {
  const plan = period.label ? planPeriod(period.label) : undefined;
  const years = period.from !== undefined ? `${period.from}–${period.to}` : `until ${period.to}`;
  return plan ? `${years} (the ${plan.en} period)` : years;
}

/** A metric head in English (营业收入 -> operating revenue), or the head itself. */
export function metricInEnglish(head: string): string {
  return metricNamed(head)?.en ?? head;
}

/** Several names: each rendered (see englishName), joined by commas. */
export function namesInEnglish(text: string): string {
  const parts = text
    .split(/[、，,和及与]|”\s*“/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map(englishName).join(', ');
}
