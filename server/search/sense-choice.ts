// Which of a word's dictionary senses the corpus means: the one its other words share most, not the first line.
import { phraseKey } from '../../indexer/analysis/index.ts';

/** What choosing a sense needs of the corpus. */
export interface SenseUsage {
  /** The corpus words with an English gloss (its key, see phraseKey), most frequent first. */
  readonly wordsGlossed: (key: string) => readonly string[] | undefined;
  /** How many clauses use a word. */
  readonly frequency: (zh: string) => number;
}

/** A sense's glosses as the lexicon keys them: `to focus on; key (project etc)` -> ['focus on', 'key']. */
function glosses(sense: string): Array<{ text: string; key: string }> {
  return sense
    .replace(/\([^)]*\)/g, ' ')
    .split(/[;,]/)
    .map((g) => g.trim())
    .filter(Boolean)
    .map((text) => ({ text, key: phraseKey(text.replace(/^to\s+/i, '')) }));
}

/**
 * The English gloss of `word` the corpus uses: of its CC-CEDICT senses, the gloss that the corpus'
 * other words share most (each counted by how many clauses use it), so that 强 reads "strong" (as
 * 强大 and 加强 do) rather than its first line "stubborn"; the first gloss when no other word shares
 * any. Undefined when there is no sense.
 * @example chooseSense('重点', ['to recount', 'key (project etc)'], usage) -> 'key'
 */
export function chooseSense(
  word: string,
  senses: readonly string[] | undefined,
  usage: SenseUsage,
): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const sense of senses ?? [])
    for (const g of glosses(sense)) {
      const others = (usage.wordsGlossed(g.key) ?? []).filter((w) => w !== word);
      const score = others.reduce((sum, w) => sum + usage.frequency(w), 0);
      if (!best || score > best.score) best = { text: g.text, score };
    }
  return best?.text;
}
