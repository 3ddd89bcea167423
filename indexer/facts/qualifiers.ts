// The words qualifying a figure (以上, 超, 左右, 力争, 累计, 年均), in the order of the cue list.
import { FIGURE_CUES } from '../figures/cues.ts';

/**
 * The qualifier words `text` holds, longest first where one holds another (及以上 rather than 以上).
 * @example qualifiersOf('力争达到4000亿元以上') -> ['力争', '以上']
 */
export function qualifiersOf(text: string): string[] {
  const found = FIGURE_CUES.qualifiers.filter((q) => text.includes(q));
  return found.filter((q) => !found.some((other) => other !== q && other.includes(q)));
}

/** The kind of a stated figure: a growth rate, else a goal or a figure reached. */
export function factKind(growth: boolean, goal: boolean): 'growth' | 'target' | 'actual' {
  if (growth) return 'growth';
  return goal ? 'target' : 'actual';
}
