// Shapes several endpoints share: document metadata, clauses, outline entries, hits, translations.
import { z } from 'zod';
import { API_SCHEMAS } from './registry.ts';

const text = z.string();
const strings = z.array(z.string()).readonly();

/** A name in Chinese with its English form. */
export const Bilingual = z.strictObject({ zh: text, en: text }).register(API_SCHEMAS, { id: 'Bilingual' });

/** What is known about a document: from its sidecar, or read from its text. */
export const DocumentMeta = z
  .strictObject({
    id: text.meta({ description: 'Stable id used in clause ids and URLs', examples: ['jilin-2021'] }),
    title: text,
    titleEn: text.optional(),
    region: Bilingual.meta({ description: 'The issuing region: a province, or a city for a city-level document' }),
    province: text.meta({ description: 'Province short name in Chinese (浙江), the key of filters and facets' }),
    provinceEn: text,
    city: text.optional(),
    cityEn: text.optional(),
    level: z.enum(['national', 'province', 'city', 'county']),
    kind: Bilingual.optional().meta({ description: 'Kind of document (规划 plan, 行动方案 action plan…)' }),
    period: z
      .strictObject({ from: z.number().int().optional(), to: z.number().int().optional(), label: text.optional() })
      .optional(),
    issuer: text.optional().meta({ description: 'Issuing office, where the document states it' }),
    issued: text.optional().meta({ description: 'Date of issue, YYYY-MM-DD, where the document states it' }),
    docNumber: text.optional().meta({ description: 'Document number (文号) where the text states it' }),
    status: Bilingual.optional().meta({ description: 'A status such as 征求意见稿 (draft for comment)' }),
    category: Bilingual.optional().meta({
      description: 'Kind of instrument (法律 law, 行政法规 administrative regulation, 规范性文件 normative document…)',
    }),
    dates: z
      .strictObject({
        passed: text.optional(),
        promulgated: text.optional(),
        amended: strings.optional(),
        effective: text.optional(),
        published: text.optional(),
      })
      .optional()
      .meta({ description: "Dates of a law's or rule's life (passed, promulgated, amended, in force), YYYY-MM-DD" }),
    source: text.optional().meta({ description: 'Where the document was published (URL)' }),
    notice: z
      .strictObject({ title: text })
      .optional()
      .meta({ description: 'The notice that carries the document (关于印发《…》的通知)' }),
    version: z.strictObject({ date: text, latest: z.boolean(), versions: strings }).optional().meta({
      description:
        "One of several versions of a document: this one's date, whether it is the latest, all versions' ids",
    }),
    metaSource: z.enum(['sidecar', 'inferred']),
  })
  .register(API_SCHEMAS, { id: 'DocumentMeta' });
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** One heading of a document's table of contents. */
export const OutlineEntry = z
  .strictObject({
    depth: z.number().int(),
    label: text,
    title: text,
    firstClause: text.optional().meta({ description: 'Id of the first clause under this heading' }),
  })
  .register(API_SCHEMAS, { id: 'OutlineEntry' });
export type OutlineEntry = z.infer<typeof OutlineEntry>;

/** A clause as the clause and document endpoints give it. */
export const ClauseView = z
  .strictObject({
    id: text.meta({ description: 'Document id and numbering path', examples: ['jilin-2021/3.2.7'] }),
    label: text.meta({ description: 'Full numbering label from the top, e.g. 三、（二）7.' }),
    section: strings.meta({ description: 'Heading texts from the top, each with its label' }),
    title: text.optional(),
    kind: z.enum(['item', 'paragraph', 'row', 'header', 'preamble', 'closing']),
    text: text.meta({ description: "Exactly the document's text from start to end" }),
    start: z.number().int(),
    end: z.number().int(),
    part: z.strictObject({ index: z.number().int(), count: z.number().int() }).optional(),
    columns: strings.optional().meta({ description: "A table row's column names" }),
    cells: z
      .array(z.strictObject({ column: text, value: text }))
      .readonly()
      .optional()
      .meta({ description: "A table row's cells, each under its column's name" }),
    display: text.optional().meta({ description: 'A table row read out of its table: name — column: value, …' }),
  })
  .register(API_SCHEMAS, { id: 'ClauseView' });
export type ClauseView = z.infer<typeof ClauseView>;

/** One clause in a list of results, marked. */
export const Hit = z
  .strictObject({
    id: text,
    score: z.number(),
    label: text,
    section: strings,
    title: text.optional(),
    text,
    snippet: text.meta({ description: 'At most 160 characters around the matches, HTML-escaped, matches in <mark>' }),
    highlight: text.meta({ description: 'The whole clause, HTML-escaped, matches in <mark>' }),
    province: text,
    city: text.optional(),
    doc: z.strictObject({ id: text, title: text, titleEn: text.optional(), province: text, provinceEn: text }),
    missing: strings.optional().meta({
      description: 'Search only: a partial match, after the clauses with every word, lacking these words of the query',
    }),
  })
  .register(API_SCHEMAS, { id: 'Hit' });
export type Hit = z.infer<typeof Hit>;

/** How one English (or pinyin) word or phrase of a query was understood. */
export const Translation = z
  .strictObject({
    from: text,
    to: strings.meta({ description: 'The Chinese (or Latin) terms searched for it, best first; empty if none' }),
    source: z.enum(['glossary', 'dictionary', 'latin', 'pinyin', 'region', 'none']),
  })
  .register(API_SCHEMAS, { id: 'Translation' });
export type Translation = z.infer<typeof Translation>;
