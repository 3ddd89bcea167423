// Candidate synonyms mined from the corpus, for a person to review into indexer/data/synonyms.tsv:
// abbreviations a text defines in parentheses, short forms whose characters a longer word spells in
// order, and words used in the same contexts. Nothing here decides an entry: it proposes.
import { analyze, isStopword } from '../analysis/index.ts';

/** A proposed pair, with the evidence for it. */
export interface SynonymCandidate {
  readonly a: string;
  readonly b: string;
  readonly how: 'parenthesis' | 'abbreviation' | 'context';
  /** Higher is stronger: occurrences for a parenthesis, context similarity otherwise. */
  readonly strength: number;
  /** A passage where it shows. */
  readonly example: string;
}

const HAN = /\p{Script=Han}/u;

/**
 * `药品上市许可持有人（MAH）`, `合同研究组织（CRO）`, `X（以下简称“Y”）`: a name and the short form
 * it is given, where one side is a Latin abbreviation or the text says 简称.
 */
export function parenthesisCandidates(texts: readonly string[]): SynonymCandidate[] {
  const found = new Map<string, { a: string; b: string; count: number; example: string }>();
  const note = (a: string, b: string, example: string) => {
    const key = `${a}\0${b}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { a, b, count: 1, example });
  };
  for (const text of texts) {
    for (const m of text.matchAll(/([\p{Script=Han}A-Za-z]{2,16})[（(]([A-Z][A-Za-z0-9-]{1,9})[）)]/gu)) {
      // The name is the trailing words before the parenthesis: take the analyzer's last word(s).
      const name = trailingName(m[1] as string);
      if (name) note(name, m[2] as string, m[0]);
    }
    for (const m of text.matchAll(/([\p{Script=Han}]{2,16})[（(]以下简称[“"]([^”"]{2,10})[”"][）)]/gu)) {
      const name = trailingName(m[1] as string);
      if (name) note(name, m[2] as string, m[0]);
    }
  }
  return [...found.values()].map((f) => ({
    a: f.a,
    b: f.b,
    how: 'parenthesis',
    strength: f.count,
    example: f.example,
  }));
}

// The words just before a parenthesis that name what it abbreviates: the last two words the analyzer
// finds (上市许可持有人 is one word to jieba; 合同研究组织 is 合同 研究 组织), at most 10 characters.
function trailingName(text: string): string | undefined {
  const words = analyze(text).filter((t) => !t.sub);
  const last = words.slice(-3);
  const first = last[0];
  if (!first) return undefined;
  const name = text.slice(first.start);
  return [...name].length >= 2 && [...name].length <= 10 ? name : undefined;
}

/**
 * Short Chinese words (2–3 characters) whose characters a longer word of the corpus has in the same
 * order, starting with the same character, without containing the short word (集采 in 集中带量采购):
 * abbreviations as Chinese writers form them. Ranked by how alike their contexts are.
 * @param vocabulary word -> clauses having it
 */
export function abbreviationCandidates(
  vocabulary: ReadonlyMap<string, number>,
  contexts: ContextIndex,
): SynonymCandidate[] {
  const words = [...vocabulary.keys()].filter((w) => HAN.test(w) && !/\d/.test(w) && !isStopword(w));
  const short = words.filter((w) => [...w].length >= 2 && [...w].length <= 3);
  const long = words.filter((w) => [...w].length >= 4 && [...w].length <= 8);
  const byFirst = new Map<string, string[]>();
  for (const w of long) byFirst.set(w[0] as string, [...(byFirst.get(w[0] as string) ?? []), w]);
  const out: SynonymCandidate[] = [];
  for (const s of short) {
    for (const l of byFirst.get(s[0] as string) ?? []) {
      if (l.includes(s) || !spellsInOrder(l, s)) continue;
      const strength = contexts.similarity(s, l);
      if (strength > 0) out.push({ a: s, b: l, how: 'abbreviation', strength, example: contexts.example(s) });
    }
  }
  return out.sort((x, y) => y.strength - x.strength);
}

function spellsInOrder(long: string, short: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** The words around each word of the corpus (two on each side), for comparing how words are used. */
export class ContextIndex {
  private readonly vectors = new Map<string, Map<string, number>>();
  private readonly examples = new Map<string, string>();

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      const words = analyze(text)
        .filter((t) => !t.sub && HAN.test(t.term))
        .map((t) => t.term);
      words.forEach((w, i) => {
        const v = this.vectors.get(w) ?? new Map<string, number>();
        for (let j = Math.max(0, i - 2); j <= Math.min(words.length - 1, i + 2); j++) {
          const c = words[j] as string;
          if (j !== i && !isStopword(c)) v.set(c, (v.get(c) ?? 0) + 1);
        }
        this.vectors.set(w, v);
        if (!this.examples.has(w)) this.examples.set(w, text.slice(0, 60));
      });
    }
  }

  /** Cosine similarity of two words' contexts, 0 when either is unknown. */
  similarity(a: string, b: string): number {
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    if (!va || !vb) return 0;
    let dot = 0;
    for (const [k, x] of va) dot += x * (vb.get(k) ?? 0);
    const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    const d = norm(va) * norm(vb);
    return d === 0 ? 0 : Math.round((dot / d) * 1000) / 1000;
  }

  example(word: string): string {
    return this.examples.get(word) ?? '';
  }

  /** Pairs of words of at least `minCount` occurrences whose contexts are most alike. */
  nearest(minCount: number, top: number): SynonymCandidate[] {
    const words = [...this.vectors]
      .filter(([w, v]) => [...w].length >= 2 && !/\d/.test(w) && total(v) >= minCount * 2)
      .map(([w]) => w);
    const pairs: SynonymCandidate[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i] as string;
        const b = words[j] as string;
        if (a.includes(b) || b.includes(a)) continue;
        const strength = this.similarity(a, b);
        if (strength > 0.5) pairs.push({ a, b, how: 'context', strength, example: this.example(a) });
      }
    }
    return pairs.sort((x, y) => y.strength - x.strength).slice(0, top);
  }
}

function total(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x;
  return s;
}
