// The records that flow from corpus to index, and the contract between indexer and server.

/** A name in Chinese with its English form. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** What is known about a document: from its `.meta.json` sidecar, or inferred from its text. */
export interface DocumentMeta {
  /** Stable id used in clause ids and URLs, e.g. `jilin-2021`. */
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string;
  /** The issuing region as named (a province, or a city for a city-level document). */
  readonly region: Bilingual;
  /** Province short name in Chinese (浙江), the key for filters and facets. */
  readonly province: string;
  readonly provinceEn: string;
  readonly city?: string;
  readonly cityEn?: string;
  readonly level: 'national' | 'province' | 'city' | 'county';
  readonly kind?: Bilingual;
  readonly period?: { readonly from?: number; readonly to?: number; readonly label?: string };
  readonly issuer?: string;
  /** Date of issue, ISO `YYYY-MM-DD`, where the text states it. */
  readonly issued?: string;
  /** The document number (文号) where the text states it: `赣府厅字〔2023〕12号`. */
  readonly docNumber?: string;
  readonly status?: Bilingual;
  /**
   * What kind of instrument it is (效力级别): 法律 law, 行政法规, 部门规章, 地方性法规, 规范性文件…, from
   * who made it (see indexer/data/document-categories.json).
   */
  readonly category?: Bilingual;
  /** The dates of a law's or rule's life, as its history lines and text state them. */
  readonly dates?: DocumentDates;
  /** Where it was published (a URL a crawler's header gave). */
  readonly source?: string;
  /** For a document carried by a notice (关于印发《…》的通知): the notice's own title. */
  readonly notice?: { readonly title: string };
  /**
   * For one of several versions of one document (the same title, other dates): this version's date,
   * whether it is the latest, and the ids of all versions, oldest first.
   */
  readonly version?: { readonly date: string; readonly latest: boolean; readonly versions: readonly string[] };
  /**
   * `sidecar` when read from a `.meta.json` file (issuer, date and document number the text states
   * fill in what the sidecar leaves out), `inferred` when guessed from the text.
   */
  readonly metaSource: 'sidecar' | 'inferred';
}

/** Dates in the life of a law or rule, ISO `YYYY-MM-DD`. */
export interface DocumentDates {
  /** Passed by a legislature (通过) or approved (批准). */
  readonly passed?: string;
  /** Promulgated or published (公布, 发布). */
  readonly promulgated?: string;
  /** Amended or revised (修订, 修正), oldest first. */
  readonly amended?: readonly string[];
  /** In force from (施行). */
  readonly effective?: string;
  /** Put online (a publisher's 发布日期). */
  readonly published?: string;
}

/** A span of a document's text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What layout repair changed, for the indexer's summary. */
export interface LayoutRepairs {
  /** Lines joined to the line before because a sentence ran on across them. */
  readonly linesJoined: number;
  /** Running headers dropped (the same text at the top of most pages). */
  readonly headersDropped: number;
  /** Running footers dropped (the same text at the bottom of most pages). */
  readonly footersDropped: number;
  /** Page numbers dropped (`- 3 -`, `第 3 页`, a lone figure at a page's edge). */
  readonly pageNumbersDropped: number;
}

/** What reading one file saw and did, for the indexer's summary. */
export interface Reading {
  /** Pages in the file (PDF, and Word files that state them). */
  readonly pages?: number;
  readonly encoding?: 'utf-8' | 'gb18030';
  readonly repairs: LayoutRepairs;
  /** What the reader tolerated (a page without text, a part it could not read). */
  readonly warnings: readonly string[];
}

/** The formats the corpus accepts, by file extension. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'doc';

/** A corpus file as read: plain text with markup removed and layout repaired, and its hints. */
export interface SourceDocument {
  readonly meta: DocumentMeta;
  /** Path relative to the corpus folder. */
  readonly path: string;
  readonly format: SourceFormat;
  /**
   * The document's text after layout repair: markdown markers and HTML tags removed, lines trimmed,
   * running headers, footers and page numbers dropped, lines broken inside a sentence joined. Clause
   * offsets are into this text.
   */
  readonly text: string;
  /** Bold spans (`**…**`, `<strong>`): a bold lead sentence is a heading's title. */
  readonly bold: readonly Span[];
  /** sha256 of the file's bytes. */
  readonly checksum: string;
  readonly reading: Reading;
}

/**
 * The kinds of node in a document's heading tree: a `division` (编 章 节) groups articles; an
 * `article` (条) holds its paragraphs (`kuan`, 款), and they their `item`s (项, 目).
 */
export type NodeKind =
  'root' | 'header' | 'preamble' | 'heading' | 'division' | 'article' | 'kuan' | 'item' | 'box' | 'table' | 'closing';

/** A heading (numbered, a boxed column, a table caption) and what stands under it. */
export interface SectionNode {
  readonly kind: NodeKind;
  /** The numbering label as written (`三、`, `（二）`, `7.`), or the box/table label; `第二款` for a 款. */
  readonly label: string;
  /** How an item inside an article is cited (`第（二）项`), where that differs from its label. */
  readonly cite?: string;
  /** The heading's text without its label. */
  readonly title: string;
  /** Id component: `3`, `box2`, `table1`, `header`, `preamble`, `closing`. */
  readonly key: string;
  /** Offsets of the heading line in the document text. */
  readonly span: Span;
  /** For an item whose line goes on past its title (`7. 推动化学药集约化。以化学药……`), that line. */
  readonly body?: Span;
  /** Table column names, for a table node. */
  readonly columns?: readonly string[];
  /** Where the row of column names stands, for a table node. */
  readonly columnsSpan?: Span;
  readonly paragraphs: readonly Span[];
  readonly children: readonly SectionNode[];
}

