// `npm run synonyms:mine [-- --index FILE]`: candidate synonyms from the indexed corpus, for review into
// indexer/data/synonyms.tsv (pairs already there are marked). It proposes; a person decides.
import { parseArgs } from 'node:util';
import { analyzerFingerprint, loadAnalyzer, synonyms } from './analysis/index.ts';
import { readIndex } from './store/persist.ts';
import { abbreviationCandidates, ContextIndex, parenthesisCandidates, type SynonymCandidate } from './synonyms/mine.ts';

const { values } = parseArgs({
  options: { index: { type: 'string', default: 'data/index.zci' }, top: { type: 'string', default: '25' } },
});
loadAnalyzer();
const index = readIndex(values.index as string, { analyzer: analyzerFingerprint() });
const texts = index.clauses.map((c) => c.text);
const top = Number(values.top);
const contexts = new ContextIndex(texts);
const known = synonyms();
const listed = (c: SynonymCandidate) => known.groupOf(c.a) !== undefined && known.groupOf(c.a) === known.groupOf(c.b);

const sections: Array<[string, SynonymCandidate[]]> = [
  ['abbreviations defined in parentheses', parenthesisCandidates(texts)],
  [
    'short forms spelled in order by a longer word (by context similarity)',
    abbreviationCandidates(index.vocabulary, contexts).slice(0, top),
  ],
  ['words used in the same contexts', contexts.nearest(3, top)],
];
for (const [title, candidates] of sections) {
  console.log(`\n${title}: ${candidates.length}`);
  for (const c of candidates) {
    const mark = listed(c) ? 'listed ' : '       ';
    console.log(
      `${mark}${c.strength.toFixed(3).padStart(7)}  ${c.a} ↔ ${c.b}    ${c.example.replace(/\s+/g, ' ').slice(0, 50)}`,
    );
  }
}
