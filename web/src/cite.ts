// Citations to paste: document, issuer and date (or that they are not stated), clause, the words, a permalink.
import type { DocumentMeta, KeyTerm } from '../../server/contract/index.ts';
import { displayedSpan, displayedText } from './displayed.ts';
import { citeLabelEn, citeLabelZh } from './numbering.ts';

/** What a citation needs of a clause; `focus` is the span of its text the quote must hold (a match). */
export interface Citable {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  /** A table row's display form (see displayedText): what is quoted instead of its tab-separated text. */
  readonly display?: string | undefined;
  readonly focus?: { readonly start: number; readonly end: number } | undefined;
}

/** The longest quote, in characters, before it is cut with …… */
const QUOTE_MAX = 120;
// How far before the focus a quote may start to begin at a sentence.
const LEAD_MAX = 50;
const SENTENCE_END = /[。；！？;!?]/u;
const LEADING_NUMBER = /^\s*[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*/u;

/** The permalink of a clause: the document reader, scrolled to it. */
export function permalink(clauseId: string): string {
  const docId = clauseId.slice(0, clauseId.indexOf('/'));
  return `${location.origin}/doc/${encodeURIComponent(docId)}#${encodeURIComponent(clauseId)}`;
}

/**
 * The words quoted: a piece of the clause's displayed text (displayedText: a row with its column
 * names, spaces as written), without its leading number, at most QUOTE_MAX characters, holding the
 * focus when given (starting at the sentence it is in when that fits, else just before it).
 * @example quote(clause) for a match at character 300 -> '……第三句，包含匹配的词……'
 */
export function quote(clause: Pick<Citable, 'text' | 'display' | 'focus'>): string {
  const text = displayedText(clause);
  const focus = displayedSpan(clause, clause.focus);
  const lead = LEADING_NUMBER.exec(text)?.[0].length ?? 0;
  let start = lead;
  // A focus beyond the first QUOTE_MAX characters: start at its sentence, or shortly before it.
  if (focus && focus.end - lead > QUOTE_MAX) {
    start = Math.max(lead, focus.start - LEAD_MAX);
    for (let k = focus.start - 1; k >= start; k--)
      if (SENTENCE_END.test(text[k] as string)) {
        start = k + 1;
        break;
      }
  }
  const end = Math.min(text.length, start + QUOTE_MAX);
  const words = text.slice(start, end).trim();
  return `${start > lead ? '……' : ''}${words}${end < text.length ? '……' : ''}`;
}

/**
 * A Chinese citation: 《title》（issuer，date）label：“quote” and the permalink. An issuer or date the
 * document does not state is said so (发文机关未载明, 日期未载明).
 * @example 《关于加快医药强省建设……实施意见》（中共吉林省委办公厅、吉林省人民政府办公厅，2021-12-15）三、（二）7.：“推动化学药集约化……”
 */
export function citationZh(meta: DocumentMeta, clause: Citable): string {
  const source = [meta.issuer ?? '发文机关未载明', meta.issued ?? '日期未载明', meta.docNumber, meta.status?.zh].filter(
    Boolean,
  );
  return `《${meta.title}》（${source.join('，')}）${citeLabelZh(clause)}：“${quote(clause)}”\n${permalink(clause.id)}`;
}

/**
 * The citation in English: the English title with the Chinese one, region, issuer and date (or
 * "not stated"), the clause in English numbering, the quote as the Chinese original (there is no
 * translation), and the clause's key terms in English when known.
 */
export function citationEn(meta: DocumentMeta, clause: Citable, terms: readonly KeyTerm[] = []): string {
  const title = meta.titleEn ? `${meta.titleEn} (${meta.title})` : meta.title;
  const place = meta.city ? `${meta.cityEn ?? meta.city}, ${meta.provinceEn}` : meta.region.en;
  const source = [
    meta.issuer ? `issued by ${meta.issuer}` : 'issuer not stated',
    meta.issued ?? 'date of issue not stated',
    meta.docNumber,
    meta.status?.en,
  ].filter(Boolean);
  const lines = [
    `${title}, ${place}; ${source.join(', ')}; ${citeLabelEn(clause)}.`,
    `Original Chinese text: “${quote(clause)}”`,
  ];
  if (terms.length > 0) lines.push(`Key terms: ${terms.map((t) => `${t.zh} (${t.en})`).join('; ')}`);
  lines.push(permalink(clause.id));
  return lines.join('\n');
}