/** A document parsed into its heading tree. */
export interface DocumentTree {
  readonly source: SourceDocument;
  readonly root: SectionNode;
}

/** The smallest addressable piece of a document: a numbered item, a paragraph, a table row. */
export interface Clause {
  /** `jilin-2021/3.2.7`; a long clause split in parts adds `#2`, `#3` to the parts after the first. */
  readonly id: string;
  readonly docId: string;
  /** Position in the document, from 0, for previous/next. */
  readonly ordinal: number;
  /**
   * Full numbering label from the top: `三、（二）7.` (empty for unnumbered text at the top); a part
   * of an enumeration cut at its markers adds the marker: `一、（一）二是`.
   */
  readonly label: string;
  /** Heading texts from the top, each with its label: [`三、重点任务`, `（二）精准定位发展方向……`]. */
  readonly section: readonly string[];
  /** The clause's own heading title when it is a numbered item (`推动化学药集约化`). */
  readonly title?: string;
  /** `closing`: the signature at the end (issuing bodies, date). */
  readonly kind: 'item' | 'paragraph' | 'row' | 'header' | 'preamble' | 'closing';
  readonly text: string;
  /** Offsets of `text` in the document text. */
  readonly start: number;
  readonly end: number;
  readonly part?: { readonly index: number; readonly count: number };
  /**
   * The heading lines just before this clause that are in no clause's text (`一、主要目标` above its
   * first paragraph): a quoted search finds them through this clause.
   */
  readonly lead?: string;
  /** For a table row, the table's column names (序号, 指标名称, 单位, 2016 …). */
  readonly columns?: readonly string[];
  /** For a table row, its cells (the tab-separated parts of `text`) each under its column's name. */
  readonly cells?: ReadonlyArray<{ readonly column: string; readonly value: string }>;
  /**
   * For a table row, the row as read out of its table: its name, then every other filled cell with
   * its column's name, the running number left out (`一类新药 — 单位: 个, 2023: 8, 2026: 15`). For
   * display and citations; `text` stays the row as written.
   */
  readonly display?: string;
  readonly province: string;
  readonly city?: string;
}

/** A document as the server knows it: metadata, text and the outline of its sections. */
export interface IndexedDocument {
  readonly meta: DocumentMeta;
  readonly path: string;
  readonly text: string;
  readonly outline: readonly OutlineEntry[];
  readonly clauseCount: number;
  readonly sectionCount: number;
}

/** One heading of a document's table of contents. */
export interface OutlineEntry {
  readonly depth: number;
  readonly label: string;
  readonly title: string;
  /** Id of the first clause under this heading, to link to. */
  readonly firstClause?: string;
}

/** What a stated figure is: to be reached, reached, money granted, a bar that defines, or a rate of growth. */
export type FactKind = 'target' | 'actual' | 'support' | 'threshold' | 'growth';

/**
 * One quantitative statement of a document, extracted once at index time: where it stands, what it
 * measures, how much, for when, and what kind of statement it is.
 */
export interface Fact {
  readonly province: string;
  readonly city?: string;
  readonly docId: string;
  readonly clauseId: string;
  /** Offsets of the figure in the clause's text. */
  readonly start: number;
  readonly end: number;
  /** What is measured, as the text names it: 医药产业链营业收入, 智能化工厂, 利润总额. */
  readonly metric: string;
  /** The metric's head (indexer/data/metrics.tsv: 营业收入, 企业数, 增速…), or 其他. */
  readonly head: string;
  /** As written: 1500亿元, 2户以上, 195.80. */
  readonly text: string;
  readonly value: number;
  /** The top of a range (3 in 2-3家). */
  readonly upper?: number;
  readonly unit: string;
  /** The value in base units (yuan, ones): what figures are compared by. */
  readonly scaled: number;
  /** Words that qualify the figure: 以上, 超, 左右, 力争, 累计, 年均. */
  readonly qualifiers: readonly string[];
  /** The single year the figure is for (a deadline, a statistic's year, a period's end). */
  readonly year?: number;
  /** The years a cumulative figure covers (十三五期间: 2016–2020). */
  readonly period?: { readonly from: number; readonly to: number; readonly label?: string };
  readonly kind: FactKind;
  /** For a growth rate: true when it is to be reached, false when it was. */
  readonly goal?: boolean;
  /** For a count of things a bar defines (年营业收入超5亿元的企业30家): the bar, as written. */
  readonly threshold?: string;
  /** The bar's value in base units. */
  readonly thresholdScaled?: number;
  /** For a threshold fact: what it defines (工业企业). */
  readonly defines?: string;
}

/** Headings say what a clause is about: a word in them counts more than one in passing. */
export const FIELD_BOOST = { text: 1, heading: 2 } as const;
