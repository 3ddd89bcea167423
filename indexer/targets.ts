// Clause[] -> Target[]: every quantitative target (and stated figure) of the corpus, as a table.
import { findFigures, type Figure } from './figures/figures.ts';
import { attachment, respectively, sentences } from './figures/sentences.ts';
import type { Clause, DocumentMeta, Target } from './store/schema.ts';

export type { Target } from './store/schema.ts';

/** Metric categories, first match wins: the words a metric's name contains. */
export const METRIC_CATEGORIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['研发投入占比', /研发.*(占|比重|强度)|(经费|投入|费用).*占/],
  ['营业收入', /营业收入|主营业务收入|销售收入|营收/],
  ['总产值', /总产值|产值/],
  ['利润', /利润/],
  ['经营规模', /经营规模|产业规模|规模/],
  ['出口', /出口/],
  ['增速', /增速|增长/],
  ['企业数', /企业|公司|集团|冠军/],
  ['产品数', /产品|品种|新药|批件|器械|药物|品规|大药/],
  ['平台数', /平台|中心|实验室|车间|工厂|基地|园区|集群/],
];

const TARGET_CUES =
  /到\s*20\d\d\s*年|至\s*20\d\d\s*年|力争|目标|预期|将达|达到|突破|新增|累计|培育|打造|建成|创建|形成|十四五末|十四五期间|年均增长/;
const ACTUAL_CUES = /十三五|20(1\d|20)\s*年[，,底末]|截至|已|共有|拥有|实现了|位居/;
// Support measures (最高给予200万元奖励) are amounts of money, not targets.
const SUPPORT = /给予|奖励|补助|补贴|资助|贴息|扶持资金/;
const VERBS =
  /^(?:全省|全市|我省|我市|力争|累计|新增|实现|达到|达|突破|超过|保持在|保持|为|约|年均|力争达到|培育|打造|建成|创建|形成|建设|开发|研制开发|取得|各类|重点培育|培育年|年)+|(?:力争达到|达到|达|突破|超过|实现|保持在|为|约|分别达到|分别为|分别)+$/g;

/**
 * Extracts the figures each clause states: amounts, counts and shares with the words they measure
 * (the words attached to the figure, or its item in a 分别 list), the year (the sentence's, else the
 * end of the document's period), and whether it is a target or a figure reached. Tables map each
 * cell to its row's metric and its column's year. Support amounts (奖励, 补助) are left out.
 */
