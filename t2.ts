import { readFileSync } from 'node:fs';
import { openIndex } from './server/search/open-index.ts';
import { ask } from './server/qa/answer.ts';
const { store } = openIndex({ corpusDir: 'corpus', indexPath: 'data/index.zci', lexiconPath: 'data/lexicon.json', rebuild: 'auto' });
for (const q of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const r = ask(store, q);
  console.log(`${q}\n   => [${r.type}] ${r.answer?.text ?? '(declined)'} ${r.answer?.english ? `(${r.answer.english})` : ''} conf=${r.confidence} ${r.citations[0]?.id ?? ''}${r.rows ? ' rows=' + r.rows.map((x) => x.region + ':' + x.text).join(' | ') : ''}`);
}
