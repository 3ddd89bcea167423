// Words that are JavaScript object keys (`constructor`, `__proto__`, `toString`…), in every case,
// width and query form, in every parameter of every route, in the corpus' file names and in sidecar
// ids: none may reach Object.prototype through a lookup keyed by text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { createApp } from '../../server/app.ts';
import { DomainError } from '../../server/errors.ts';
import { ROUTES, type RouteSpec } from '../../server/contract/routes.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { glossText } from '../../server/search/gloss.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { ask } from '../../server/qa/answer.ts';
import { checkContract } from '../helpers/api.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';
import { testApp } from '../helpers/test-app.ts';

/** Every name an object literal inherits, and the function properties a prototype chain can show. */
const KEY_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name', 'caller'];

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A key name as a person or a probe might type it. */
const keyWord = fc
  .tuple(
    fc.constantFrom(...KEY_NAMES),
    fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => w.toUpperCase(),
      capitalised,
      fullWidth,
      (w) => fullWidth(w.toUpperCase()),
      (w) => `${w}s`,
    ),
    fc.nat({ max: 20 }),
    fc.constantFrom<(w: string) => string>(
      (w) => w,
      (w) => `"${w}"`,
      (w) => `-${w}`,
      (w) => `一致性评价 -${w}`,
      (w) => `一致性评价 OR ${w}`,
      (w) => `${w} OR ${w}`,
      (w) => `${w} 一致性评价`,
      (w) => `${w}是多少`,
      (w) => `江西省到2026年力争培育多少个智能化工厂？"${w}"`,
      (w) => `What is the ${w} target of Zhejiang?`,
      (w) => `province:${w} 一致性评价`,
      (w) => `doc:${w} 创新药`,
      (w) => `${w},${w}`,
    ),
  )
  .map(([name, form, cut, frame]) => {
    const word = form(name);
    // Sometimes a space inside the word (con str uctor): each piece is a key prefix of its own.
    const spaced = cut > 0 && cut < word.length && cut % 3 === 0 ? `${word.slice(0, cut)} ${word.slice(cut)}` : word;
    return frame(spaced);
  });

/** A valid request to each route, and where a hostile word may go in it. */
const VALID: Record<string, { query: Record<string, string>; path: Record<string, string> }> = {
  search: { query: { q: '一致性评价' }, path: {} },
  ask: { query: { q: '浙江省到2025年医药产业营业收入目标是多少？' }, path: {} },
  gloss: { query: { text: '一致性评价' }, path: {} },
  clause: { query: {}, path: { id: 'jilin-2021/3.2.7' } },
  related: { query: {}, path: { id: 'jilin-2021/3.2.7' } },
  document: { query: {}, path: { id: 'jilin-2021' } },
  pageReader: { query: {}, path: { rest: 'jilin-2021' } },
  pageRelated: { query: {}, path: { id: 'jilin-2021/3.2.7' } },
};

function urlOf(route: RouteSpec, query: Record<string, string>, path: Record<string, string>): string {
  const pathname = route.path.replace(/[:*](\w+)/g, (_m, name: string) =>
    name === 'id' && route.path.includes('*') ? String(path[name]) : encodeURIComponent(String(path[name] ?? '')),
  );
  const search = new URLSearchParams(query).toString();
  return search ? `${pathname}?${search}` : pathname;
}

const routes = Object.entries(ROUTES) as Array<[string, RouteSpec]>;

