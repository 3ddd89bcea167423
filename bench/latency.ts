// In-process query latency over a fixed mix of phrases, several terms, English, filters, questions.
import { ask } from '../server/qa/answer.ts';
import type { IndexStore } from '../server/search/index-store.ts';
import { parseQuery } from '../server/search/expand.ts';
import { searchClauses } from '../server/search/search-service.ts';

/** The fixed mix: phrases, several terms, traditional, English, filters, a fallback, questions. */
export const QUERY_MIX: ReadonlyArray<{ q: string; province?: string; ask?: true }> = [
  { q: '一致性评价' },
  { q: '带量采购' },
  { q: '产业大脑' },
  { q: '配方颗粒' },
  { q: '5G' },
  { q: 'CRO' },
  { q: '仿制药 一致性评价' },
  { q: '医药 营业收入 目标' },
  { q: '"未来工厂"' },
  { q: '一致性評價' },
  { q: '一致性评价', province: '江苏' },
  { q: '临床急需', province: 'Zhejiang' },
  { q: '医药产业营业收入目标' },
  { q: '产业大脑 OR 未来工厂' },
  { q: '一致性评价 -仿制药' },
  { q: '中药材' },
  { q: '人才' },
  { q: '医疗器械 创新' },
  { q: 'smart manufacturing' },
  { q: 'volume-based procurement' },
  { q: 'medical devices Zhejiang' },
  { q: '江西省到2026年力争培育多少个智能化工厂？', ask: true },
  { q: "What is Jiangxi's revenue target for the medical device industry chain?", ask: true },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Rounds of the mix run before timing: the query code is compiled and optimised by then, as in a server. */
const WARM_UP_ROUNDS = 3;

/** Percentiles of a list of times, in ms. */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** Runs one entry of the mix as the server would: a question through ask(), a search for its first page. */
export function runMixEntry(store: IndexStore, m: { q: string; province?: string; ask?: boolean }): void {
  if (m.ask) ask(store, m.q);
  else
    searchClauses(store, parseQuery(m.q, { context: store.queryContext() }), {
      province: m.province ? [m.province] : [],
      doc: [],
      limit: 10,
      offset: 0,
    });
}

/**
 * p50/p95/p99 in ms of search (and ask, separately) over the mix, after WARM_UP_ROUNDS rounds; and
 * of search in CPU time of this process, which other processes of the machine do not lengthen.
 */
export function queryLatency(
  store: IndexStore,
  rounds: number,
): { search: Percentiles; searchCpu: Percentiles; ask: Percentiles; queries: number } {
  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  const askTimes: number[] = [];
  for (let r = -WARM_UP_ROUNDS; r < rounds; r++) {
    for (const { q, province, ask: isQuestion } of QUERY_MIX) {
      store.phraseCache.clear();
      const cpu = process.cpuUsage();
      const t = performance.now();
      runMixEntry(store, { q, province, ask: isQuestion });
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      if (r < 0) continue;
      (isQuestion ? askTimes : searchTimes).push(ms);
      if (!isQuestion) searchCpu.push((used.user + used.system) / 1000);
    }
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
  };
  return {
    search: stats(searchTimes),
    searchCpu: stats(searchCpu),
    ask: stats(askTimes),
    queries: searchTimes.length + askTimes.length,
  };
}
