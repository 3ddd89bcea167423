// GET /api/documents, /api/documents/:id, /api/clauses/:id, /api/health.
import { Router } from 'express';
import type { Clause } from '../../indexer/schema.ts';
import { ApiError } from '../errors.ts';
import { glossText } from '../search/gloss.ts';
import type { IndexStore } from '../search/index-store.ts';
import { z } from 'zod';
import { parseParams, single } from './params.ts';
import type { ClauseResponse, ClauseView, DocumentResponse, DocumentSummary, HealthResponse } from './api-types.ts';

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
  };
}

const GlossParams = z
  .object({ text: single.max(2000, 'at most 2000 characters').optional(), clause: single.optional() })
  .strict();

/** Routes that read documents and clauses by id. */
export function documentRoutes(index: () => IndexStore): Router {
  const router = Router();

  router.get('/api/documents', (_req, res) => {
    const body: DocumentSummary[] = [...index().documents.values()].map((d) => ({
      meta: d.meta,
      clauseCount: d.clauseCount,
      sectionCount: d.sectionCount,
    }));
    res.json({ documents: body });
  });

  router.get('/api/documents/:id', (req, res) => {
    const store = index();
    const d = store.documents.get(req.params.id);
    if (!d) throw new ApiError('NOT_FOUND', `no document "${req.params.id}"`, { valid: [...store.documents.keys()] });
    const body: DocumentResponse = {
      meta: d.meta,
      clauseCount: d.clauseCount,
      sectionCount: d.sectionCount,
      text: d.text,
      outline: d.outline,
      clauses: store.clauses.filter((c) => c.docId === d.meta.id).map(view),
    };
    res.json(body);
  });

  // Clause ids contain `/` (jilin-2021/3.2.7) and `#` for parts (send it as %23).
  router.get('/api/clauses/*id', (req, res) => {
    const store = index();
    const raw = (req.params as { id: string | string[] }).id;
    const id = Array.isArray(raw) ? raw.join('/') : raw;
    const k = store.indexOf(id);
    const c = k === undefined ? undefined : store.clauses[k];
    if (k === undefined || !c) throw new ApiError('NOT_FOUND', `no clause "${id}"`);
    const doc = store.documents.get(c.docId);
    const sibling = (at: number) => {
      const s = store.clauses[at];
      return s && s.docId === c.docId ? s.id : null;
    };
    const body: ClauseResponse = {
      ...view(c),
      doc: doc?.meta as ClauseResponse['doc'],
      province: c.province,
      ...(c.city ? { city: c.city } : {}),
      previous: sibling(k - 1),
      next: sibling(k + 1),
    };
    res.json(body);
  });

  // The reading aid: the words of a clause (or of up to 2,000 characters of text) with pinyin and English.
  router.get('/api/gloss', (req, res) => {
    const store = index();
    const params = parseParams(GlossParams, req.query);
    let text = params.text;
    if (params.clause !== undefined) {
      const k = store.indexOf(params.clause);
      if (k === undefined) throw new ApiError('NOT_FOUND', `no clause "${params.clause}"`);
      text = store.clauses[k]?.text;
    }
    if (text === undefined) throw new ApiError('INVALID_PARAMETER', 'give text or clause');
    res.json({ words: glossText(store, text) });
  });

  router.get('/api/health', (_req, res) => {
    const store = index();
    const body: HealthResponse = {
      status: 'ok',
      documents: store.documents.size,
      clauses: store.clauses.length,
      indexVersion: store.version,
      builtAt: store.builtAt,
    };
    res.json(body);
  });
  return router;
}
