import { openIndex } from './server/search/open-index.ts';
import { analyzeQuestion } from './server/qa/question.ts';
import { ask } from './server/qa/answer.ts';
const { store } = openIndex({ corpusDir: 'corpus', indexPath: 'data/index.zci', lexiconPath: 'data/lexicon.json', rebuild: 'auto' });
for (const q of process.argv.slice(2)) {
  const a = analyzeQuestion(store, q);
  console.log(q, JSON.stringify({ type: a.type, unit: a.unit, years: a.years, regions: a.regions.map((r) => r.zh), focus: a.focus.map((f) => `${f.forms.join('/')}:${f.weight.toFixed(2)}${f.strong ? '!' : ''}`), given: a.givenFigures }));
  const r = ask(store, q);
  console.log('  =>', r.answer?.text, r.confidence, r.citations.map((c) => c.id).join(' '));
}
