// Document ids from what a document is (region, short title, year), unique across the corpus.
import { pinyin } from 'pinyin-pro';
import { cutWords } from './analysis/segment-chinese.ts';
import { PROVINCES, allCities } from './regions/regions.ts';
import type { DocumentMeta } from './store/schema.ts';
import { versionDate } from './versions.ts';

/** An id is at most this long; the short title is cut at a word to fit. */
const SHORT_MAX = 32;
const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
// Words a title's subject is wrapped in: the country's name, 关于, brackets around a period or status.
const WRAPPING = [
  /^中华人民共和国/,
  /^关于/,
  /[（(][^（()）]*(?:\d{4}|稿|试行|草案)[^（()）]*[）)]/g,
  /[《》“”"「」]/g,
  /[\s\u3000]+/g,
];

/** A document to name: its metadata without an id, the id its sidecar gives if any, and its path. */
export interface Unnamed {
  readonly meta: Omit<DocumentMeta, 'id'> & { readonly id?: string };
  readonly path: string;
}

/**
 * The id of each document, in the order given: the sidecar's where there is one, else
 * `region-shorttitle-year` in Latin letters (`cn-shengwu-anquanfa-2020`, `shanghai-naoji-jiekou-2025`):
 * the region's pinyin (`cn` for national documents), the title's subject in pinyin word by word
 * (the country's name, the region's name, 关于 and bracketed periods taken off), and the year of the
 * latest date the document states (amended, issued, passed) or its period's start. Two documents that
 * would get the same id are told apart deterministically, in path order: the second gets `-2`, the
 * third `-3`; sidecar ids are served first and never renamed unless they clash among themselves.
 * @returns ids in the order of `docs`, and a warning for each id that had to be changed
 */
export function documentIds(docs: readonly Unnamed[]): {
  ids: string[];
  renamed: Array<{ path: string; reason: string }>;
} {
  const ids: string[] = new Array<string>(docs.length);
  const used = new Set<string>();
  const renamed: Array<{ path: string; reason: string }> = [];
  const order = docs
    .map((d, k) => ({ d, k }))
    .sort((a, b) => Number(b.d.meta.id !== undefined) - Number(a.d.meta.id !== undefined) || cmp(a.d.path, b.d.path));
  for (const { d, k } of order) {
    const wanted = d.meta.id ?? naturalId(d.meta, d.path);
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    if (id !== wanted) {
      const holder = docs[ids.indexOf(wanted)]?.path ?? 'another document';
      renamed.push({ path: d.path, reason: `its id "${wanted}" is taken by ${holder}; it is "${id}" instead` });
    }
    used.add(id);
    ids[k] = id;
  }
  return { ids, renamed };
}

function cmp(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** `region-shorttitle-year` for a document (see documentIds); always matches the id pattern. */
export function naturalId(meta: Omit<DocumentMeta, 'id'>, path: string): string {
  const region = meta.level === 'national' ? 'cn' : latin(meta.cityEn ?? meta.provinceEn);
  const year = documentYear(meta) ?? /(?:19|20)\d{2}/.exec(path)?.[0];
  const short = shortTitle(meta.title, meta);
  const id = [region, short, year].filter((p) => p).join('-');
  return ID.test(id) ? id : `doc-${latin(path).slice(0, 40) || 'untitled'}`;
}

/** The year of a document's latest stated date: amended, issued, promulgated, passed; else its period's start. */
export function documentYear(meta: Omit<DocumentMeta, 'id'>): string | undefined {
  return versionDate(meta)?.slice(0, 4) ?? (meta.period?.from !== undefined ? String(meta.period.from) : undefined);
}

// The title's subject in pinyin, word by word, cut at a word to SHORT_MAX.
function shortTitle(title: string, meta: Omit<DocumentMeta, 'id'>): string {
  let subject = WRAPPING.reduce((t, re) => t.replace(re, ''), title);
  for (const name of regionNames(meta)) if (subject.startsWith(name)) subject = subject.slice(name.length);
  const words = cutWords(subject)
    .map((w) => latin(pinyin(w, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')))
    .filter((w) => w.length > 0);
  let out = '';
  for (const w of words) {
    if (out.length + w.length + 1 > SHORT_MAX && out) break;
    out = out ? `${out}-${w}` : w;
  }
  return out.slice(0, SHORT_MAX);
}

// The region's names a title may open with, longest first: 上海市, 上海, 浙江省, 巴中市.
function regionNames(meta: Omit<DocumentMeta, 'id'>): string[] {
  const province = PROVINCES.find((p) => p.zh === meta.province);
  const city = meta.city ? allCities().find((c) => c.zh === meta.city) : undefined;
  return [province?.full, province?.zh, city?.full, city?.zh]
    .filter((n): n is string => typeof n === 'string' && n.length > 0)
    .sort((a, b) => b.length - a.length);
}

function latin(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
