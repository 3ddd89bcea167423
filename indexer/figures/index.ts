// Public surface of the figures library: amounts, times, metrics and plan periods in text, and sentences.
export { findFigures, isDuration, isUnit, type Figure, type FigureKind } from './figures.ts';
export { metricHeadOf, metricHeadOfEnglish, metricHeads, metricNamed, type MetricHead } from './metrics.ts';
export { PLAN_PERIODS, periodOfYear, planPeriod, type PlanPeriod } from './plan-periods.ts';
export { attachment, respectively, sentences, type Sentence, type TextSpan } from './sentences.ts';
export { findTimes, type TimeRef } from './time.ts';
export { deadlineAt, deadlines, type Deadline, type DeadlineWay } from './deadline.ts';

export { FIGURE_CUES, mentions } from './cues.ts';
