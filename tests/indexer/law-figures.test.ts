import { describe, expect, it } from 'vitest';
import { deadlines, findFigures } from '../../indexer/figures/index.ts';

// Sentences written for these tests in the manner of laws and rules (not from the corpus).
const read = (text: string) =>
  findFigures(text).map((f) => ({ text: f.text, kind: f.kind, value: f.value, upper: f.upper }));

describe('figures of laws and rules', () => {
  it('reads a fine bounded on both sides as one range of money, in figures or in Chinese numerals', () => {
    expect(read('处2万元以上8万元以下的罚款')).toEqual([
      { text: '2万元以上8万元以下', kind: 'money', value: 2, upper: 8 },
    ]);
    expect(read('并处四万元以上四十万元以下的罚款')).toEqual([
      { text: '四万元以上四十万元以下', kind: 'money', value: 4, upper: 40 },
    ]);
    // Two units: the upper end is given in the first one's (5000 元 to 30000 元).
    expect(read('可以处五千元以上三万元以下罚款')[0]).toMatchObject({ value: 5000, upper: 30000 });
  });

  it('reads 不超过 as at most, not 超过 as over', () => {
    expect(findFigures('委员累计任职不超过三届。')[0]).toMatchObject({
      text: '不超过三届',
      qualifier: '不超过',
      value: 3,
    });
    expect(findFigures('补助金额不超过200万元。')[0]).toMatchObject({ text: '不超过200万元', qualifier: '不超过' });
    expect(findFigures('投资超过200万元的项目')[0]).toMatchObject({ text: '超过200万元', qualifier: '超过' });
  });

  it('reads multiples (倍) as ranges or bounds', () => {
    expect(read('处货值金额三倍以上八倍以下的罚款')).toEqual([
      { text: '三倍以上八倍以下', kind: 'count', value: 3, upper: 8 },
    ]);
    expect(read('处违法所得四倍以下的罚款')[0]).toMatchObject({ text: '四倍以下', value: 4 });
  });

  it('reads lengths of time, but not the days and months of a date', () => {
    expect(read('许可证有效期为4年。')).toEqual([{ text: '4年', kind: 'duration', value: 4, upper: undefined }]);
    expect(read('应当在四十日内作出决定')[0]).toMatchObject({ text: '四十日内', kind: 'duration', value: 40 });
    expect(read('于届满前60个工作日至20个工作日期间提出')[0]).toMatchObject({ kind: 'duration', value: 60, upper: 20 });
    expect(read('自2031年7月1日起施行').map((f) => f.kind)).toEqual(['date']);
    expect(read('于次年4月30日前报送').some((f) => f.kind === 'duration')).toBe(false);
  });

  it('reads counts in Chinese numerals with a qualifier, a range or a two-character numeral', () => {
    expect(read('专职人员应当在三十人以上')[0]).toMatchObject({ text: '三十人以上', kind: 'count', value: 30 });
    expect(read('委员连任不得超过三届')[0]).toMatchObject({ text: '超过三届', kind: 'count', value: 3 });
    expect(read('委员会由七至十一人组成')[0]).toMatchObject({ text: '七至十一人', value: 7, upper: 11 });
    expect(read('认定二十家示范企业')[0]).toMatchObject({ text: '二十家', value: 20 });
    // A bare single numeral names a thing more often than it counts one; an ordinal never counts.
    expect(read('推进三医联动，建设一个中心')).toEqual([]);
    expect(read('召开第二届大会')).toEqual([]);
  });

  it('reads a share written out (百分之四十)', () => {
    expect(read('不得少于百分之四十')[0]).toMatchObject({ kind: 'percent', value: 40 });
  });
});

describe('a length of time tied to an event', () => {
  it('reads the end it counts back or on from, back to the word that introduces it', () => {
    const text = '档案的保存期为合同期限届满后两年；申请续展的，应当在证书有效期满前60日提出。';
    expect(deadlines(text).map((d) => d.text)).toEqual(['合同期限届满后两年', '证书有效期满前60日']);
  });

  it('reads the event it counts from, written after 自', () => {
    const text = '主管部门应当自收到举报材料之日起15个工作日内答复。';
    expect(deadlines(text).map((d) => d.text)).toEqual(['自收到举报材料之日起15个工作日内']);
  });

  it('ties no event to a length of time stated alone', () => {
    expect(deadlines('许可证有效期为3年，每年检查一次。')).toEqual([]);
  });
});

describe('a length of time before or after the event written before it', () => {
  it('reads 在…30日前 and 提前15日 as counted back from the event, with the event', () => {
    const text = '企业应当在经营场所发生变更30日前报告，并提前15日公告。';
    expect(deadlines(text).map((d) => [d.text, d.way])).toEqual([
      ['经营场所发生变更30日前', 'before'],
      ['提前15日', 'before'],
    ]);
  });
});
