// Where the tests find the corpus, the fixtures and the derived index.
import { fileURLToPath } from 'node:url';

/** The project's corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
/** Small hand-made inputs. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));
/** The index and lexicon of the corpus, as the server keeps them. */
export const INDEX_PATH = fileURLToPath(new URL('../../data/index.zci', import.meta.url));
export const LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon.json', import.meta.url));
