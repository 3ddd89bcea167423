// Ask mode's composition: the answer card, compare rows and the clauses that say it (answer-card.ts renders the card).
import type { AskResponse, DocumentMeta } from '../../../server/contract/index.ts';
import { h } from '../dom.ts';
import { phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { element } from '../mount.ts';
import { renderAnswerCard, renderAskAside } from './answer-card.ts';
import { compareView } from './compare.ts';
import { fillHitsEnglish } from './hit-english.ts';
import { hitTextNodes, hitView } from './hit.ts';

/** The metric in the interface language: the head's English name where the glossary gives it. */
export async function metricName(r: AskResponse): Promise<string> {
  const zh = r.understood.metric ?? r.answer?.metric ?? r.rows?.[0]?.metric ?? '';
  if (lang() === 'zh' || !zh) return zh || t('value');
  if (r.answer?.metricEn) return r.answer.metricEn;
  return (await phrasesInEnglish([zh])).get(zh)?.en ?? zh;
}

/**
 * Renders an answer into `results`; `from` is the query string the citations' links carry; `askIn`
 * asks the same question of one region (offered when the region asked about has no documents).
 */
export async function renderAnswer(
  results: HTMLElement,
  r: AskResponse,
  metas: ReadonlyMap<string, DocumentMeta>,
  from: string,
  askIn?: (province: string) => void,
): Promise<void> {
  const metric = await metricName(r);
  const nodes: Node[] = [element(renderAnswerCard(r, metric, lang(), askIn))];
  if (r.type === 'compare' || (r.rows && r.rows.length > 0)) nodes.push(element(compareView(r, metric, lang())));
  if (r.citations.length > 0) {
    nodes.push(h('h2', { class: 'sources' }, r.answer ? t('sources') : t('closestClauses')));
    const list = h('ol', { class: 'hits' });
    r.citations.forEach((hit, k) => {
      const item = hitView(hit, metas.get(hit.doc.id), k, from);
      // In a citation, the marked span is the answer: show the whole clause with it.
      item.querySelector('.snippet')?.replaceChildren(...hitTextNodes(hit, true));
      list.append(item);
    });
    nodes.push(list);
    if (lang() === 'en') void fillHitsEnglish(list);
  }
  results.replaceChildren(...nodes);
}

/** The left column in Ask mode: what the question was understood as, and example questions. */
export function askAside(
  r: AskResponse | undefined,
  metas: ReadonlyMap<string, DocumentMeta>,
  ask: (q: string) => void,
  metricEn?: string,
): HTMLElement[] {
  return renderAskAside(r, metas, lang(), ask, metricEn).map(element);
}
