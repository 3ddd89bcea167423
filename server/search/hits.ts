// Building hits: a clause of the index, as the API shows it, with what matched marked.
import type { Clause } from '../../indexer/store/index.ts';
import type { Hit } from '../contract/index.ts';
import { highlightText } from './highlight.ts';
import type { IndexStore } from './index-store.ts';
import { queryWords } from './execute.ts';
import type { Ranked } from './rank.ts';
import type { QueryUnit } from './query.ts';

/**
 * A clause as a search hit: its place, document and text, with `needles` (normalised strings) and
 * `spans` (offsets in its text) marked.
 */
export function clauseHit(
  store: IndexStore,
  m: { index: number; score: number },
  needles: readonly string[],
  spans: ReadonlyArray<{ start: number; end: number }> = [],
): Hit {
  const c = store.clauses.get(m.index) as Clause;
  const d = store.documents.get(c.docId);
  const { highlight, snippet } = highlightText(c.text, needles, spans);
  return {
    id: c.id,
    score: Math.round(m.score * 1000) / 1000,
    label: c.label,
    section: c.section,
    ...(c.title ? { title: c.title } : {}),
    text: c.text,
    snippet,
    highlight,
    province: c.province,
    ...(c.city ? { city: c.city } : {}),
    ...(c.display ? { display: c.display } : {}),
    doc: {
      id: c.docId,
      title: d?.meta.title ?? c.docId,
      ...(d?.meta.titleEn ? { titleEn: d.meta.titleEn } : {}),
      province: c.province,
      provinceEn: d?.meta.provinceEn ?? '',
    },
  };
}

/**
 * The hits of matches: a complete match has the query's units marked; a partial one also the words
 * it holds of the others, those typed only (a piece of a synonym, 保障 of 医疗保障 for 医保, is no
 * match, as it ranks nothing). A unit an expansion added that holds a form typed (质量和疗效一致性评价
 * for 一致性评价) is not marked whole: the form typed is marked inside it; nor is one a form typed holds
 * (新药, broader than 创新药).
 */
export function buildHits(store: IndexStore, units: readonly QueryUnit[], matches: readonly Ranked[]): Hit[] {
  const typed = units.filter((u) => u.synonymOf === undefined);
  const whole = units
    .filter(
      (u) =>
        u.synonymOf === undefined ||
        !typed.some((t) => u.normalized.includes(t.normalized) || t.normalized.includes(u.normalized)),
    )
    .map((u) => u.normalized);
  const words = queryWords(typed);
  return matches.map((m) =>
    m.missing ? { ...clauseHit(store, m, [...whole, ...words]), missing: m.missing } : clauseHit(store, m, whole),
  );
}
