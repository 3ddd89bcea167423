// Versions of one document: the same title in the same region, told apart by their dates.
import type { DocumentMeta, SourceDocument } from './store/schema.ts';

/**
 * Links the versions of each document: documents of one region whose titles are the same (the
 * country's name and spaces aside) are versions of one document, ordered by the latest date each
 * states (amended, issued, promulgated, passed). Each gets `meta.version`: its date, whether it is
 * the latest, and the ids of all versions, oldest first. A document with one version, or a version
 * that states no date, is left as it is. The versions of a document are put next to each other,
 * the latest first, so that a clause no version changed ranks first in its latest version.
 * @example two files of 生物安全法, amended 2024 and passed 2020: the 2024 one is `latest`
 */
export function linkVersions(docs: readonly SourceDocument[]): SourceDocument[] {
  const groups = new Map<string, SourceDocument[]>();
  for (const d of docs) {
    const key = `${d.meta.province}|${d.meta.city ?? ''}|${d.meta.title.replace(/^中华人民共和国|[\s\u3000]/g, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const versions = new Map<string, DocumentMeta['version']>();
  for (const group of groups.values()) {
    const dated = group
      .map((d) => ({ id: d.meta.id, date: versionDate(d.meta) }))
      .filter((v): v is { id: string; date: string } => v.date !== undefined);
    // Copies of one text with one date are duplicates, not versions.
    if (new Set(dated.map((v) => v.date)).size < 2) continue;
    dated.sort((a, b) => `${a.date} ${a.id}`.localeCompare(`${b.date} ${b.id}`, 'en'));
    const ids = dated.map((v) => v.id);
    dated.forEach((v, k) => versions.set(v.id, { date: v.date, latest: k === dated.length - 1, versions: ids }));
  }
  const linked = docs.map((d) => {
    const version = versions.get(d.meta.id);
    return version ? { ...d, meta: { ...d.meta, version } } : d;
  });
  // The versions of a document stand together, the latest first: where their clauses score the
  // same (the text did not change), the latest version's clause ranks first.
  const at = (d: SourceDocument) => {
    const v = d.meta.version;
    if (!v) return { group: linked.indexOf(d), rank: 0 };
    const first = Math.min(...v.versions.map((id) => linked.findIndex((x) => x.meta.id === id)));
    return { group: first, rank: v.versions.length - 1 - v.versions.indexOf(d.meta.id) };
  };
  const place = new Map(linked.map((d) => [d, at(d)]));
  const key = (d: SourceDocument) => place.get(d) as { group: number; rank: number };
  return [...linked].sort((a, b) => key(a).group - key(b).group || key(a).rank - key(b).rank);
}

/** The date a version of a document is known by: the latest it states of amended, issued, promulgated, passed. */
export function versionDate(meta: Omit<DocumentMeta, 'id'>): string | undefined {
  const d = meta.dates;
  return [...(d?.amended ?? []), meta.issued, d?.promulgated, d?.passed]
    .filter((x): x is string => x !== undefined)
    .sort()
    .at(-1);
}
