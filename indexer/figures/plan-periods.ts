// China's five-year plan periods (indexer/data/plan-periods.json), read by metadata, figures and questions.
import data from '../data/plan-periods.json' with { type: 'json' };

/** A five-year plan period: 十四五 is 2021–2025. */
export interface PlanPeriod {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  /** `14th Five-Year Plan` */
  readonly en: string;
}

/** Every plan period of the table, in order. */
export const PLAN_PERIODS: readonly PlanPeriod[] = data.periods;

/** Words after a period's name that mean its last year (十四五末 is 2025). */
export const PERIOD_END_WORDS: readonly string[] = data.endWords;

/** Words after a period's name that mean the whole period (十三五期间 is 2016–2020). */
export const PERIOD_SPAN_WORDS: readonly string[] = data.spanWords;

/** The plan period named `label` (十四五, or “十四五” in quotes). */
export function planPeriod(label: string): PlanPeriod | undefined {
  const bare = label.replace(/[“”"「」]/g, '');
  return PLAN_PERIODS.find((p) => p.label === bare);
}

/** The plan period a year falls in. */
export function periodOfYear(year: number): PlanPeriod | undefined {
  return PLAN_PERIODS.find((p) => year >= p.from && year <= p.to);
}
