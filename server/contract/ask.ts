// GET /api/ask: parameters and response.
import { z } from 'zod';
import { Bilingual, Hit, Translation } from './common.ts';
import { commaList } from './params.ts';
import { API_SCHEMAS } from './registry.ts';
import { queryParam } from './search.ts';
import { FactKind } from './targets.ts';

/** Parameters of `GET /api/ask`. */
export const AskParams = z.strictObject({
  q: queryParam.meta({ description: 'A question in Chinese or English' }),
  province: commaList('Regions to ask about, besides those named in the question'),
});
export type AskParams = z.infer<typeof AskParams>;

/** The kinds of question answered. */
export const QuestionType = z.enum(['number', 'which', 'what', 'when', 'period', 'list', 'compare']);
export type QuestionType = z.infer<typeof QuestionType>;

/** An answer span, as written, with its reading. */
export const Answer = z
  .strictObject({
    text: z.string().meta({ description: 'Exactly as the source writes it' }),
    phrase: z.string().optional().meta({
      description:
        'Where `text` is what the document says around the answer (a what-question, a list, a compare row): the answer itself, which `english` renders',
    }),
    value: z.number().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
    english: z.string().optional().meta({ description: 'The answer in English where it is mechanical' }),
    metric: z.string().optional().meta({ description: 'What the figure measures, as the text names it' }),
    metricEn: z.string().optional().meta({ description: 'The kind of metric in English (operating revenue…)' }),
  })
  .register(API_SCHEMAS, { id: 'Answer' });

/** One region's answer to a list or compare question. */
export const AnswerRow = z
  .strictObject({
    province: z.string(),
    region: z.string().meta({ description: 'The region as labelled: a province, or a city with its province' }),
    regionEn: z.string(),
    text: z.string(),
    phrase: z
      .string()
      .optional()
      .meta({ description: 'The answer within `text`, where `text` is what the region says around it' }),
    value: z.number().optional(),
    unit: z.string().optional(),
    scaled: z.number().optional().meta({ description: 'The value in base units (yuan, ones), for comparing rows' }),
    year: z.number().int().optional(),
    metric: z.string().optional(),
    english: z.string().optional(),
    confidence: z.number().min(0).max(1).optional(),
    clauseId: z.string(),
  })
  .register(API_SCHEMAS, { id: 'AnswerRow' });

/** A figure a document states, in parts, for a client to word in its own language. */
export const StatedFigure = z
  .strictObject({
    metric: z.string().meta({ description: 'The metric as written: 总产值' }),
    figure: z.string().meta({ description: 'The figure as written: 4000亿元' }),
    when: z.string().optional().meta({ description: 'Its year or period: 2025, 2021–2025' }),
    kind: FactKind,
  })
  .register(API_SCHEMAS, { id: 'StatedFigure' });
export type StatedFigure = z.infer<typeof StatedFigure>;

/** A region asked about that states no answer, with what it states instead where it is close. */
export const Unstated = z
  .strictObject({
    province: z.string(),
    region: z.string(),
    regionEn: z.string(),
    instead: z
      .string()
      .optional()
      .meta({ description: 'What the region states instead, in English: 总产值 4000亿元 (2025, a goal)' }),
    stated: StatedFigure.optional().meta({ description: '`instead` in parts' }),
    clauseId: z.string().optional(),
    clauseLabel: z.string().optional().meta({ description: "The clause's label, as cited: 第七十八条, 三、（二）7." }),
  })
  .register(API_SCHEMAS, { id: 'Unstated' });

/** Why a question was declined, for a client to word in its own language. */
export const DeclineReason = z.enum([
  'unknown-region',
  'no-subject',
  'no-figure',
  'other-metric',
  'other-time',
  'other-kind',
  'other-bar',
  'no-agreement',
  'unsure',
  'no-region-states',
  'not-in-these-words',
  'no-answer-span',
  'no-date',
  'no-period',
]);
export type DeclineReason = z.infer<typeof DeclineReason>;

/** A declined question in parts: the reason, what was asked, the closest figure, the regions there are. */
export const Decline = z
  .strictObject({
    reason: DeclineReason,
    asked: z
      .strictObject({
        metric: z.string().optional().meta({ description: 'The metric head asked for: 营业收入' }),
        metricEn: z.string().optional(),
        year: z.number().int().optional(),
        period: z.string().optional(),
        want: FactKind.optional(),
      })
      .optional()
      .meta({ description: 'What the question asked for, as understood' }),
    closest: StatedFigure.optional().meta({
      description: 'The closest figure the documents state (the first citation)',
    }),
    regions: z.array(z.string()).readonly().optional().meta({ description: 'unknown-region: the regions named' }),
    regionsEn: z
      .array(z.string())
      .readonly()
      .optional()
      .meta({ description: 'unknown-region: the regions named, in English (Guangdong)' }),
    available: z
      .array(Bilingual)
      .readonly()
      .optional()
      .meta({ description: 'unknown-region: the regions the corpus has documents from' }),
    document: z.string().optional().meta({ description: 'no-date, no-period: the title of the document asked about' }),
  })
  .register(API_SCHEMAS, { id: 'Decline' });
export type Decline = z.infer<typeof Decline>;

/** Response of `GET /api/ask`. */
export const AskResponse = z
  .strictObject({
    tookMs: z.number(),
    question: z.string(),
    lang: z.enum(['zh', 'en', 'mixed']),
    type: QuestionType,
    answer: Answer.nullable().meta({ description: 'null when the documents do not say it clearly enough' }),
    confidence: z.number().min(0).max(1),
    citations: z.array(Hit).readonly().meta({ description: 'The clauses that say it, the answer marked' }),
    rows: z.array(AnswerRow).readonly().optional(),
    unstated: z.array(Unstated).readonly().optional().meta({ description: 'Regions asked about that state nothing' }),
    note: z.string().optional().meta({ description: 'In English; a declined answer also comes in parts (`decline`)' }),
    decline: Decline.optional().meta({ description: 'Set when `answer` is null: why, in parts' }),
    understood: z.strictObject({
      focus: z.array(z.string()).readonly(),
      regions: z.array(z.string()).readonly(),
      years: z.array(z.number().int()).readonly(),
      period: z.string().optional(),
      metric: z.string().optional(),
      want: z.enum(['target', 'actual', 'support', 'threshold', 'growth']).optional(),
      unit: z.string().optional(),
      translations: z.array(Translation).readonly(),
    }),
  })
  .register(API_SCHEMAS, { id: 'AskResponse' });
export type AskResponse = z.infer<typeof AskResponse>;
