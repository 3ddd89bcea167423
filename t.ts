import { openIndex } from './server/search/open-index.ts';
import { makeUnit } from './server/search/query-parser.ts';
import { unitMatches } from './server/search/search-service.ts';
const { store } = openIndex({ corpusDir: 'corpus', indexPath: 'data/index.zci', lexiconPath: 'data/lexicon.json', rebuild: 'auto' });
for (const w of process.argv.slice(2)) console.log(w, unitMatches(store, makeUnit(w, false)!).length);
