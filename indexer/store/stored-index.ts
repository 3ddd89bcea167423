// An index as the server holds it: the postings, the normalised texts and small columns in memory; clauses,
// texts, outlines and facts read from the file when a request needs them (or from arrays, just built).
import { LRUCache } from 'lru-cache';
import { FactTable } from './fact-table.ts';
import {
  arrayTable,
  arrayTexts,
  byteTexts,
  lazyTable,
  readRecord,
  readText,
  textAt,
  type SectionBytes,
  type Table,
  type TextTable,
} from './records.ts';
import type { Clause, Fact, IndexedDocument, OutlineEntry } from './schema.ts';
import type { SuggestionIndexData } from './suggestion-index.ts';
import type { TermIndex } from './term-index.ts';
import type { WordIndex } from './word-index.ts';

/** A province, and a city if any: where a clause or document is from. */
export interface Place {
  readonly province: string;
  readonly city?: string;
}

/** What every clause has that filters and facets read for all candidates, by clause number. */
export interface ClauseColumns {
  /** Each clause's document, as its position in `documents`. */
  readonly doc: Int32Array;
  /** Each clause's place, as its position in `places`. */
  readonly place: Int32Array;
  /** The distinct places, in the order the clauses first have them. */
  readonly places: readonly Place[];
  /** Each clause's section path, as its position in `sections`. */
  readonly section: Int32Array;
  readonly sections: ReadonlyArray<readonly string[]>;
}

/** An index ready to be served, however it is held. */
export interface StoredIndex {
  readonly analyzer: string;
  readonly corpus: string;
  readonly builtAt: string;
  /** Documents: metadata in memory; `text` and `outline` read when asked for. */
  readonly documents: readonly IndexedDocument[];
  readonly clauses: Table<Clause>;
  /** Each clause's normalised text (for confirming phrases), decoded when asked for. */
  readonly normalized: TextTable;
  readonly columns: ClauseColumns;
  /** The clause numbers of ids, made on the first call. */
  clauseIds(): ReadonlyMap<string, number>;
  /** Each clause's numbering label (`三、（二）7.`), read whole on the first call. */
  labels(): Table<string>;
  readonly facts: FactTable;
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly words: WordIndex;
  readonly grams: TermIndex;
  readonly suggestions: SuggestionIndexData;
  /** Checks the parts not read yet against their checksums (see OpenContainer.verifyRest). */
  verifyRest(): Promise<Error | undefined>;
  /** Releases the file, once the index is out of service. */
  close(): void;
}

/** Clauses read and parsed recently, kept: a page of hits, a document's clauses, a question's candidates. */
const CLAUSE_CACHE = 20_000;

/** The parts of a file-backed index its reader has decoded at open. */
export interface FileParts {
  readonly source: SectionBytes;
  readonly header: { readonly analyzer: string; readonly corpus: string; readonly builtAt: string };
  readonly documents: ReadonlyArray<Omit<IndexedDocument, 'text' | 'outline'>>;
  readonly documentTextEnds: Int32Array;
  readonly outlineEnds: Int32Array;
  readonly clauseEnds: Int32Array;
  readonly columns: ClauseColumns;
  readonly normalized: Buffer;
  readonly normalizedEnds: Int32Array;
  readonly idsText: () => { text: string; ends: Int32Array };
  readonly labelsText: () => { raw: Buffer; ends: Int32Array };
  readonly facts: FactTable;
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly words: WordIndex;
  readonly grams: TermIndex;
  readonly suggestions: SuggestionIndexData;
  readonly verifyRest: () => Promise<Error | undefined>;
  readonly close: () => void;
}