export function extractTargets(
  clauses: readonly Clause[],
  metaOf: (docId: string) => DocumentMeta | undefined,
): Target[] {
  const out: Target[] = [];
  for (const clause of clauses) {
    const meta = metaOf(clause.docId);
    if (!meta || clause.kind === 'header') continue;
    const base = {
      province: clause.province,
      ...(clause.city ? { city: clause.city } : {}),
      docId: clause.docId,
      clauseId: clause.id,
    };
    if (clause.kind === 'row' && clause.columns) {
      out.push(...tableTargets(clause, base));
      continue;
    }
    const clauseYears = findFigures(clause.text)
      .filter((f) => f.kind === 'year' || f.kind === 'period')
      .map((f) => f.value);
    // Under a heading of goals (主要目标, 发展目标) a figure without a year is a target.
    const inGoals = clause.section.some((h) => /目标/.test(h));
    for (const s of sentences(clause.text)) {
      const figures = findFigures(s.text).map((f) => ({ ...f, start: f.start + s.start, end: f.end + s.start }));
      const amounts = figures
        .filter((f) => f.kind === 'money' || f.kind === 'count' || f.kind === 'percent')
        .map((f) => ({ ...f, kind: 'figure' as const, figure: f }));
      if (amounts.length === 0) continue;
      const own = figures.filter((f) => f.kind === 'year' || f.kind === 'period').map((f) => f.value);
      // A sentence without a year takes its clause's (到2025年，…。全省…实现总经营规模3000亿元).
      const years = own.length > 0 ? own : clauseYears;
      // A year stated decides: one still ahead of the document (到2025年) makes a target, only past
      // years (2020 年，全省…) a figure reached; without a year, the wording does.
      const start = meta.period?.from ?? (meta.period?.to ? meta.period.to - 4 : 2021);
      const target =
        years.length > 0
          ? years.some((y) => y >= start)
          : inGoals || (TARGET_CUES.test(s.text) && !ACTUAL_CUES.test(s.text));
      const pairs = respectively(s, amounts);
      for (const a of amounts) {
        const own = attachment(s, a);
        const context = clause.text.slice(own.start, own.end);
        // A support amount is no target; an amount followed by 的 qualifies a noun (超400亿元的企业).
        if (SUPPORT.test(context) || clause.text[a.end] === '的') continue;
        const k = pairs ? pairs.values.indexOf(a) : -1;
        const metric =
          k >= 0 && pairs
            ? `${pairs.items[k]?.text ?? ''}${clause.text.slice(pairs.items[pairs.items.length - 1]?.end ?? 0, pairs.enumeration.end)}`
            : metricOf(clause.text, own, a.figure);
        const clean = metric
          .trim()
          .replace(VERBS, '')
          .replace(/^[的，,、\s]+|[的，,、\s]+$/g, '');
        if (clean.length < 2) continue;
        const year = years.length > 0 ? Math.max(...years) : target ? meta.period?.to : undefined;
        // What a count counts is the end of its name (规模超400亿元的工业企业 counts 企业).
        const category = categoryOf(a.figure.kind === 'count' ? clean.slice(-6) : clean);
        out.push({
          ...base,
          metric: clean,
          category,
          text: a.text,
          value: a.value,
          unit: a.unit,
          ...(year ? { year } : {}),
          kind: target ? 'target' : 'actual',
        });
      }
    }
  }
  return out;
}

// Money and shares are named before the figure (营业收入达到1500亿元); counts often after it
// (培育10个智能化工厂), else before (示范工厂4家).
function metricOf(
  text: string,
  own: { start: number; end: number },
  f: Figure & { start: number; end: number },
): string {
  const before = text.slice(own.start, f.start);
  const after = text.slice(f.end, own.end).replace(/^(以上|左右|以内|及以上)/, '');
  if (f.kind === 'count' && after.replace(/[的\s]/g, '').length >= 2) return after.replace(/^的/, '');
  return before;
}

/** The category of a metric name (营业收入, 总产值…), or 其他. */
export function categoryOf(metric: string): string {
  return METRIC_CATEGORIES.find(([, re]) => re.test(metric))?.[0] ?? '其他';
}

function tableTargets(clause: Clause, base: Pick<Target, 'province' | 'city' | 'docId' | 'clauseId'>): Target[] {
  const columns = clause.columns ?? [];
  const cells = clause.text.split('\t');
  const metricAt = columns.findIndex((c) => /指标|名称|项目/.test(c));
  const unitAt = columns.indexOf('单位');
  const metric = (cells[metricAt] ?? '').replace(/\*+$/, '').trim();
  const unit = (cells[unitAt] ?? '').trim();
  if (!metric) return [];
  const yearsAt = columns.map((c, k) => ({ k, year: Number(c) })).filter((c) => c.year >= 1949 && c.year <= 2100);
  const latest = Math.max(...yearsAt.map((c) => c.year));
  const out: Target[] = [];
  for (const { k, year } of yearsAt) {
    const cell = (cells[k] ?? '').trim();
    const number = /\d+(?:\.\d+)?/.exec(cell);
    if (!number) continue;
    // A table of goals (表2: 2020 | 2025) has its last column as the target.
    const target = year > 2020 && year === latest;
    out.push({
      ...base,
      metric,
      category: categoryOf(metric),
      text: cell,
      value: Number(number[0]),
      unit,
      year,
      kind: target ? 'target' : 'actual',
    });
  }
  return out;
}
