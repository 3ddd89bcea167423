// Long forms of a short form, found in the corpus: the runs of Chinese that start with the short
// form's first character and spell the rest of it in order (发改委 -> 发展改革委, 发展和改革委;
// 药监局 -> 药品监督管理局), kept when the corpus uses them often enough to be a name.
import { intersect } from '../../indexer/store/index.ts';
import type { IndexStore } from './index-store.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

const HAN = /\p{Script=Han}/u;
/** Clauses scanned at most: the rarest characters' clauses, enough to count a name's uses. */
const MAX_SCANNED = 5000;

const cache = new WeakMap<IndexStore, Map<string, readonly string[]>>();

/**
 * The corpus' long forms of `form` (normalised Chinese), most used first: each occurrence of its first
 * character opens a run that takes the form's next characters at their first occurrence, without
 * leaving the run of Chinese, within `maxStretch` times the form's length. A run counts once per
 * clause; those in fewer than `minClauses` clauses, or in fewer than `minShare` of the best one's,
 * are chance. Cached per index.
 * @example longForms(store, '发改委') -> ['发展改革委', '发展和改革委'] (in a corpus writing those)
 */
export function longForms(
  store: IndexStore,
  form: string,
  settings = SEARCH_DEFAULTS.abbreviations,
): readonly string[] {
  let byForm = cache.get(store);
  if (!byForm) {
    byForm = new Map();
    cache.set(store, byForm);
  }
  const known = byForm.get(form);
  if (known) return known;
  const found = find(store, form, settings);
  byForm.set(form, found);
  return found;
}

function find(store: IndexStore, form: string, settings: typeof SEARCH_DEFAULTS.abbreviations): string[] {
  const chars = [...form];
  const lists: Int32Array[] = [];
  for (const ch of new Set(chars)) {
    const id = store.grams.id(ch);
    if (id === undefined) return [];
    lists.push(store.grams.clauses(id));
  }
  lists.sort((a, b) => a.length - b.length);
  let candidates = lists[0] as Int32Array;
  for (const list of lists.slice(1)) candidates = intersect(candidates, list);
  const reach = chars.length * settings.maxStretch;
  const uses = new Map<string, number>();
  for (const k of candidates.subarray(0, MAX_SCANNED)) {
    const text = store.normalized.get(k) as string;
    const inClause = new Set<string>();
    for (let at = text.indexOf(chars[0] as string); at >= 0; at = text.indexOf(chars[0] as string, at + 1)) {
      const run = spelled(text, at, chars, reach);
      if (run && run.length > form.length) inClause.add(run);
    }
    for (const run of inClause) uses.set(run, (uses.get(run) ?? 0) + 1);
  }
  const ranked = [...uses]
    .filter(([, n]) => n >= settings.minClauses)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([, n]) => n >= best * settings.minShare)
    .slice(0, settings.max)
    .map(([run]) => run);
}

// The shortest run of Chinese from `at` holding `chars` in order, at most `reach` long, or undefined.
function spelled(text: string, at: number, chars: readonly string[], reach: number): string | undefined {
  let p = 1;
  let end = at;
  for (let j = at + 1; j < text.length && j - at < reach && p < chars.length; j++) {
    const ch = text[j] as string;
    if (!HAN.test(ch)) return undefined;
    if (ch === chars[p]) {
      p++;
      end = j;
    }
  }
  return p === chars.length ? text.slice(at, end + 1) : undefined;
}
