// `npm run lexicon [-- --index FILE --out FILE]`: derives the lexicon from an index, CC-CEDICT and ECDICT.
// A process of its own: CC-CEDICT takes seconds and hundreds of MB to load, so the server never does.
import { parseArgs } from 'node:util';
import { analyzerFingerprint, loadAnalyzer } from './analysis/analyzer.ts';
import { deriveLexicon } from './derive-lexicon.ts';
import { writeLexicon } from './store/lexicon.ts';
import { readIndex } from './store/persist.ts';

const { values } = parseArgs({
  options: {
    index: { type: 'string', default: 'data/index.zci' },
    out: { type: 'string', default: 'data/lexicon.json' },
  },
});
const started = performance.now();
loadAnalyzer();
const index = readIndex(values.index as string, { analyzer: analyzerFingerprint() });
const lexicon = await deriveLexicon(index.analyzer, index.corpus, index.vocabulary);
writeLexicon(values.out as string, lexicon);
console.log(
  `lexicon: ${lexicon.words.size} words with English, ${lexicon.english.size} English glosses, ${lexicon.pinyin.size} pinyin keys; ${((performance.now() - started) / 1000).toFixed(1)} s -> ${values.out}`,
);
