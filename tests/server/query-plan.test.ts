// Query plans, asserted without an index: the search box's builder (parser and expansion steps) run
// against a context made up for the test (a tiny glossary and lexicon, two regions, two titles).
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../indexer/analysis/glossary.ts';
import { parseThesaurus, stemWord, synonyms } from '../../indexer/analysis/index.ts';
import { EXPANSION_STEPS, parseQuery } from '../../server/search/expand.ts';
import type { QueryContext } from '../../server/search/query-context.ts';
import { parseQueryText } from '../../server/search/query-parser.ts';
import { describeQuery } from '../../server/search/query.ts';
import { RegionResolver } from '../../server/search/regions.ts';
import { Translator } from '../../server/search/translate.ts';

const regions = new RegionResolver([
  { province: '浙江', provinceEn: 'Zhejiang' },
  { province: '江苏', provinceEn: 'Jiangsu' },
]);
const glossary = parseGlossary('创新药\tinnovative drug\n追溯体系\ttraceability system\n');
const lexicon = {
  identity: 'test',
  words: new Map(),
  english: new Map([[stemWord('policy'), ['政策']]]),
  pinyin: new Map(),
};
// Clause counts of a corpus that does not exist: enough for the translator to weigh senses.
const frequency = new Map([
  ['政策', 40],
  ['创新药', 12],
  ['追溯', 5],
]);
const context: QueryContext = {
  translator: new Translator(glossary, lexicon, (t) => frequency.get(t) ?? 0, regions),
  region: (name) => regions.resolve(name),
  documents: [
    { id: 'vaccine-law', title: '中华人民共和国疫苗管理法' },
    { id: 'zj-plan', title: '关于印发《浙江省医药产业发展规划》的通知' },
  ],
  longForms: (form) => (form === '发改委' ? ['发展改革委', '发展和改革委'] : []),
  phraseCount: () => 0,
  synonyms: synonyms(),
  thesaurus: parseThesaurus('双碳\t碳达峰\t碳中和\t# made up for the test\n'),
};
const plan = (q: string) => describeQuery(parseQuery(q, { context }));

describe('the search box query plan', () => {
  it('lists its expansion steps in one place, in order', () => {
    expect(EXPANSION_STEPS.map(([name]) => name)).toEqual([
      'article references',
      'translation',
      'places',
      'document names',
      'synonyms',
      'thesaurus',
      'abbreviations',
    ]);
  });

  it('parses without any expansion: words must, -words must not, OR joins, fields filter', () => {
    expect(
      describeQuery(parseQueryText('集采 -仿制药 产业大脑 OR 未来工厂 province:江苏', { english: false })),
    ).toEqual(['must [集采]', 'must-not [仿制药]', 'must [产业大脑 | 未来工厂]', 'filter province 江苏']);
  });

  it('adds synonyms to a form typed, not to an excluded or quoted one', () => {
    // Why: the synonym data lists 集采 with 集中带量采购, 带量采购, 集中采购.
    expect(plan('集采 -"集采"')).toEqual([
      'must [集采 | 集中带量采购~synonym | 带量采购~synonym | 集中采购~synonym]',
      'must-not ["集采"]',
    ]);
  });

  it('makes a glossary term a must, a general dictionary sense a should, and a place a filter', () => {
    expect(plan('traceability system policy Zhejiang')).toEqual([
      'must [追溯体系~glossary]',
      'should [政策~dictionary]',
      'filter province 浙江',
    ]);
    expect(plan('浙江 追溯体系')).toEqual(['must [追溯体系]', 'filter province 浙江']);
  });

  it('adds the thesaurus forms and the long forms of an abbreviation the corpus spells out', () => {
    expect(plan('双碳')).toEqual(['must [双碳 | 碳达峰~thesaurus | 碳中和~thesaurus]']);
    expect(plan('发改委 通知')).toEqual([
      'must [发改委 | 发展改革委~abbreviation | 发展和改革委~abbreviation]',
      'must [通知]',
    ]);
  });

  it('turns a document title into a document filter, and an article reference into an article clause', () => {
    expect(plan('《疫苗管理法》')).toEqual(['must all', 'filter doc vaccine-law']);
    expect(plan('疫苗管理法第10条')).toEqual(['must article 第十条', 'filter doc vaccine-law']);
    expect(plan('中华人民共和国疫苗管理法 art. 10')).toEqual(['must article 第十条', 'filter doc vaccine-law']);
    expect(plan('浙江省医药产业发展规划 人才')).toEqual(['must [人才]', 'filter doc zj-plan']);
    expect(plan('第九十八条 罚款')).toEqual(['must [罚款]', 'should article 第九十八条']);
  });

  it('reports what each English word became', () => {
    const q = parseQuery('innovative drugs policy', { context });
    expect(q.lang).toBe('en');
    expect(q.translations).toEqual([
      { from: 'innovative drugs', to: ['创新药'], source: 'glossary' },
      { from: 'policy', to: ['政策'], source: 'dictionary' },
    ]);
  });
});
