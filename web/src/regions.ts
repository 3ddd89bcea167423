// Regions by their Chinese name, named in either language from the documents' metadata (pure).
import type { DocumentMeta } from '../../server/contract/index.ts';
import type { Lang } from './words.ts';

/** A region by its Chinese name: its English name and, for a city, its province. */
export interface Region {
  readonly zh: string;
  readonly en: string;
  readonly province?: { zh: string; en: string };
}

/** The region `zh` names, as the documents' metadata knows it (itself, untranslated, when none does). */
export function regionOf(zh: string, metas: ReadonlyMap<string, DocumentMeta>): Region {
  for (const m of metas.values()) {
    if (m.province === zh) return { zh, en: m.provinceEn };
    if (m.city === zh) return { zh, en: m.cityEn ?? zh, province: { zh: m.province, en: m.provinceEn } };
  }
  return { zh, en: zh };
}

/**
 * The region's name in `lang`.
 * @example regionLabel('巴中', metas, 'en') -> 'Bazhong (Sichuan)'; regionLabel('巴中', metas, 'zh') -> '巴中（四川）'
 */
export function regionLabel(zh: string, metas: ReadonlyMap<string, DocumentMeta>, lang: Lang): string {
  const r = regionOf(zh, metas);
  if (lang === 'en') return r.province ? `${r.en} (${r.province.en})` : r.en;
  return r.province ? `${r.zh}（${r.province.zh}）` : r.zh;
}
