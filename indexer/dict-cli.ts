// `npm run dict`: proposes user-dictionary terms discovered in corpus/ (prints; writes with --write).
import { writeFileSync } from 'node:fs';
import { discoverTerms } from './analysis/discover-terms.ts';
import { USER_DICT_PATH, loadChineseSegmenter } from './analysis/segment-chinese.ts';
import { readCorpus } from './read-corpus.ts';

const dir = process.argv.find((a, k) => k > 1 && !a.startsWith('--')) ?? 'corpus';
loadChineseSegmenter({ userDict: false });
const { documents } = readCorpus(dir);
const terms = discoverTerms(documents.map((d) => d.text));
for (const t of terms) console.log(`${t.word}\t${t.freq}\t${t.docs}\t${t.leftEntropy.toFixed(2)}\t${t.rightEntropy.toFixed(2)}`);
console.error(`${terms.length} terms from ${documents.length} documents`);
if (process.argv.includes('--write')) {
  writeFileSync(USER_DICT_PATH, terms.map((t) => `${t.word} n`).join('\n') + '\n');
  console.error(`wrote ${USER_DICT_PATH}`);
}
