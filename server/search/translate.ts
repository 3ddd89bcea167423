// English (and pinyin) query words -> the Chinese terms of the corpus: glossary first, then CC-CEDICT.
import { englishTokens, splitCompounds, type EnglishToken, type Glossary } from '../../indexer/analysis/index.ts';
import type { Lexicon } from '../../indexer/store/index.ts';
import type { Translation } from '../contract/common.ts';
import { composedSenses, dictionarySenses, type Usage } from './english-senses.ts';
import type { RegionFilter, RegionResolver } from './regions.ts';
import { agreeingSenses, type Cooccurrence } from './sense-agreement.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

export type { Translation } from '../contract/common.ts';

/** A concept of an English query and its Chinese terms, each with its weight when not 1. */
export interface Concept extends Translation {
  /** By position in `to`: how much a term weighs in the ranking (a sense the corpus uses little weighs less). */
  readonly weights?: readonly number[];
  /**
   * Broader terms searched beside `to`, ranked after the clauses holding one of `to`: the Chinese of a
   * phrase's key word (drug traceability system -> 追溯体系, and 追溯).
   */
  readonly broader?: readonly string[];
  /** Senses of a general word (CC-CEDICT, or taken out of the glossary's phrases): they rank, never filter. */
  readonly general?: boolean;
}

/** A run of English words, translated: the concepts to search and the regions it named. */
export interface TranslatedRun {
  /** What each word or phrase became, as the response reports it. */
  readonly concepts: readonly Translation[];
  /** The same concepts with their weights and broader terms, for the query builder. */
  readonly senses: readonly Concept[];
  readonly regions: readonly RegionFilter[];
}

const MAX_PINYIN_WORDS = 6;
/** The longest English gloss of CC-CEDICT read as one phrase (the lexicon keeps glosses of up to three words). */
const MAX_DICTIONARY_PHRASE = 3;

/**
 * Translates English query text into the corpus' Chinese terms, longest glossary phrase first
 * (`generic drug consistency evaluation` is one entry, not four words), then: province and city
 * names as filters (`medical devices Zhejiang`), Latin terms the corpus uses as themselves (CRO,
 * 5G), single words through the corpus' CC-CEDICT senses ranked by use in the corpus, toneless
 * pinyin of a corpus word (`yizhixing pingjia`). Stop words are dropped; plurals and -ing/-ed forms
 * match their base.
 */
export class Translator {
  constructor(
    private readonly glossary: Glossary,
    private readonly lexicon: Lexicon | undefined,
    /** In how many clauses of the corpus an analysed term occurs. */
    private readonly documentFrequency: (term: string) => number,
    private readonly regions: RegionResolver,
    /** In how many clauses a Chinese term is written at all (as a word or inside one). */
    private readonly writtenFrequency: (zh: string) => number = documentFrequency,
    /** Where the corpus writes each term, to choose a word's senses by the query's other words. */
    private readonly cooccurrence?: Cooccurrence,
  ) {}

  private get usage(): Usage {
    return { word: this.documentFrequency, written: this.writtenFrequency };
  }