/** An index whose clauses, texts, outlines and facts stay in the file until asked for. */
export function storedFromFile(p: FileParts): StoredIndex {
  const textStart = (d: number) => (d === 0 ? 0 : (p.documentTextEnds[d - 1] as number));
  const documents = p.documents.map((record, d) => {
    const doc = { ...record } as IndexedDocument;
    Object.defineProperties(doc, {
      text: {
        enumerable: true,
        get: () => readText(p.source, 'documentTexts', textStart(d), p.documentTextEnds[d] as number),
      },
      outline: {
        enumerable: true,
        get: () => readRecord(p.source, 'documentOutlines', p.outlineEnds, d) as OutlineEntry[],
      },
    });
    return doc;
  });
  const cache = new LRUCache<number, Clause>({ max: CLAUSE_CACHE });
  const clause = (k: number): Clause => {
    const hit = cache.get(k);
    if (hit) return hit;
    // eslint-disable-next-line no-restricted-syntax -- a clause record as the section holds it
    const r = readRecord(p.source, 'clauses', p.clauseEnds, k) as Record<string, unknown> & {
      start: number;
      end: number;
    };
    r.section = p.columns.sections[p.columns.section[k] as number];
    if (r.text === 0) {
      const at = textStart(p.columns.doc[k] as number);
      r.text = readText(p.source, 'documentTexts', at + r.start, at + r.end);
    }
    cache.set(k, r as unknown as Clause);
    return r as unknown as Clause;
  };
  let ids: Map<string, number> | undefined;
  let labels: Table<string> | undefined;
  return {
    analyzer: p.header.analyzer,
    corpus: p.header.corpus,
    builtAt: p.header.builtAt,
    documents,
    clauses: lazyTable(p.clauseEnds.length, clause),
    normalized: byteTexts(p.normalized, p.normalizedEnds),
    columns: p.columns,
    clauseIds: () => {
      if (!ids) {
        const { text, ends } = p.idsText();
        ids = new Map();
        for (let k = 0, from = 0; k < ends.length; k++) {
          ids.set(text.slice(from, ends[k]), k);
          from = ends[k] as number;
        }
      }
      return ids;
    },
    labels: () => {
      if (!labels) {
        const { raw, ends } = p.labelsText();
        labels = lazyTable(ends.length, (k) => textAt(raw, ends, k));
      }
      return labels;
    },
    facts: p.facts,
    vocabulary: p.vocabulary,
    words: p.words,
    grams: p.grams,
    suggestions: p.suggestions,
    verifyRest: p.verifyRest,
    close: p.close,
  };
}

/** What a build hands the server when it serves an index it has just built (from memory). */
export interface BuiltParts {
  readonly analyzer: string;
  readonly corpus: string;
  readonly builtAt: string;
  readonly documents: readonly IndexedDocument[];
  readonly clauses: readonly Clause[];
  readonly normalized: readonly string[];
  readonly facts: readonly Fact[];
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly words: WordIndex;
  readonly grams: TermIndex;
  readonly suggestions: SuggestionIndexData;
}

/** An index held in memory as built: the same view over its arrays. */
export function storedFromData(data: BuiltParts): StoredIndex {
  let ids: Map<string, number> | undefined;
  return {
    analyzer: data.analyzer,
    corpus: data.corpus,
    builtAt: data.builtAt,
    documents: data.documents,
    clauses: arrayTable(data.clauses),
    normalized: arrayTexts(data.normalized),
    columns: clauseColumns(data.documents, data.clauses),
    clauseIds: () => (ids ??= new Map(data.clauses.map((c, k) => [c.id, k]))),
    labels: () => arrayTable(data.clauses.map((c) => c.label)),
    facts: FactTable.of(data.facts),
    vocabulary: data.vocabulary,
    words: data.words,
    grams: data.grams,
    suggestions: data.suggestions,
    verifyRest: () => Promise.resolve(undefined),
    close: () => undefined,
  };
}

/**
 * The columns of `clauses`: document and place numbers, section paths numbered (sibling clauses
 * share one section array: its key is computed once per array). Written into the file at build time.
 */
export function clauseColumns(documents: readonly IndexedDocument[], clauses: readonly Clause[]): ClauseColumns {
  const docNumbers = new Map(documents.map((d, k) => [d.meta.id, k]));
  const places = numbering<Place>((p) => `${p.province}\0${p.city ?? ''}`);
  const sections = numbering<readonly string[]>((s) => JSON.stringify(s));
  let last: readonly string[] | undefined;
  let lastId = -1;
  const section = Int32Array.from(clauses, (c) => {
    if (c.section !== last) {
      last = c.section;
      lastId = sections.number(c.section);
    }
    return lastId;
  });
  return {
    doc: Int32Array.from(clauses, (c) => docNumbers.get(c.docId) ?? -1),
    place: Int32Array.from(clauses, (c) =>
      places.number(c.city === undefined ? { province: c.province } : { province: c.province, city: c.city }),
    ),
    places: places.keys,
    section,
    sections: sections.keys,
  };
}

/** Numbers values in the order first given, by a string key (a Map: any corpus string is a safe key). */
export function numbering<T>(keyOf: (value: T) => string): { number: (value: T) => number; keys: T[] } {
  const numbers = new Map<string, number>();
  const keys: T[] = [];
  return {
    keys,
    number: (value) => {
      const key = keyOf(value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = keys.length;
        numbers.set(key, n);
        keys.push(value);
      }
      return n;
    },
  };
}
