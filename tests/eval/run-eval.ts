// `npm run eval -- FILE.jsonl [--verbose] [--corpus DIR]`: scores the engine against a gold file (search,
// question or related-clause lines); with --corpus, on the index of another folder (built in a temp path).
import { readFileSync } from 'node:fs';
import { files, flag, openEvalIndex } from './eval-index.ts';
import type { QaGold, RelatedGold, SearchGold } from './gold.ts';
import { reportQa } from './score-qa.ts';
import { reportRelated } from './score-related.ts';
import { reportSearch } from './score-search.ts';

const file = files(process.argv.slice(2))[0];
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl [--verbose] [--corpus DIR]');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SearchGold | QaGold | RelatedGold);
const store = await openEvalIndex(flag(process.argv, 'corpus'));
const search = lines.filter((l): l is SearchGold => 'relevant' in l);
const questions = lines.filter((l): l is QaGold => 'answer' in l);
const related = lines.filter((l): l is RelatedGold => 'related' in l);
if (search.length > 0) reportSearch(store, search, verbose);
if (questions.length > 0) reportQa(store, questions, verbose);
if (related.length > 0) reportRelated(store, related, verbose);
