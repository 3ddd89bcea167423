// Ask mode: the answer card, compare rows, the clauses that say it, and what the question was understood as.
import type { AskResponse, DocumentMeta } from '../../../server/contract/index.ts';
import { EN, h, ZH } from '../dom.ts';
import { declineText } from '../decline-words.ts';
import { phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { compareView } from './compare.ts';
import { fillHitsEnglish } from './hit-english.ts';
import { hitText, hitView } from './hit.ts';
import { regionName } from './filters.ts';

/** Questions to start from, in the interface's language (each a kind the engine answers). */
const EXAMPLES: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '江西省到2026年力争培育多少个智能化工厂？',
    '各省分别有多少家企业入选“中国医药工业（企业）百强”？',
    '哪些省份提到合成生物？',
  ],
  en: [
    'What is the revenue target of each province?',
    'Which provinces mention synthetic biology?',
    "What is Jiangxi's 2026 target for pharmaceutical industry chain revenue?",
  ],
};

/** The metric in the interface language: the head's English name where the glossary gives it. */
export async function metricName(r: AskResponse): Promise<string> {
  const zh = r.understood.metric ?? r.answer?.metric ?? r.rows?.[0]?.metric ?? '';
  if (lang() === 'zh' || !zh) return zh || t('value');
  if (r.answer?.metricEn) return r.answer.metricEn;
  return (await phrasesInEnglish([zh])).get(zh)?.en ?? zh;
}

// Why the question was declined, in the interface's language; for a region with no documents, the
// regions there are, each a way to ask the same question of it.
function declined(r: AskResponse, askIn: ((province: string) => void) | undefined): Node[] {
  const en = lang() === 'en';
  const d = r.decline;
  const why = d
    ? h('p', { class: 'note decline' }, declineText(d, lang()))
    : h('p', { class: 'note decline', ...(en ? {} : EN) }, r.note ?? '');
  const lead = h('p', { class: 'note' }, r.citations.length > 0 ? t('declinedClosest') : t('declinedNone'));
  const out: Node[] = [lead, why];
  if (d?.reason === 'unknown-region' && d.available && d.available.length > 0) {
    const list = h(
      'ul',
      { class: 'regions-there-are', 'aria-labelledby': 'regions-there-are' },
      ...d.available.map((region) => {
        const name = en ? region.en : region.zh;
        const b = h('button', { type: 'button', class: 'link', 'data-province': region.zh }, name);
        b.addEventListener('click', () => askIn?.(region.zh));
        return h('li', {}, b);
      }),
    );
    out.push(h('p', { id: 'regions-there-are', class: 'note' }, t('regionsThereAre')), list);
  }
  return out;
}

// A figure names its metric, as written (Chinese) in both interfaces, in English after its English
// name; a list of regions or a name has none.
function metricLine(r: AskResponse, a: NonNullable<AskResponse['answer']>, metric: string): HTMLElement | null {
  const en = lang() === 'en';
  const figure = r.type !== 'list' && (a.value !== undefined || a.metric !== undefined || r.type === 'compare');
  const written = a.metric ?? (en ? undefined : metric);
  if (!figure || !(written || en)) return null;
  return h(
    'p',
    { class: 'answer-metric' },
    `${t('metric')}${en ? ': ' : '：'}`,
    en ? `${a.metricEn ?? metric} ` : '',
    written ? h('span', ZH, en ? `(${written})` : written) : '',
  );
}

function answerCard(r: AskResponse, metric: string, askIn?: (province: string) => void): HTMLElement {
  const en = lang() === 'en';
  const a = r.answer;
  const card = h('article', { class: 'answer-card', 'aria-labelledby': 'answer-title' });
  card.append(h('h2', { class: 'answer-label', id: 'answer-title' }, t('answer')));
  if (a) {
    card.append(h('p', { class: 'answer-text', ...ZH }, a.text));
    if (en && a.english) card.append(h('p', { class: 'answer-en', ...EN }, a.english));
    const line = metricLine(r, a, metric);
    if (line) card.append(line);
    if (r.note) card.append(h('p', { class: 'note', ...(en ? {} : EN) }, r.note));
  } else card.append(...declined(r, askIn));
  // A question refused outright has no confidence to speak of.
  if (a || r.confidence > 0)
    card.append(h('p', { class: 'confidence' }, `${t('confidence')}: ${Math.round(r.confidence * 100)}%`));
  return card;
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
  const nodes: Node[] = [answerCard(r, metric, askIn)];
  if (r.type === 'compare' || (r.rows && r.rows.length > 0)) nodes.push(compareView(r, metric));
  if (r.citations.length > 0) {
    nodes.push(h('h2', { class: 'sources' }, r.answer ? t('sources') : t('closestClauses')));
    const list = h('ol', { class: 'hits' });
    r.citations.forEach((hit, k) => {
      const item = hitView(hit, metas.get(hit.doc.id), k, from);
      // In a citation, the marked span is the answer: show the whole clause with it.
      item.querySelector('.snippet')?.replaceChildren(hitText(hit, true));
      list.append(item);
    });
    nodes.push(list);
    if (lang() === 'en') void fillHitsEnglish(list);
  }
  results.replaceChildren(...nodes);
}

function understoodItem(label: string, value: Node | string | undefined | false): HTMLElement | null {
  if (!value) return null;
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

/** The left column in Ask mode: what the question was understood as, and example questions. */
export function askAside(
  r: AskResponse | undefined,
  metas: ReadonlyMap<string, DocumentMeta>,
  ask: (q: string) => void,
  metricEn?: string,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (r) {
    const u = r.understood;
    const items = [
      understoodItem(t('questionType'), t(`type_${r.type}`)),
      understoodItem(t('regionsAsked'), u.regions.map((z) => regionName(z, metas)).join(lang() === 'en' ? ', ' : '、')),
      understoodItem(t('year'), u.years.join(', ') || u.period),
      // In English, the metric's English name with the Chinese as written after it.
      understoodItem(
        t('metric'),
        u.metric && metricEn && metricEn !== u.metric
          ? h('span', {}, `${metricEn} `, h('span', ZH, `(${u.metric})`))
          : u.metric && h('span', ZH, u.metric),
      ),
      understoodItem(t('wanted'), u.want ? t(u.want) : undefined),
      understoodItem(t('about'), u.focus.length ? h('span', ZH, u.focus.slice(0, 4).join('、')) : undefined),
    ].filter((x): x is HTMLElement => x !== null);
    out.push(
      h(
        'div',
        { class: 'facet-group' },
        h('h2', {}, t('understoodAs')),
        h('dl', { class: 'understood-list' }, ...items),
      ),
    );
  }
  const examples = EXAMPLES[lang()].map((q) => {
    const b = h('button', { type: 'button', class: 'link example', ...(lang() === 'zh' ? ZH : EN) }, q);
    b.addEventListener('click', () => ask(q));
    return h('li', {}, b);
  });
  out.push(h('div', { class: 'facet-group' }, h('h2', {}, t('examples')), h('ul', { class: 'examples' }, ...examples)));
  return out;
}
