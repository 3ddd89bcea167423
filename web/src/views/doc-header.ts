// The reader's header as a pure render: title, place and dates, versions, and a link to the official source.
import type { DocumentMeta } from '../../../server/contract/index.ts';
import { v, type VChild, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

const ZH = { lang: 'zh-CN' } as const;
const EN = { lang: 'en' } as const;

/** The facts of a document in one line: place, category, issuer, dates, number, status. */
export function docFacts(meta: DocumentMeta, lang: Lang): string {
  const t = wordsOf(lang);
  const en = lang === 'en';
  const place = en ? [meta.cityEn ?? meta.city, meta.provinceEn] : [meta.province, meta.city];
  const amended = meta.dates?.amended?.at(-1);
  return [
    place.filter(Boolean).join(en ? ', ' : ' · '),
    en ? meta.category?.en : meta.category?.zh,
    meta.issuer ?? t('issuerNotStated'),
    meta.issued ?? t('dateNotStated'),
    amended ? `${t('amendedOn')} ${amended}` : undefined,
    meta.dates?.effective ? `${t('inForce')} ${meta.dates.effective}` : undefined,
    meta.docNumber,
    en ? meta.status?.en : meta.status?.zh,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** For one of several versions of a document: whether it is the latest, and links to the others by their dates. */
export function versionNote(meta: DocumentMeta, metas: ReadonlyMap<string, DocumentMeta>, lang: Lang): VNode | null {
  const t = wordsOf(lang);
  const version = meta.version;
  if (!version) return null;
  const others = version.versions.filter((id) => id !== meta.id);
  const link = (id: string) =>
    v('a', { href: `/doc/${encodeURIComponent(id)}`, 'data-nav': true }, metas.get(id)?.version?.date ?? id);
  const latest = version.versions.at(-1) as string;
  if (version.latest)
    return v(
      'p',
      { class: 'doc-version' },
      `${t('versionLatest')}（${version.date}）；${t('versionOthers')}：`,
      others.flatMap((id, k): VChild[] => (k > 0 ? ['、', link(id)] : [link(id)])),
    );
  return v('p', { class: 'doc-version doc-version-older', role: 'note' }, `${t('versionOlder')}：`, link(latest));
}

/** The official source's address when it is a web address (http, https), else undefined: no other scheme is linked. */
export function sourceUrl(meta: Pick<DocumentMeta, 'source'>): URL | undefined {
  if (!meta.source) return undefined;
  try {
    const url = new URL(meta.source.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A link to the document as its issuer published it, labelled as the official source, in a new tab. */
export function sourceLink(meta: Pick<DocumentMeta, 'source'>, lang: Lang): VNode | null {
  const url = sourceUrl(meta);
  if (!url) return null;
  const t = wordsOf(lang);
  return v(
    'p',
    { class: 'official-source' },
    `${t('officialSource')}${lang === 'zh' ? '：' : ': '}`,
    v(
      'a',
      { href: url.href, rel: 'noopener noreferrer', target: '_blank', class: 'external' },
      url.host,
      v('span', { class: 'sr-only' }, t('officialSourceNote')),
    ),
  );
}

/** The reader's header: title (and its English), facts, versions, official source. */
export function renderDocHeader(meta: DocumentMeta, metas: ReadonlyMap<string, DocumentMeta>, lang: Lang): VNode {
  return v(
    'header',
    { class: 'doc-header' },
    v('h1', { id: 'doc-title', ...ZH }, meta.title),
    lang === 'en' && meta.titleEn ? v('p', { class: 'doc-title-en', ...EN }, meta.titleEn) : null,
    v('p', { class: 'place' }, docFacts(meta, lang)),
    versionNote(meta, metas, lang),
    sourceLink(meta, lang),
  );
}
