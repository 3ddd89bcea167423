// The words a misspelt query word may be corrected to, in a MiniSearch index looked up by edit
// distance: built with the search index and persisted in it.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** A suggestion index as the index file stores it: MiniSearch's plain-object form. */
export type SuggestionIndexData = AsPlainObject;

interface WordRecord {
  readonly id: number;
  readonly word: string;
}

// One record per word, indexed whole: the words come analysed already (normalised, lower case).
const OPTIONS: Options<WordRecord> = {
  fields: ['word'],
  storeFields: ['word'],
  tokenize: (text) => [text],
  processTerm: (term) => term,
};

/** Indexes each distinct word of `words` for lookup by edit distance. */
export function buildSuggestionIndex(words: Iterable<string>): SuggestionIndexData {
  const index = new MiniSearch<WordRecord>(OPTIONS);
  const records: WordRecord[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    if (word === '' || seen.has(word)) continue;
    seen.add(word);
    records.push({ id: records.length, word });
  }
  index.addAll(records);
  return index.toJSON();
}

/** A loaded suggestion index. */
export class SuggestionIndex {
  private readonly index: MiniSearch<WordRecord>;

  private constructor(index: MiniSearch<WordRecord>) {
    this.index = index;
  }

  /** Loads a stored index at once. */
  static load(data: SuggestionIndexData): SuggestionIndex {
    return new SuggestionIndex(MiniSearch.loadJS(data, OPTIONS));
  }

  /** Loads a stored index a piece at a time, letting other work run between the pieces. */
  static async loadAsync(data: SuggestionIndexData): Promise<SuggestionIndex> {
    return new SuggestionIndex(await MiniSearch.loadJSAsync(data, OPTIONS));
  }

  /**
   * The indexed words at most `maxEdits` Levenshtein edits from `word` (characters substituted,
   * inserted or deleted), `word` itself left out, nearest first.
   * @example index.near('一致姓评价', 1) -> ['一致性评价']
   */
  near(word: string, maxEdits: number): string[] {
    if (word === '' || maxEdits < 1) return [];
    return this.index
      .search(word, { fuzzy: maxEdits, maxFuzzy: maxEdits, prefix: false })
      .map((r) => r.word as string)
      .filter((w) => w !== word);
  }
}
