// `npm run dict`: reviews the user dictionary. Prints terms discovered in corpus/ that the glossary
// lacks (candidates for review); with --write, regenerates user-dict.txt from the glossary.
import { writeFileSync } from 'node:fs';
import { discoverTerms } from './analysis/discover-terms.ts';
import { glossary } from './analysis/glossary.ts';
import { USER_DICT_PATH, cutWords, loadChineseSegmenter } from './analysis/segment-chinese.ts';
import { readCorpus } from './read-corpus.ts';

const dir = process.argv.find((a, k) => k > 1 && !a.startsWith('--')) ?? 'corpus';
// jieba's own dictionary only: which terms it cuts apart, and what it does not know.
loadChineseSegmenter({ userDict: false });
const known = glossary().byChinese;
if (process.argv.includes('--write')) {
  // Every reviewed Han term of the glossary that jieba would cut apart becomes one word.
  const words = [...known.keys()].filter((zh) => /^\p{Script=Han}+$/u.test(zh) && cutWords(zh).length > 1);
  writeFileSync(USER_DICT_PATH, words.map((w) => `${w} n`).join('\n') + '\n');
  console.error(`wrote ${words.length} terms to ${USER_DICT_PATH}`);
} else {
  const { documents } = await readCorpus(dir);
  const terms = discoverTerms(documents.map((d) => d.text)).filter((t) => !known.has(t.word));
  console.log('word\tfreq\tdocs\tleft-entropy\tright-entropy');
  for (const t of terms)
    console.log(`${t.word}\t${t.freq}\t${t.docs}\t${t.leftEntropy.toFixed(2)}\t${t.rightEntropy.toFixed(2)}`);
  console.error(
    `${terms.length} candidate terms from ${documents.length} documents are not in the glossary; ` +
      'add the real ones to indexer/data/glossary.tsv, then npm run dict -- --write',
  );
}
