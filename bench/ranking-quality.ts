// Ranking quality of a ranked list of clause texts against the development set, as `npm run eval` scores it.

/** One query of the development set (dev-search.jsonl). */
export interface SearchGold {
  readonly id: string;
  readonly q: string;
  readonly kind: string;
  readonly relevant: readonly string[];
  readonly province?: string;
}

/** Mean recall@10, MRR and nDCG@10 over the queries scored. */
export interface Quality {
  readonly n: number;
  readonly recall: number;
  readonly mrr: number;
  readonly ndcg: number;
}

/** The gold files' comparison: NFKC, then no whitespace, `*` or `#` (see the eval's README). */
const norm = (s: string) => s.normalize('NFKC').replace(/[\s*#]/g, '');

/**
 * Scores each gold query's top 10 texts: recall@10 (share of its relevant strings found), MRR (1 /
 * rank of the first hit with any), nDCG@10 (gain 1 per relevant string at the rank first found,
 * ideal min(relevant, 10), capped at 1), then averages them.
 */
export function rankingQuality(golds: readonly SearchGold[], top10: (gold: SearchGold) => readonly string[]): Quality {
  let recall = 0;
  let mrr = 0;
  let ndcg = 0;
  for (const gold of golds) {
    const texts = top10(gold).slice(0, 10).map(norm);
    const wanted = gold.relevant.map(norm);
    const firstRank = wanted.map((w) => texts.findIndex((t) => t.includes(w)));
    const anyRank = texts.findIndex((t) => wanted.some((w) => t.includes(w)));
    const gains = new Array<number>(10).fill(0);
    for (const r of firstRank) if (r >= 0) gains[r] = (gains[r] as number) + 1;
    const dcg = gains.reduce((s, g, k) => s + g / Math.log2(k + 2), 0);
    let ideal = 0;
    for (let k = 0; k < Math.min(wanted.length, 10); k++) ideal += 1 / Math.log2(k + 2);
    recall += firstRank.filter((r) => r >= 0).length / wanted.length;
    mrr += anyRank >= 0 ? 1 / (anyRank + 1) : 0;
    ndcg += Math.min(1, dcg / ideal);
  }
  const n = golds.length;
  return { n, recall: recall / n, mrr: mrr / n, ndcg: ndcg / n };
}
