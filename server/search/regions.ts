// The one region resolver: 浙江, 浙江省, Zhejiang, Zhejiang province, 巴中市 -> a region with documents.
import { findProvince } from '../../indexer/regions/index.ts';
import type { DocumentMeta } from '../../indexer/store/index.ts';
import { DomainError } from '../errors.ts';

/** A region a search can be narrowed to: a province, or a city that has its own documents. */
export interface RegionFilter {
  readonly kind: 'province' | 'city';
  readonly zh: string;
  readonly en: string;
  /** The province (short Chinese name) the region is in: itself for a province. */
  readonly province: string;
}

const SUFFIX_ZH = /(省|市|自治区|特别行政区)$/u;
const SUFFIX_EN = /\s+(province|city|municipality)$/;

/**
 * Resolves the names people give regions to the regions of an index's documents. Every place that
 * reads a region (filters, the query syntax, English queries, questions, the targets table) asks
 * this one resolver, so a name means the same everywhere.
 */
export class RegionResolver {
  /** Every region with documents: each document's province, and its city if it has one. */
  readonly regions: readonly RegionFilter[];
  private readonly byKey = new Map<string, RegionFilter>();

  constructor(documents: Iterable<Pick<DocumentMeta, 'province' | 'provinceEn' | 'city' | 'cityEn'>>) {
    const regions = new Map<string, RegionFilter>();
    for (const d of documents) {
      if (!regions.has(d.province)) {
        regions.set(d.province, { kind: 'province', zh: d.province, en: d.provinceEn, province: d.province });
      }
      if (d.city && !regions.has(d.city)) {
        regions.set(d.city, { kind: 'city', zh: d.city, en: d.cityEn ?? d.city, province: d.province });
      }
    }
    this.regions = [...regions.values()];
    for (const r of this.regions) {
      this.byKey.set(r.zh, r);
      this.byKey.set(keyOf(r.en), r);
    }
  }

  /**
   * The region `name` names, or undefined when no document of the index is from there.
   * @example resolve('Zhejiang province') === resolve('浙江省') === resolve('浙江')
   */
  resolve(name: string): RegionFilter | undefined {
    const key = keyOf(name);
    if (!key) return undefined;
    const direct = this.byKey.get(key) ?? this.byKey.get(key.replace(SUFFIX_ZH, ''));
    if (direct) return direct;
    const province = findProvince(key);
    return province ? this.byKey.get(province.zh) : undefined;
  }

  /**
   * Resolves filter values (each may hold several names separated by commas), without repeats.
   * @throws DomainError UNKNOWN_PROVINCE naming the value and listing the valid ones.
   */
  resolveAll(values: readonly string[]): RegionFilter[] {
    const out: RegionFilter[] = [];
    for (const value of values
      .flatMap((s) => s.split(/[,，、]/))
      .map((s) => s.trim())
      .filter(Boolean)) {
      const region = this.resolve(value);
      if (!region) {
        const valid = this.regions.map((r) => `${r.zh} (${r.en})`).join(', ');
        throw new DomainError('UNKNOWN_PROVINCE', `no documents from "${value}"; valid values: ${valid}`, {
          value,
          valid: this.regions.map((r) => r.zh),
        });
      }
      if (!out.includes(region)) out.push(region);
    }
    return out;
  }
}

// Case, width and spacing do not tell names apart; a trailing "province"/"city" says nothing more.
function keyOf(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(SUFFIX_EN, '').replace(/\s+/g, ' ');
}

/** True when a clause or document (its province and city) is in one of `regions`, or none is given. */
export function inRegions(
  place: { readonly province: string; readonly city?: string | undefined },
  regions: readonly RegionFilter[],
): boolean {
  return (
    regions.length === 0 || regions.some((r) => (r.kind === 'city' ? place.city === r.zh : place.province === r.zh))
  );
}
