import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import type { Fact } from '../../indexer/store/index.ts';

// A plan written for these tests (not from the corpus): figures reached before the plan, goals,
// a bar inside a count, a 分别 list, a list of growth rates paired with earlier figures, money
// granted, a table of goals.
const PLAN = `湖南省医药产业发展规划（2021-2025年）
一、发展基础
“十三五”期间，全省累计获批创新药12个。2020年，全省医药工业实现营业收入1800亿元、利润总额200亿元，五年年均增长9.5%、8.0%。
二、发展目标
到2025年，全省医药产业营业收入力争达到3000亿元，总产值突破3500亿元；培育年营业收入超5亿元的企业30家以上，建设8个智能工厂。
化学药、中药、医疗器械产业营业收入分别达到1200亿元、900亿元、600亿元。
“十四五”期间全省医药工业增加值年均增长10%左右。
三、保障措施
对年销售收入首次突破10亿元的企业，最高给予500万元奖励。
表 1 主要指标
序号\t指标名称\t单位\t2020\t2025
1\t营业收入\t亿元\t1800\t3000
2\t智能工厂\t个\t2\t8
`;

let facts: Fact[] = [];
let clauseText = new Map<string, string>();
const find = (text: string, metric?: string) =>
  facts.filter((f) => f.text === text && (metric === undefined || f.metric.includes(metric)));
const one = (text: string, metric?: string) => {
  const found = find(text, metric);
  expect(found, `${text} ${metric ?? ''}`).toHaveLength(1);
  return found[0] as Fact;
};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-facts-'));
  writeFileSync(join(dir, 'hunan-plan.txt'), PLAN);
  const meta = {
    id: 'hunan-plan',
    title: '湖南省医药产业发展规划（2021-2025年）',
    region: { zh: '湖南', en: 'Hunan' },
    province: '湖南',
    level: 'province',
    period: { from: 2021, to: 2025 },
  };
  writeFileSync(join(dir, 'hunan-plan.meta.json'), JSON.stringify(meta));
  const { data } = await buildIndex(dir);
  facts = [...data.facts];
  clauseText = new Map(data.clauses.map((c) => [c.id, c.text]));
});

describe('facts from a plan', () => {
  it('reads a figure of the previous plan period as reached, over that period', () => {
    // 十三五 (2016–2020) ended before the plan's first year, 2021.
    expect(one('12个')).toMatchObject({
      kind: 'actual',
      head: '产品数',
      period: { from: 2016, to: 2020, label: '十三五' },
    });
  });

  it('reads figures of a past year as reached, each with its own metric', () => {
    expect(one('1800亿元')).toMatchObject({ kind: 'actual', year: 2020, head: '营业收入', scaled: 1.8e11 });
    expect(one('200亿元')).toMatchObject({ kind: 'actual', year: 2020, head: '利润' });
  });

  it('pairs a list of growth rates with the figures stated before it, in order', () => {
    expect(one('9.5%')).toMatchObject({ kind: 'growth', goal: false, head: '增速' });
    expect(one('9.5%').metric).toContain('营业收入');
    expect(one('8.0%').metric).toContain('利润总额');
  });

  it('reads goals for the plan year, with their qualifiers', () => {
    expect(one('3000亿元')).toMatchObject({ kind: 'target', year: 2025, head: '营业收入', qualifiers: ['力争'] });
    expect(one('突破3500亿元')).toMatchObject({ kind: 'target', head: '总产值', qualifiers: ['突破'] });
  });

  it('counts the enterprises, and keeps the bar that defines them as a threshold, never the answer', () => {
    expect(one('30家以上')).toMatchObject({ kind: 'target', head: '企业数', thresholdScaled: 5e8 });
    expect(one('30家以上').threshold).toContain('超5亿元');
    expect(one('超5亿元')).toMatchObject({ kind: 'threshold', head: '营业收入', defines: '企业' });
  });

  it('measures a count by the noun after it', () => {
    expect(one('8个')).toMatchObject({ kind: 'target', head: '平台数', metric: '智能工厂' });
  });

  it('pairs each value of a 分别 list with its item', () => {
    expect(one('1200亿元').metric).toMatch(/^化学药.*营业收入$/);
    expect(one('900亿元').metric).toMatch(/^中药.*营业收入$/);
    expect(one('600亿元').metric).toMatch(/^医疗器械.*营业收入$/);
  });

  it('reads a growth goal over the plan period', () => {
    expect(one('10%左右')).toMatchObject({
      kind: 'growth',
      goal: true,
      head: '增速',
      period: { from: 2021, to: 2025 },
    });
  });

  it('tells money granted from the bar it is granted for', () => {
    expect(one('500万元')).toMatchObject({ kind: 'support' });
    expect(one('500万元').metric).toContain('企业');
    expect(one('突破10亿元')).toMatchObject({ kind: 'threshold', head: '营业收入', defines: '企业' });
  });

  it('reads a table by its columns: the row names the metric, the column the year', () => {
    const table = facts.filter((f) => f.clauseId.includes('table'));
    expect(table.find((f) => f.metric === '营业收入' && f.year === 2020)).toMatchObject({
      kind: 'actual',
      value: 1800,
      unit: '亿元',
    });
    expect(table.find((f) => f.metric === '营业收入' && f.year === 2025)).toMatchObject({
      kind: 'target',
      value: 3000,
    });
    expect(table.find((f) => f.metric === '智能工厂' && f.year === 2025)).toMatchObject({
      kind: 'target',
      value: 8,
      head: '平台数',
    });
  });

  it('gives every fact offsets that point at its figure in its clause', () => {
    expect(facts.length).toBeGreaterThan(15);
    for (const f of facts) expect(clauseText.get(f.clauseId)?.slice(f.start, f.end)).toBe(f.text);
  });
});
