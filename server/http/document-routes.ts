// GET /api/documents, /api/documents/:id, /api/clauses/:id, /api/gloss: reading documents by id.
import { Router } from 'express';
import type { Clause } from '../../indexer/store/index.ts';
import type { ClauseView } from '../contract/common.ts';
import type { ClauseResponse, DocumentListResponse, DocumentResponse } from '../contract/documents.ts';
import type { GlossParams, GlossResponse } from '../contract/gloss.ts';
import { LIMITS } from '../contract/limits.ts';
import { listItems } from '../contract/params.ts';
import { ROUTES } from '../contract/routes.ts';
import { clauseEnglish, phraseEnglish } from '../search/clause-english.ts';
import { glossText } from '../search/gloss.ts';
import type { IndexStore } from '../search/index-store.ts';
import { HttpError } from './http-error.ts';
import { parseParams } from './params.ts';

function view(c: Clause): ClauseView {
  return {
    id: c.id,
    label: c.label,
    section: c.section,
    ...(c.title ? { title: c.title } : {}),
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    ...(c.part ? { part: c.part } : {}),
    ...(c.columns ? { columns: c.columns } : {}),
    ...(c.cells ? { cells: c.cells } : {}),
    ...(c.display ? { display: c.display } : {}),
  };
}

// The items of a list parameter, refused when there are more than `max`.
function batch(items: string[], max: number, name: string): string[] {
  if (items.length > max) throw new HttpError('INVALID_PARAMETER', `${name}: at most ${max}, got ${items.length}`);
  return items;
}

/** The clause with id `id`, and its position in the index. @throws HttpError NOT_FOUND */
export function clauseAt(store: IndexStore, id: string): { k: number; clause: Clause } {
  const k = store.indexOf(id);
  const clause = k === undefined ? undefined : store.clauses.get(k);
  if (k === undefined || !clause) throw new HttpError('NOT_FOUND', `no clause "${id}"`);
  return { k, clause };
}

/** Routes that read documents and clauses by id. */
export function documentRoutes(index: () => IndexStore): Router {
  const router = Router();

  router.get(ROUTES.documents.path, (req, res) => {
    parseParams(ROUTES.documents.params, req.query);
    const documents = [...index().documents.values()].map((d) => ({
      meta: d.meta,
      clauseCount: d.clauseCount,
      sectionCount: d.sectionCount,
    }));
    const body: DocumentListResponse = { documents };
    res.json(body);
  });

  router.get(ROUTES.document.path, (req, res) => {
    parseParams(ROUTES.document.params, req.query);
    const store = index();
    const d = store.documents.get(req.params.id as string);
    if (!d) throw new HttpError('NOT_FOUND', `no document "${req.params.id}"`, { valid: [...store.documents.keys()] });
    const body: DocumentResponse = {
      meta: d.meta,
      clauseCount: d.clauseCount,
      sectionCount: d.sectionCount,
      text: d.text,
      outline: d.outline,
      clauses: store.clausesOf(d.meta.id).map((k) => view(store.clauses.get(k) as Clause)),
    };
    res.json(body);
  });

  // Clause ids contain `/` (jilin-2021/3.2.7) and `#` for parts (sent as %23).
  router.get(ROUTES.clause.path, (req, res) => {
    parseParams(ROUTES.clause.params, req.query);
    const store = index();
    const raw = (req.params as { id: string | string[] }).id;
    const { k, clause } = clauseAt(store, Array.isArray(raw) ? raw.join('/') : raw);
    const doc = store.documents.get(clause.docId);
    if (!doc) throw new HttpError('NOT_FOUND', `no document "${clause.docId}"`);
    const sibling = (at: number) => {
      const s = store.clauses.get(at);
      return s && s.docId === clause.docId ? s.id : null;
    };
    const body: ClauseResponse = {
      ...view(clause),
      doc: doc.meta,
      province: clause.province,
      ...(clause.city ? { city: clause.city } : {}),
      previous: sibling(k - 1),
      next: sibling(k + 1),
    };
    res.json(body);
  });

  // The reading aid: the words of a clause (or of some text) with pinyin and English; or, for an
  // English reader, several clauses' key terms and section paths, or several phrases, in English.
  router.get(ROUTES.gloss.path, (req, res) => {
    const body: GlossResponse = glossBody(index(), parseParams(ROUTES.gloss.params, req.query));
    res.json(body);
  });
  return router;
}

function glossBody(store: IndexStore, p: GlossParams): GlossResponse {
  if ([p.clause, p.text, p.clauses, p.phrases].filter((v) => v !== undefined).length !== 1)
    throw new HttpError('INVALID_PARAMETER', 'give one of clause, text, clauses or phrases');
  if (p.clauses !== undefined) {
    const ids = batch(listItems(p.clauses), LIMITS.pageSize, 'clauses');
    return { clauses: ids.map((id) => clauseEnglish(store, clauseAt(store, id).clause)) };
  }
  if (p.phrases !== undefined) {
    const phrases = p.phrases
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
    return { phrases: batch(phrases, LIMITS.glossPhrases, 'phrases').map((s) => phraseEnglish(store, s)) };
  }
  return { words: glossText(store, p.clause !== undefined ? clauseAt(store, p.clause).clause.text : (p.text ?? '')) };
}
