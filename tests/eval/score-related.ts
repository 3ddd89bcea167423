// Related-clause scoring: for each source clause, how many of the clauses an analyst expects
// beside it are among the first five related clauses (recall@5), and the rank of the first (MRR).
import type { IndexStore } from '../../server/search/index-store.ts';
import { relatedClauses } from '../../server/search/related.ts';
import { holds, mean, type RelatedGold } from './gold.ts';

interface Scored {
  readonly gold: RelatedGold;
  readonly recall: number;
  readonly mrr: number;
  readonly missed: readonly string[];
}

const TOP = 5;

function score(store: IndexStore, gold: RelatedGold): Scored | undefined {
  const source = [...store.clauses].findIndex((c) => holds(c.text, gold.source));
  if (source < 0) return undefined;
  const texts = relatedClauses(store, source, { limit: TOP, perDocument: 2 }).related.map(
    (r) => store.clauses.get(r.index)?.text ?? '',
  );
  const rankOf = (wanted: string) => texts.findIndex((t) => holds(t, wanted));
  const ranks = gold.related.map((r) => rankOf(r.text));
  const found = ranks.filter((r) => r >= 0);
  return {
    gold,
    recall: found.length / gold.related.length,
    mrr: found.length > 0 ? 1 / (Math.min(...found) + 1) : 0,
    missed: gold.related.filter((_, k) => (ranks[k] as number) < 0).map((r) => r.text),
  };
}

/** Scores the related-clause lines and prints recall@5 and MRR (and each source with `verbose`). */
export function reportRelated(store: IndexStore, golds: readonly RelatedGold[], verbose: boolean): void {
  const rows = golds.map((g) => score(store, g));
  const scored = rows.filter((r): r is Scored => r !== undefined);
  const unfound = golds.filter((_, k) => rows[k] === undefined).map((g) => g.id);
  if (verbose) {
    for (const r of scored) {
      const missed = r.missed.length ? `  missed: ${r.missed.join(' | ')}` : '';
      console.log(
        `${r.gold.id.padEnd(5)} R@5=${r.recall.toFixed(2)} MRR=${r.mrr.toFixed(2)} ${r.gold.source}${missed}`,
      );
    }
  }
  console.log(`${'related'.padEnd(22)} ${'n'.padStart(3)} ${'recall@5'.padStart(10)} ${'MRR'.padStart(6)}`);
  const recall = mean(scored.map((r) => r.recall)).toFixed(3);
  const mrr = mean(scored.map((r) => r.mrr)).toFixed(3);
  console.log(`${'all'.padEnd(22)} ${String(scored.length).padStart(3)} ${recall.padStart(10)} ${mrr.padStart(6)}`);
  if (unfound.length > 0) console.log(`source clause not found for: ${unfound.join(', ')}`);
}
