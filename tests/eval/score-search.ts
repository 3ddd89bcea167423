// Search scoring: recall@10, MRR and nDCG@10 per kind and language.
import type { IndexStore } from '../../server/search/index-store.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { groupBy, mean, norm, type SearchGold } from './gold.ts';

interface Scored {
  readonly gold: SearchGold;
  readonly recall: number;
  readonly mrr: number;
  readonly ndcg: number;
  readonly missed: readonly string[];
}

function score(store: IndexStore, gold: SearchGold): Scored {
  const query = parseQuery(gold.q, { context: store.queryContext() });
  const options = { province: gold.province ? [gold.province] : [], doc: [], limit: 10, offset: 0 };
  const texts = searchClauses(store, query, options).hits.map((h) => norm(h.text));
  const wanted = gold.relevant.map(norm);
  const firstRank = wanted.map((w) => texts.findIndex((t) => t.includes(w)));
  const anyRank = texts.findIndex((t) => wanted.some((w) => t.includes(w)));
  // nDCG: gain 1 for each relevant string at the rank where it is first found.
  const dcg = firstRank.filter((r) => r >= 0).reduce((s, r) => s + 1 / Math.log2(r + 2), 0);
  const ideal = Array.from({ length: Math.min(wanted.length, 10) }, (_, k) => 1 / Math.log2(k + 2)).reduce(
    (a, b) => a + b,
    0,
  );
  return {
    gold,
    recall: firstRank.filter((r) => r >= 0).length / wanted.length,
    mrr: anyRank >= 0 ? 1 / (anyRank + 1) : 0,
    ndcg: Math.min(1, dcg / ideal),
    missed: gold.relevant.filter((_, k) => (firstRank[k] as number) < 0),
  };
}

/** Scores the search lines and prints the table (and each query with `verbose`). */
export function reportSearch(store: IndexStore, golds: readonly SearchGold[], verbose: boolean): void {
  const rows = golds.map((g) => score(store, g));
  if (verbose) {
    for (const r of rows) {
      const missed = r.missed.length ? `  missed: ${r.missed.join(' | ')}` : '';
      console.log(
        `${r.gold.id.padEnd(5)} ${r.gold.kind.padEnd(12)} R=${r.recall.toFixed(2)} MRR=${r.mrr.toFixed(2)} ${r.gold.q}${missed}`,
      );
    }
  }
  console.log(
    `${'search'.padEnd(22)} ${'n'.padStart(3)} ${'recall@10'.padStart(10)} ${'MRR'.padStart(6)} ${'nDCG@10'.padStart(8)}`,
  );
  for (const [key, rs] of groupBy(rows, (r) => [`kind=${r.gold.kind}`, `lang=${r.gold.lang}`, 'all'])) {
    const cells = [mean(rs.map((r) => r.recall)), mean(rs.map((r) => r.mrr)), mean(rs.map((r) => r.ndcg))];
    console.log(
      `${key.padEnd(22)} ${String(rs.length).padStart(3)} ${cells.map((c, k) => c.toFixed(3).padStart([10, 6, 8][k] as number)).join(' ')}`,
    );
  }
}
