// `npm run eval -- FILE.jsonl`: scores the engine against a gold file (search and question lines).
import { readFileSync } from 'node:fs';
import { openIndex } from '../../server/search/open-index.ts';
import { parseQuery } from '../../server/search/query-parser.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { ask } from '../../server/qa/answer.ts';

interface SearchGold {
  id: string;
  q: string;
  lang: string;
  kind: string;
  relevant: string[];
  province?: string;
}
interface QaGold {
  id: string;
  q: string;
  lang: string;
  type: string;
  answer: string[];
  answers_all?: string[];
  source: string;
}

/** The gold files' comparison: NFKC, then no whitespace, `*` or `#`. */
const norm = (s: string) => s.normalize('NFKC').replace(/[\s*#]/g, '');

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SearchGold | QaGold);
const { store } = await openIndex({
  corpusDir: 'corpus',
  indexPath: 'data/index.zci',
  lexiconPath: 'data/lexicon.json',
  rebuild: 'auto',
});

const searchLines = lines.filter((l): l is SearchGold => 'relevant' in l);
const qaLines = lines.filter((l): l is QaGold => 'answer' in l);

if (searchLines.length > 0) {
  const rows: Array<{ gold: SearchGold; recall: number; mrr: number; ndcg: number; missed: string[] }> = [];
  for (const gold of searchLines) {
    const result = searchClauses(store, parseQuery(gold.q, { translator: store.translator }), {
      province: gold.province ? [gold.province] : [],
      doc: [],
      limit: 10,
      offset: 0,
    });
    const texts = result.hits.map((h) => norm(h.text));
    const wanted = gold.relevant.map(norm);
    const firstRank = wanted.map((w) => texts.findIndex((t) => t.includes(w)));
    const found = firstRank.filter((r) => r >= 0).length;
    const anyRank = texts.findIndex((t) => wanted.some((w) => t.includes(w)));
    // nDCG: gain 1 for each relevant string at the rank where it is first found.
    const gains = new Array(10).fill(0) as number[];
    for (const r of firstRank) if (r >= 0) gains[r] = (gains[r] ?? 0) + 1;
    const dcg = gains.reduce((s, g, k) => s + g / Math.log2(k + 2), 0);
    const ideal = Array.from({ length: Math.min(wanted.length, 10) }, (_, k) => 1 / Math.log2(k + 2)).reduce(
      (a, b) => a + b,
      0,
    );
    rows.push({
      gold,
      recall: found / wanted.length,
      mrr: anyRank >= 0 ? 1 / (anyRank + 1) : 0,
      ndcg: Math.min(1, dcg / ideal),
      missed: gold.relevant.filter((_, k) => (firstRank[k] as number) < 0),
    });
  }
  const verbose = process.argv.includes('--verbose');
  if (verbose)
    for (const r of rows)
      console.log(
        `${r.gold.id.padEnd(5)} ${r.gold.kind.padEnd(12)} R=${r.recall.toFixed(2)} MRR=${r.mrr.toFixed(2)} ${r.gold.q}${r.missed.length ? `  missed: ${r.missed.join(' | ')}` : ''}`,
      );
  const groups = new Map<string, typeof rows>();
  for (const r of rows)
    for (const key of [`kind=${r.gold.kind}`, `lang=${r.gold.lang}`, 'all'])
      groups.set(key, [...(groups.get(key) ?? []), r]);
  console.log(
    `${'search'.padEnd(22)} ${'n'.padStart(3)} ${'recall@10'.padStart(10)} ${'MRR'.padStart(6)} ${'nDCG@10'.padStart(8)}`,
  );
  for (const [key, rs] of groups) {
    const mean = (f: (r: (typeof rows)[number]) => number) => (rs.reduce((s, r) => s + f(r), 0) / rs.length).toFixed(3);
    console.log(
      `${key.padEnd(22)} ${String(rs.length).padStart(3)} ${mean((r) => r.recall).padStart(10)} ${mean((r) => r.mrr).padStart(6)} ${mean((r) => r.ndcg).padStart(8)}`,
    );
  }
}
if (qaLines.length > 0) {
  const verbose = process.argv.includes('--verbose');
  const rows = qaLines.map((gold) => {
    const r = ask(store, gold.q);
    const text = norm(r.answer?.text ?? '');
    const wanted = (gold.answers_all ?? gold.answer).map(norm);
    const correct =
      r.answer !== null &&
      (gold.answers_all ? wanted.every((w) => text.includes(w)) : wanted.some((w) => text.includes(w)));
    const cited = r.citations.slice(0, 3).some((c) => norm(c.text).includes(norm(gold.source)));
    if (verbose)
      console.log(
        `${gold.id.padEnd(5)} ${gold.type.padEnd(7)} ${correct ? 'ok ' : r.answer ? 'BAD' : '---'} cite=${cited ? 'y' : 'n'} conf=${r.confidence.toFixed(2)} ${gold.q} => ${r.answer?.text ?? '(declined)'}${correct ? '' : `  [want ${gold.answer.join('|')}]`}`,
      );
    return { gold, correct, cited, answered: r.answer !== null };
  });
  const groups = new Map<string, typeof rows>();
  for (const r of rows)
    for (const key of [`type=${r.gold.type}`, `lang=${r.gold.lang}`, 'all'])
      groups.set(key, [...(groups.get(key) ?? []), r]);
  console.log(
    `${'questions'.padEnd(22)} ${'n'.padStart(3)} ${'accuracy'.padStart(9)} ${'cited@3'.padStart(8)} ${'declined'.padStart(9)} ${'precision'.padStart(10)}`,
  );
  for (const [key, rs] of groups) {
    const share = (f: (r: (typeof rows)[number]) => boolean) => rs.filter(f).length / rs.length;
    const answered = rs.filter((r) => r.answered);
    const precision = answered.length ? answered.filter((r) => r.correct).length / answered.length : 0;
    console.log(
      `${key.padEnd(22)} ${String(rs.length).padStart(3)} ${share((r) => r.correct)
        .toFixed(3)
        .padStart(9)} ${share((r) => r.cited)
        .toFixed(3)
        .padStart(8)} ${String(rs.length - answered.length).padStart(9)} ${precision.toFixed(3).padStart(10)}`,
    );
  }
}