  /** Translates one run of English words (as typed between Chinese parts and operators). */
  translate(text: string): TranslatedRun {
    const tokens = splitCompounds(englishTokens(text), (t) => this.knowsWhole(t));
    const concepts: Concept[] = [];
    const regions: RegionFilter[] = [];
    const span = (from: number, to: number) =>
      text.slice((tokens[from] as EnglishToken).start, (tokens[to - 1] as EnglishToken).end);
    let i = 0;
    while (i < tokens.length) {
      const phrase = this.glossaryPhrase(tokens, i);
      if (phrase) {
        const latin =
          phrase.end - i === 1 && this.inCorpus((tokens[i] as EnglishToken).word)
            ? [(tokens[i] as EnglishToken).word]
            : [];
        const broader = this.broader(tokens.slice(i, phrase.end), phrase.zh);
        concepts.push({
          from: span(i, phrase.end),
          to: [...latin, ...phrase.zh],
          source: 'glossary',
          ...(broader.length > 0 ? { broader } : {}),
        });
        i = phrase.end;
        continue;
      }
      const region = this.region(tokens, i);
      if (region) {
        regions.push(region.filter);
        i = region.end;
        continue;
      }
      const idiom = this.dictionaryPhrase(tokens, i);
      if (idiom) {
        concepts.push({ from: span(i, idiom.end), ...idiom.senses, source: 'dictionary', general: true });
        i = idiom.end;
        continue;
      }
      const token = tokens[i] as EnglishToken;
      if (token.stopword) {
        i++;
        continue;
      }
      if (this.inCorpus(token.word)) {
        concepts.push(this.written(token, text.slice(token.start, token.end)));
        i++;
        continue;
      }
      const pinyinMatch = this.pinyin(tokens, i);
      if (pinyinMatch) {
        concepts.push({ from: span(i, pinyinMatch.end), to: pinyinMatch.zh, source: 'pinyin' });
        i = pinyinMatch.end;
        continue;
      }
      concepts.push(this.senses(token));
      i++;
    }
    // A query that is only a place name searches for the place, not everything in it.
    if (concepts.length === 0 && regions.length > 0) {
      const places: Concept[] = regions.map((r) => ({ from: r.en, to: [r.zh], source: 'region' }));
      return { concepts: places, senses: places, regions: [] };
    }
    const adjacent = agreeing(concepts);
    const senses = this.cooccurrence ? agreeingSenses(adjacent, this.cooccurrence) : adjacent;
    return { concepts: senses.map(({ from, to, source }) => ({ from, to, source })), senses, regions };
  }

  // A word the corpus writes in Latin letters: a code or an acronym (GMP, CRO, mRNA, G60) is searched
  // as written; an everyday word the corpus writes only inside an English name (key, laboratory of
  // Shanghai Key Laboratory of ××) is typed with at most one capital and no digit, and has senses: it is
  // searched as written and by its senses, as another dictionary word is.
  private written(token: EnglishToken, typed: string): Concept {
    const code = /\d|[A-Z].*[A-Z]/.test(typed);
    const senses = code ? undefined : this.senses(token);
    if (!senses || senses.source !== 'dictionary') return { from: token.word, to: [token.word], source: 'latin' };
    return { ...senses, to: [token.word, ...senses.to], weights: [1, ...(senses.weights ?? [])] };
  }

  // A word no glossary phrase starts with: the glossary's phrases holding it, taken apart (a field
  // term: it must match), else its general senses (they rank), else nothing.
  private senses(token: EnglishToken): Concept {
    const composed = composedSenses(this.glossary, this.lexicon, token.stem, this.usage).slice(0, 2);
    const general = dictionarySenses(this.lexicon, token.stem, this.usage);
    const extra = general.to.flatMap((zh, k) => (composed.includes(zh) ? [] : [{ zh, w: general.weights[k] ?? 1 }]));
    const to = [...composed, ...extra.map((e) => e.zh)];
    if (to.length === 0) return { from: token.word, to: [], source: 'none' };
    const weights = [...composed.map(() => 1), ...extra.map((e) => e.w)];
    return { from: token.word, to, source: 'dictionary', weights, general: true };
  }

  // For a phrase of several words: the Chinese of its most specific word taken out of the phrase's
  // Chinese (traceability in drug traceability system -> 追溯, inside 追溯体系), when the corpus uses it.
  private broader(tokens: readonly EnglishToken[], zh: readonly string[]): string[] {
    if (tokens.length < 2) return [];
    const parts = tokens
      .filter((t) => !t.stopword)
      .flatMap((t) => composedSenses(this.glossary, this.lexicon, t.stem, this.usage))
      .filter((part) => !zh.includes(part) && zh.some((z) => z.includes(part)));
    const rarest = parts.sort((a, b) => this.documentFrequency(a) - this.documentFrequency(b))[0];
    return rarest === undefined ? [] : [rarest];
  }

