// The page's own addresses for a clause: the reader scrolled to it, its related clauses, its API path.

/** The document id of a clause id (`jilin-2021/3.2.7` -> `jilin-2021`). */
export function docIdOf(clauseId: string): string {
  const slash = clauseId.indexOf('/');
  return slash < 0 ? clauseId : clauseId.slice(0, slash);
}

/**
 * A clause id as a URL path: each segment encoded, the slashes kept (a `#` of a part becomes %23).
 * @example clausePath('zhejiang-2021/3.1.2#2') -> 'zhejiang-2021/3.1.2%232'
 */
export function clausePath(clauseId: string): string {
  return clauseId.split('/').map(encodeURIComponent).join('/');
}

/** The reader at a clause; `query` (a search's query string) marks its matches and links back to it. */
export function readerHref(clauseId: string, query = ''): string {
  return `/doc/${encodeURIComponent(docIdOf(clauseId))}${query ? `?${query}` : ''}#${encodeURIComponent(clauseId)}`;
}

/** The view of the clauses of other documents like this one. */
export function relatedHref(clauseId: string, query = ''): string {
  return `/related/${clausePath(clauseId)}${query ? `?${query}` : ''}`;
}
