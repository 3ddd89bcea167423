// Expansion step: a place name typed alone (浙江, 江苏省, 巴中市) filters, as an English one does.
import type { QueryContext } from './query-context.ts';
import { phraseClauses, type Query } from './query.ts';

/**
 * Turns each clause that is only a place name the index has documents from into a region filter: the
 * documents from there rarely write their own name in their clauses (浙江 创新药: Zhejiang's clauses
 * on innovative drugs). Quoted or excluded, a name is text; a query of place names only searches for
 * the names.
 */
export function placeFilters(query: Query, context: QueryContext): Query {
  const region = context.region;
  if (!region) return query;
  const places = phraseClauses(query, 'must').filter((c) => {
    const unit = c.units.length === 1 ? c.units[0] : undefined;
    return (
      unit !== undefined &&
      unit.origin === 'typed' &&
      !unit.quoted &&
      /\p{Script=Han}/u.test(unit.text) &&
      region(unit.text)
    );
  });
  if (places.length === 0) return query;
  const rest = query.clauses.filter((c) => !places.includes(c as (typeof places)[number]));
  if (!rest.some((c) => c.occur !== 'must-not')) return query;
  const names = places.map((c) => region(c.units[0]?.text ?? '')?.zh ?? '');
  return { ...query, clauses: rest, filters: { ...query.filters, province: [...query.filters.province, ...names] } };
}
