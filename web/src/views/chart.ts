// A bar chart of compared figures as a pure render (SVG): a bar per region, labelled axes, values printed.
import type { AskResponse } from '../../../server/contract/index.ts';
import { v, vsvg, type VNode } from '../vnode.ts';
import type { Lang } from '../words.ts';

type Row = NonNullable<AskResponse['rows']>[number];

/** A unit the bars are drawn in: how many base units it holds, and its name. */
interface Scale {
  readonly size: number;
  readonly name: string;
}

const MONEY = /^(千|万|百万|千万|亿|万亿)?元$/u;
const MONEY_SCALES: readonly Scale[] = [
  { size: 1e8, name: '亿元' },
  { size: 1e4, name: '万元' },
  { size: 1, name: '元' },
];
const MONEY_SCALES_EN: readonly Scale[] = [
  { size: 1e9, name: 'billion yuan' },
  { size: 1e6, name: 'million yuan' },
  { size: 1, name: 'yuan' },
];

// The scale the rows can share, or undefined when they cannot be drawn on one axis: every row needs
// a value in base units, and one unit (or units of money, which `scaled` brings to yuan).
function sharedScale(rows: readonly Row[], lang: Lang): Scale | undefined {
  if (rows.length === 0 || rows.some((r) => r.scaled === undefined || !r.unit)) return undefined;
  const units = new Set(rows.map((r) => r.unit as string));
  if ([...units].every((u) => MONEY.test(u))) {
    const max = Math.max(...rows.map((r) => r.scaled as number));
    const scales = lang === 'en' ? MONEY_SCALES_EN : MONEY_SCALES;
    return scales.find((s) => max >= s.size) ?? scales[scales.length - 1];
  }
  return units.size === 1 ? { size: 1, name: [...units][0] as string } : undefined;
}

// About four round steps from 0 to at least `max`.
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const out: number[] = [];
  for (let at = 0; at < max + step / 2; at += step) out.push(Number(at.toPrecision(12)));
  return out;
}

const fmt = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }).format(n);

// Layout, in SVG user units (the chart scales to its box).
const W = 520;
const LABEL_W = 110;
const VALUE_W = 120;
const BAR_H = 30;
const GAP = 12;
const TOP = 10;
const AXIS_H = 52;

/**
 * A horizontal bar chart of the rows' values in base units, with the region names, the values as
 * written, an x axis in `scale`, and a caption; null when the rows share no unit.
 * @param metric what the figures measure, for the axis title and the summary
 */
export function barChart(rows: readonly Row[], metric: string, lang: Lang): VNode | null {
  const scale = sharedScale(rows, lang);
  if (!scale || rows.length < 2) return null;
  const en = lang === 'en';
  const values = rows.map((r) => (r.scaled as number) / scale.size);
  const axis = ticks(Math.max(...values));
  const top = axis[axis.length - 1] as number;
  const plotW = W - LABEL_W - VALUE_W;
  const x = (n: number) => LABEL_W + (n / top) * plotW;
  const height = TOP + rows.length * (BAR_H + GAP) + AXIS_H;
  const axisY = TOP + rows.length * (BAR_H + GAP);
  const name = (r: Row) => (en ? r.regionEn : r.region);
  const figures = rows.map((r) => `${name(r)} ${r.text}`);
  const summary = en
    ? `Bar chart of ${metric} in ${scale.name}: ${figures.join('; ')}`
    : `柱状图：${metric}（${scale.name}）：${figures.join('；')}`;
  const axisTitle = en ? `${metric} (${scale.name})` : `${metric}（${scale.name}）`;
  const chart = vsvg(
    'svg',
    { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': summary, class: 'bar-chart' },
    rows.flatMap((r, k) => {
      const y = TOP + k * (BAR_H + GAP);
      const value = values[k] as number;
      return [
        vsvg('text', { x: LABEL_W - 8, y: y + BAR_H / 2, class: 'bar-label', 'text-anchor': 'end' }, name(r)),
        vsvg('rect', { x: LABEL_W, y, width: Math.max(1, x(value) - LABEL_W), height: BAR_H, class: 'bar' }),
        vsvg('text', { x: x(value) + 6, y: y + BAR_H / 2, class: 'bar-value' }, r.text),
      ];
    }),
    vsvg('line', { x1: LABEL_W, x2: LABEL_W + plotW, y1: axisY, y2: axisY, class: 'axis' }),
    axis.flatMap((at) => [
      vsvg('line', { x1: x(at), x2: x(at), y1: TOP - 4, y2: axisY + 4, class: 'grid' }),
      vsvg('text', { x: x(at), y: axisY + 20, class: 'tick', 'text-anchor': 'middle' }, fmt(at, lang)),
    ]),
    vsvg('text', { x: LABEL_W + plotW / 2, y: axisY + 44, class: 'axis-title', 'text-anchor': 'middle' }, axisTitle),
  );
  return v(
    'figure',
    { class: 'chart' },
    chart,
    v('figcaption', {}, en ? `${metric} by region, in ${scale.name}.` : `各地区${metric}，单位：${scale.name}。`),
  );
}
