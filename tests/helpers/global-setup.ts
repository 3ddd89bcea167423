// Before all tests: the page and the server are built, and the corpus index and its lexicon are brought up to date
// once (data/), so that test files load them instead of each rebuilding.
import { buildServer } from '../../server/build.ts';
import { buildWeb } from '../../web/build.ts';
import { openIndex } from '../../server/search/open-index.ts';
import { CORPUS_DIR, INDEX_PATH, LEXICON_PATH } from './paths.ts';

export default async function setup(): Promise<void> {
  await buildWeb();
  // Tests that spawn the server as it is deployed run the built bundle.
  await buildServer();
  const opened = await openIndex({
    corpusDir: CORPUS_DIR,
    indexPath: INDEX_PATH,
    lexiconPath: LEXICON_PATH,
    rebuild: 'auto',
  });
  if (opened.lexiconProblem) throw new Error(opened.lexiconProblem);
}
