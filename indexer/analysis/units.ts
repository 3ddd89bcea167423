// Units written after figures (indexer/data/units.json): what each measures, its size, its English.
import units from '../data/units.json' with { type: 'json' };

/** What a unit measures. `time` and `magnitude` words stay joined to a figure but measure nothing. */
export type UnitKind = 'money' | 'percent' | 'count' | 'measure' | 'time' | 'magnitude';

/** One unit of the list. */
export interface Unit {
  readonly zh: string;
  readonly kind: UnitKind;
  /** Size in yuan (money) or in ones (counts: 万人 is 1e4 people). */
  readonly scale?: number;
  /** The currency of a money unit that is not yuan. */
  readonly currency?: string;
  /** The English noun of a count (家 -> enterprises). */
  readonly en?: string;
}

/** Every unit, longest first (so 亿元 is read before 亿, 个百分点 before 个). */
export const UNITS: readonly Unit[] = (units.units as Unit[]).slice().sort((a, b) => b.zh.length - a.zh.length);

const BY_NAME = new Map(UNITS.map((u) => [u.zh, u]));

/** The unit written `zh`, if it is one. */
export function unitOf(zh: string): Unit | undefined {
  return BY_NAME.get(zh);
}

/** The units that measure something (money, shares, counts, measures), longest first. */
export const MEASURING_UNITS: readonly Unit[] = UNITS.filter((u) => u.kind !== 'time' && u.kind !== 'magnitude');

/**
 * Words the analyzer keeps joined to a figure before them (1500亿元, 2025年, 10个): every unit
 * except the percent signs, which belong to the figure's own Latin token (5.8%).
 */
export const JOINED_UNITS: ReadonlySet<string> = new Set(
  UNITS.filter((u) => u.zh !== '%' && u.zh !== '％' && u.zh !== '万亿元').map((u) => u.zh),
);
