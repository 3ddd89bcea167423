// The related view's state (how many per document, which region, how many shown) and its address (pure).
import type { DocumentMeta } from '../../../server/contract/index.ts';

/** Related clauses asked for at first, added per "more", and at most (the API's limit). */
export const FIRST = 6;
export const STEP = 6;
export const MOST = 20;
/** The choices of how many clauses one document may give. */
export const PER_DOC = [1, 2, 3] as const;
const PER_DOC_DEFAULT = 2;

/** What the view's URL says besides the clause: `?perDoc=&province=`. */
export interface RelatedState {
  readonly perDoc: number;
  readonly province: string;
}

/** The state of a query string (`?perDoc=3&province=浙江`); out-of-range values fall back to the defaults. */
export function relatedStateOf(search: string): RelatedState {
  const p = new URLSearchParams(search);
  const perDoc = Number(p.get('perDoc'));
  return {
    perDoc: Number.isInteger(perDoc) && perDoc >= 1 && perDoc <= 5 ? perDoc : PER_DOC_DEFAULT,
    province: p.get('province') ?? '',
  };
}

/** The address of `path` (the view's) with the state `s`. */
export function relatedUrl(path: string, s: RelatedState): string {
  const p = new URLSearchParams();
  if (s.perDoc !== PER_DOC_DEFAULT) p.set('perDoc', String(s.perDoc));
  if (s.province) p.set('province', s.province);
  return `${path}${p.size ? `?${p}` : ''}`;
}

/** The API's parameters for `limit` related clauses of the state. */
export function relatedParams(s: RelatedState, limit: number): URLSearchParams {
  const p = new URLSearchParams({ limit: String(limit), perDoc: String(s.perDoc) });
  if (s.province) p.set('province', s.province);
  return p;
}

/** The regions a related clause can come from: those of the other documents (a city by its name). */
export function regionChoices(metas: ReadonlyMap<string, DocumentMeta>, sourceDoc: string, chosen: string): string[] {
  const keys = new Set([...metas.values()].filter((m) => m.id !== sourceDoc).map((m) => m.city ?? m.province));
  if (chosen) keys.add(chosen);
  return [...keys];
}