  // The longest run of two or three words that is a CC-CEDICT gloss of corpus words (take effect ->
  // 施行, working days -> 工作日, term of office -> 任期, water saving -> 节水 "save water"), for words
  // the glossary has no phrase for: the words' senses one by one would miss it (take -> 采取, effect -> 影响).
  private dictionaryPhrase(
    tokens: readonly EnglishToken[],
    from: number,
  ): { end: number; senses: { to: string[]; weights: number[] } } | undefined {
    if (!this.lexicon) return undefined;
    const { maxSenses, minSenseWeight } = SEARCH_DEFAULTS.english;
    for (let end = Math.min(tokens.length, from + MAX_DICTIONARY_PHRASE); end > from + 1; end--) {
      const run = tokens.slice(from, end);
      if (run[0]?.stopword || run.at(-1)?.stopword) continue;
      const stems = run.map((t) => t.stem);
      // Two words may be glossed the other way round: water saving is 节水, "save water".
      const found =
        this.lexicon.english.get(stems.join(' ')) ??
        (stems.length === 2 ? this.lexicon.english.get([...stems].reverse().join(' ')) : undefined);
      if (!found || found.length === 0) continue;
      const to = found.slice(0, maxSenses);
      const best = Math.max(1, ...to.map((zh) => this.documentFrequency(zh)));
      const weights = to.map((zh) => Math.max(minSenseWeight, Math.sqrt(this.documentFrequency(zh) / best)));
      return { end, senses: { to, weights } };
    }
    return undefined;
  }

  /** The region a name (Chinese or English) stands for, when the index has documents from there. */
  regionNamed(name: string): RegionFilter | undefined {
    return this.regions.resolve(name);
  }

  // A hyphenated token read as one word: a code the corpus writes (pd-1), a glossary term, a gloss.
  private knowsWhole(t: EnglishToken): boolean {
    return this.inCorpus(t.word) || this.glossary.byEnglish.has(t.stem) || (this.lexicon?.english.has(t.stem) ?? false);
  }

  private inCorpus(word: string): boolean {
    return this.documentFrequency(word) > 0;
  }

  // The longest glossary phrase starting at `from`, its Chinese terms most used in the corpus first.
  private glossaryPhrase(
    tokens: readonly EnglishToken[],
    from: number,
  ): { end: number; zh: readonly string[] } | undefined {
    for (let end = Math.min(tokens.length, from + this.glossary.maxWords); end > from; end--) {
      if (end - from === 1 && (tokens[from] as EnglishToken).stopword) break;
      const zh = this.glossary.byEnglish.get(
        tokens
          .slice(from, end)
          .map((t) => t.stem)
          .join(' '),
      );
      if (zh) return { end, zh: [...zh].sort((x, y) => this.documentFrequency(y) - this.documentFrequency(x)) };
    }
    return undefined;
  }

  private region(tokens: readonly EnglishToken[], from: number): { end: number; filter: RegionFilter } | undefined {
    for (let end = Math.min(tokens.length, from + 3); end > from; end--) {
      const name = tokens
        .slice(from, end)
        .map((t) => t.word)
        .join(' ')
        .replace(/ (province|city)$/, '');
      const filter = this.regions.resolve(name);
      if (filter) {
        const next = tokens[end];
        return { end: next && /^(province|city)$/.test(next.word) ? end + 1 : end, filter };
      }
    }
    return undefined;
  }

  private pinyin(tokens: readonly EnglishToken[], from: number): { end: number; zh: readonly string[] } | undefined {
    if (!this.lexicon) return undefined;
    for (let end = Math.min(tokens.length, from + MAX_PINYIN_WORDS); end > from; end--) {
      const key = tokens
        .slice(from, end)
        .map((t) => t.word)
        .join('');
      const zh = this.lexicon.pinyin.get(key);
      // Only when unambiguous in the corpus: one word reads so.
      if (zh && zh.length === 1 && key.length >= 4) return { end, zh };
    }
    return undefined;
  }
}

/**
 * Two general words next to each other that share a sense are one concept of that sense: water and
 * saving both propose 节水, so `water saving` is 节水, at full weight.
 */
function agreeing(concepts: readonly Concept[]): Concept[] {
  const out: Concept[] = [];
  for (const c of concepts) {
    const last = out.at(-1);
    const shared = last?.general && c.general ? c.to.filter((zh) => last.to.includes(zh)) : [];
    if (last && shared.length > 0)
      out[out.length - 1] = { ...last, from: `${last.from} ${c.from}`, to: shared, weights: shared.map(() => 1) };
    else out.push(c);
  }
  return out;
}