describe('words that are object keys', () => {
  const { store } = corpusIndex();

  it('go through the query parser, search, ask and the reading aid without a throw or a NaN', () => {
    fc.assert(
      fc.property(keyWord, (text) => {
        // A refusal (an unknown province: or doc: filter) is a DomainError, the client's; nothing else.
        const refused = (err: unknown) => {
          if (!(err instanceof DomainError)) throw err;
        };
        try {
          const parsed = parseQuery(text.slice(0, 200), { context: store.queryContext() });
          const result = searchClauses(store, parsed, { province: [], doc: [], limit: 10, offset: 0 });
          for (const count of Object.values(result.facets.province)) expect(Number.isInteger(count)).toBe(true);
        } catch (err) {
          refused(err);
        }
        const answer = ask(store, text.slice(0, 200));
        expect(Number.isFinite(answer.confidence)).toBe(true);
        for (const row of answer.rows ?? []) expect(Number.isFinite(row.confidence ?? 0)).toBe(true);
        for (const word of glossText(store, text)) expect(Array.isArray(word.en)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  const app = testApp();
  for (const [name, route] of routes) {
    const valid = VALID[name] ?? { query: {}, path: {} };
    const slots = [
      ...Object.keys(route.params.shape).map((p) => ({ kind: 'query' as const, name: p })),
      ...Object.keys(route.pathParams ?? {}).map((p) => ({ kind: 'path' as const, name: p })),
      { kind: 'name' as const, name: '' },
    ];
    it(`answer 2xx or 4xx with a JSON body on contract in every parameter of ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(keyWord, fc.constantFrom(...slots), async (word, slot) => {
          const query = { ...valid.query };
          const path = { ...valid.path };
          if (slot.kind === 'query') query[slot.name] = word;
          else if (slot.kind === 'path') path[slot.name] = word;
          else query[word] = '1';
          const url = urlOf(route, query, path);
          const res = await request(app).get(url);
          expect(res.status, url).toBeLessThan(500);
          checkContract(url, res);
          if (res.status === 400 && slot.kind === 'name' && res.body.error.code === 'INVALID_PARAMETER') {
            expect(res.body.error.message).toContain(`${word}: unknown parameter`);
          }
          if (name === 'ask' && res.status === 200) expect(Number.isFinite(res.body.confidence)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('a corpus whose files and ids are object keys', () => {
  // One plan per key name, in a file named after it; two with sidecars giving a key as their id
  // (`__proto__` is refused by the id rule, which wants a letter or digit first).
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-keys-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const name of KEY_NAMES) {
    writeFileSync(
      join(corpus, `${name}.txt`),
      `湖南省${name}医药产业发展规划\n\n一、发展目标\n\n（一）总体目标。到2025年，${name}医药产业营业收入达到1200亿元，` +
        `通过一致性评价品种达到50个。\n\n（二）创新能力。${name}创新药研发投入年均增长10%。\n`,
    );
  }
  // Ids come from what a document is, or from a sidecar: an id that is a prototype's key name can only
  // come from a sidecar, so each of these documents has one giving its name as its id (`__proto__`'s
  // is refused, not being an id, and its document gets one made from its title).
  for (const [file, id] of [
    ...KEY_NAMES.filter((n) => n !== '__proto__').map((n) => [n, n.replace(/_/g, '').toLowerCase()]),
    ['__proto__', '__proto__'],
  ]) {
    writeFileSync(
      join(corpus, `${file}.meta.json`),
      JSON.stringify({
        id,
        title: `湖南省${id}医药产业发展规划`,
        region: { zh: '湖南', en: 'Hunan' },
        province: '湖南',
        city: 'toString',
        level: 'province',
      }),
    );
  }
  writeFileSync(join(corpus, 'valueOf.meta.json'), '{"__proto__": {"id": "polluted"}, "constructor": 1}');

  it('are indexed with counts that are numbers, and served by their ids', async () => {
    const { data, report } = await buildIndex(corpus);
    expect(report.documents.length).toBe(KEY_NAMES.length);
    const ids = data.documents.map((d) => d.meta.id);
    const proto = data.documents.find((d) => d.path === '__proto__.txt')?.meta.id as string;
    expect(proto).toMatch(/^hunan-proto-/);
    expect(ids).toEqual(expect.arrayContaining(['constructor', 'tostring', 'hasownproperty', proto]));
    const warned = report.warnings.map((w) => w.path);
    expect(warned).toEqual(expect.arrayContaining(['valueOf.meta.json', '__proto__.meta.json']));
    expect(({} as { id?: unknown }).id).toBeUndefined();

    const store = new IndexStore(data);
    const app = createApp({ index: () => store, logger: pino({ level: 'silent' }) });
    for (const q of ['一致性评价', 'constructor', '__proto__', 'toString 创新药', 'hasOwnProperty']) {
      const url = `/api/search?q=${encodeURIComponent(q)}&limit=50`;
      const res = await request(app).get(url);
      expect(res.status, url).toBe(200);
      checkContract(url, res);
      for (const count of [...Object.values(res.body.facets.doc), ...Object.values(res.body.facets.province)])
        expect(Number.isInteger(count), url).toBe(true);
      expect(res.body.total, url).toBeGreaterThan(0);
    }
    const all = await request(app).get('/api/search?q=%E4%B8%80%E8%87%B4%E6%80%A7%E8%AF%84%E4%BB%B7&limit=50');
    for (const id of ['constructor', proto, 'tostring']) {
      expect(Object.getOwnPropertyDescriptor(all.body.facets.doc, id)?.value, id).toBe(1);
    }
    for (const id of ['__proto__', 'toString', 'hasOwnProperty']) {
      const res = await request(app).get(`/api/documents/${id}`);
      expect(res.status, id).toBe(404);
      checkContract(`/api/documents/${id}`, res);
    }
    for (const id of ['constructor', proto]) {
      const res = await request(app).get(`/api/documents/${id}`);
      expect(res.status).toBe(200);
      expect(res.body.meta.id).toBe(id);
      const doc = await request(app).get(`/api/search?q=${encodeURIComponent('营业收入')}&doc=${id}`);
      expect(doc.status).toBe(200);
      expect(doc.body.total).toBe(1);
    }
    const targets = await request(app).get(`/api/targets?kind=all&province=${encodeURIComponent('湖南')}`);
    expect(targets.status).toBe(200);
    checkContract('/api/targets', targets);
    const byDoc = new Set(targets.body.targets.map((t: { docId: string }) => t.docId));
    expect([...byDoc]).toEqual(expect.arrayContaining(['constructor', proto, 'tostring']));
  }, 120_000);
});
