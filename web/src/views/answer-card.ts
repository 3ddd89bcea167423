// Ask mode's pure renders: the answer card (or the decline and its ways on), and what the question was understood as.
import type { AskResponse, DocumentMeta } from '../../../server/contract/index.ts';
import { declineText } from '../decline-words.ts';
import { regionLabel } from '../regions.ts';
import { markNeedles } from './hit-render.ts';
import { v, type VChild, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

const ZH = { lang: 'zh-CN' } as const;
const EN = { lang: 'en' } as const;

/** Questions to start from, in the interface's language (each a kind the engine answers). */
export const EXAMPLES: Readonly<Record<Lang, readonly string[]>> = {
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

/**
 * Why the question was declined, in `lang`; for a region with no documents, the regions there are,
 * each a way to ask the same question of it (`askIn`).
 */
export function renderDeclined(r: AskResponse, lang: Lang, askIn?: (province: string) => void): VNode[] {
  const t = wordsOf(lang);
  const d = r.decline;
  const why = d
    ? v('p', { class: 'note decline' }, declineText(d, lang))
    : v('p', { class: 'note decline', ...(lang === 'en' ? {} : EN) }, r.note ?? '');
  const out = [v('p', { class: 'note' }, r.citations.length > 0 ? t('declinedClosest') : t('declinedNone')), why];
  if (d?.reason === 'unknown-region' && d.available && d.available.length > 0)
    out.push(
      v('p', { id: 'regions-there-are', class: 'note' }, t('regionsThereAre')),
      v(
        'ul',
        { class: 'regions-there-are', 'aria-labelledby': 'regions-there-are' },
        d.available.map((region) =>
          v(
            'li',
            {},
            v(
              'button',
              { type: 'button', class: 'link', 'data-province': region.zh, on: { click: () => askIn?.(region.zh) } },
              lang === 'en' ? region.en : region.zh,
            ),
          ),
        ),
      ),
    );
  return out;
}

/**
 * A figure names its metric, as written (Chinese) in both interfaces, in English after its English
 * name; a list of regions or a name has none.
 */
export function renderMetricLine(
  r: AskResponse,
  a: NonNullable<AskResponse['answer']>,
  metric: string,
  lang: Lang,
): VNode | null {
  const en = lang === 'en';
  const figures = r.type === 'compare' && (r.rows ?? []).some((x) => x.value !== undefined);
  const figure = r.type !== 'list' && (a.value !== undefined || a.metric !== undefined || figures);
  const written = a.metric ?? (en ? undefined : metric);
  if (!figure || !(written || en)) return null;
  return v(
    'p',
    { class: 'answer-metric' },
    `${wordsOf(lang)('metric')}${en ? ': ' : '：'}`,
    en ? `${a.metricEn ?? metric} ` : '',
    written ? v('span', ZH, en ? `(${written})` : written) : '',
  );
}

/** The answer card: the answer as written (and its English), its metric, its confidence; or the decline. */
export function renderAnswerCard(
  r: AskResponse,
  metric: string,
  lang: Lang,
  askIn?: (province: string) => void,
): VNode {
  const t = wordsOf(lang);
  const en = lang === 'en';
  const a = r.answer;
  return v(
    'article',
    { class: 'answer-card', 'aria-labelledby': 'answer-title' },
    v('h2', { class: 'answer-label', id: 'answer-title' }, t('answer')),
    a
      ? [
          // What the document says around the answer, when given so, with the answer marked in it.
          v('p', { class: 'answer-text', ...ZH }, ...(a.phrase ? markNeedles(a.text, [a.phrase]) : [a.text])),
          en && a.english ? v('p', { class: 'answer-en', ...EN }, a.english) : null,
          renderMetricLine(r, a, metric, lang),
          r.note ? v('p', { class: 'note', ...(en ? {} : EN) }, r.note) : null,
        ]
      : renderDeclined(r, lang, askIn),
    // A question refused outright has no confidence to speak of.
    a || r.confidence > 0
      ? v('p', { class: 'confidence' }, `${t('confidence')}: ${Math.round(r.confidence * 100)}%`)
      : null,
  );
}

function understoodItem(label: string, value: VChild | undefined | false): VNode | null {
  if (!value) return null;
  return v('div', {}, v('dt', {}, label), v('dd', {}, value));
}

/**
 * The left column in Ask mode: what the question was understood as (`metricEn`: its metric in
 * English), and example questions, each asked by `ask`.
 */
export function renderAskAside(
  r: AskResponse | undefined,
  metas: ReadonlyMap<string, DocumentMeta>,
  lang: Lang,
  ask: (q: string) => void,
  metricEn?: string,
): VNode[] {
  const t = wordsOf(lang);
  const out: VNode[] = [];
  if (r) {
    const u = r.understood;
    const regions = u.regions.map((z) => regionLabel(z, metas, lang)).join(lang === 'en' ? ', ' : '、');
    // In English, the metric's English name with the Chinese as written after it.
    const metric =
      u.metric && metricEn && metricEn !== u.metric
        ? v('span', {}, `${metricEn} `, v('span', ZH, `(${u.metric})`))
        : u.metric && v('span', ZH, u.metric);
    const items = [
      understoodItem(t('questionType'), t(`type_${r.type}`)),
      understoodItem(t('regionsAsked'), regions),
      understoodItem(t('year'), u.years.join(', ') || u.period),
      understoodItem(t('metric'), metric || undefined),
      understoodItem(t('wanted'), u.want ? t(u.want) : undefined),
      understoodItem(t('about'), u.focus.length ? v('span', ZH, u.focus.slice(0, 4).join('、')) : undefined),
    ];
    out.push(
      v('div', { class: 'facet-group' }, v('h2', {}, t('understoodAs')), v('dl', { class: 'understood-list' }, items)),
    );
  }
  const examples = EXAMPLES[lang].map((q) =>
    v(
      'li',
      {},
      v(
        'button',
        { type: 'button', class: 'link example', ...(lang === 'zh' ? ZH : EN), on: { click: () => ask(q) } },
        q,
      ),
    ),
  );
  out.push(v('div', { class: 'facet-group' }, v('h2', {}, t('examples')), v('ul', { class: 'examples' }, examples)));
  return out;
}
