// Citations a journalist can paste: document, issuer and date, clause number, the words, a permalink.
import type { DocumentMeta } from '../../server/contract/index.ts';

/** What a citation needs of a clause. */
export interface Citable {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

const QUOTE_MAX = 120;

/** The permalink of a clause: the document reader, scrolled to it. */
export function permalink(clauseId: string): string {
  const docId = clauseId.slice(0, clauseId.indexOf('/'));
  return `${location.origin}/doc/${encodeURIComponent(docId)}#${encodeURIComponent(clauseId)}`;
}

function quote(text: string): string {
  const body = text.replace(/^\s*[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*/, '').replace(/\s+/g, '');
  return body.length > QUOTE_MAX ? `${body.slice(0, QUOTE_MAX)}……` : body;
}

/**
 * A Chinese citation: 《title》（issuer，date）label：“quote” and the permalink.
 * @example 《关于加快医药强省建设……实施意见》（中共吉林省委办公厅、吉林省人民政府办公厅，2021-12-15）三、（二）7.：“推动化学药集约化……”
 */
export function citationZh(meta: DocumentMeta, clause: Citable): string {
  const source = [meta.issuer, meta.issued].filter(Boolean).join('，');
  return `《${meta.title}》${source ? `（${source}）` : ''}${clause.label}：“${quote(clause.text)}”\n${permalink(clause.id)}`;
}

/** The same citation in English, keeping the Chinese quote. */
export function citationEn(meta: DocumentMeta, clause: Citable): string {
  const title = meta.titleEn ? `${meta.titleEn} (${meta.title})` : meta.title;
  const source = [meta.issuer, meta.issued].filter(Boolean).join(', ');
  return `${title}${source ? `, ${source}` : ''}, ${meta.region.en}, clause ${clause.label || clause.id}: "${quote(clause.text)}"\n${permalink(clause.id)}`;
}
