// The targets table's state and pure parts, on rows made for the test (no browser).
import { describe, expect, it } from 'vitest';
import type { Target } from '../../server/contract/index.ts';
import { clauseName, extraQualifiers, sortedBy, sortedRows, targetsCsv } from '../../web/src/views/targets-table.ts';

const row = (over: Partial<Target>): Target => ({
  province: '甲',
  metric: '企业',
  head: '企业数',
  text: '5个以上',
  value: 5,
  unit: '个',
  scaled: 5,
  qualifiers: ['以上'],
  kind: 'target',
  docId: 'd',
  clauseId: 'd/3.4.13',
  clauseLabel: '三、（四）13.',
  start: 0,
  end: 4,
  ...over,
});
const rows = [
  row({ value: 5 }),
  row({ value: 100, text: '100个以上', clauseId: 'd/1.p2', clauseLabel: '一、' }),
  row({ value: 10, text: '力争10个', qualifiers: ['力争'] }),
];
const words = {
  heading: (k: string) => `H:${k}`,
  region: (x: Target) => x.province,
  kind: (x: Target) => x.kind,
  clause: (x: Target) => clauseName(x, 'zh'),
};

describe('the targets table without a browser', () => {
  it('sorts by a column, and the other way on a second click', () => {
    let state = sortedBy({ rows, sortBy: 'province', ascending: true }, 'value');
    expect(sortedRows(state).map((x) => x.value)).toEqual([5, 10, 100]);
    state = sortedBy(state, 'value');
    expect(sortedRows(state).map((x) => x.value)).toEqual([100, 10, 5]);
  });

  it('shows only the qualifiers its text does not, and names the clause as a citation does', () => {
    expect(extraQualifiers(row({}))).toEqual([]);
    expect(extraQualifiers(row({ text: '10个', qualifiers: ['力争', '以上'] }))).toEqual(['力争', '以上']);
    expect(clauseName(row({}), 'zh')).toBe('三、（四）13.');
    expect(clauseName(row({}), 'en')).toMatch(/part 3/);
  });

  it('writes the CSV of the rows in the order given, headings in the page’s words, then the machine names', () => {
    const state = sortedBy(sortedBy({ rows, sortBy: 'province', ascending: true }, 'value'), 'value');
    const lines = targetsCsv(sortedRows(state), words)
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]?.startsWith('H:region,H:metric,H:category,H:value')).toBe(true);
    expect(lines[1]?.startsWith('province,metric,head,text')).toBe(true);
    expect(lines.slice(2).map((l) => l.split(',')[3])).toEqual(['100个以上', '力争10个', '5个以上']);
  });

  it('defuses a spreadsheet formula and quotes a comma', () => {
    const csv = targetsCsv([row({ metric: '=SUM(A1)', text: '1,000个' })], words);
    expect(csv).toContain(",'=SUM(A1),");
    expect(csv).toContain('"1,000个"');
  });
});
