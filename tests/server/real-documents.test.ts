import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../indexer/pipeline.ts';
import { createApp } from '../../server/app.ts';
import { IndexStore } from '../../server/search/index-store.ts';
import { ClauseResponse, DocumentListResponse } from '../../server/contract/documents.ts';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.ts';

// The shipped plans with real laws, regulations and notices beside them, under their published names.
const EXTRA_DIR = join(FIXTURES_DIR, 'corpus-extra');
const dir = mkdtempSync(join(tmpdir(), 'zhengce-real-'));
for (const from of [CORPUS_DIR, EXTRA_DIR])
  for (const name of readdirSync(from).filter((n) => /\.(txt|md|json)$/.test(n) && n.toLowerCase() !== 'readme.md'))
    copyFileSync(join(from, name), join(dir, name));
const { data, report } = await buildIndex(dir, undefined, { thread: false });
const store = new IndexStore(data);
const app = createApp({ index: () => store, logger: pino({ level: 'silent' }) });
const permalinks = JSON.parse(readFileSync(join(FIXTURES_DIR, 'permalinks', 'shipped-corpus.json'), 'utf8')) as Record<
  string,
  string
>;

describe('the shipped corpus with real documents of other kinds added under their own names', () => {
  it('builds and serves every file, each under an id of its own that says what it is', async () => {
    const files = readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n));
    expect(report.documents).toHaveLength(files.length);
    expect(report.skipped).toEqual([]);
    const res = await request(app).get('/api/documents').expect(200);
    // Their metadata (categories, dates, versions, notices) is what the contract says.
    DocumentListResponse.parse(res.body);
    const ids = (res.body as { documents: Array<{ meta: { id: string } }> }).documents.map((d) => d.meta.id);
    expect(new Set(ids).size).toBe(files.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,63}$/);
  });

  it('still opens every clause id of the shipped corpus on the same text (permalinks hold)', () => {
    const byId = new Map(data.clauses.map((c) => [c.id, c.text]));
    for (const [id, text] of Object.entries(permalinks)) expect({ id, text: byId.get(id) }).toEqual({ id, text });
  });

  it('finds the first paragraph of every article by a quoted search of its opening words', async () => {
    const firsts = data.clauses.filter((c) => /^第[一二三四五六七八九十百零]+条$/.test(c.label.replace(/第.款$/, '')));
    const opening = firsts.filter((c) => /\/a\d+(\.p1)?$/.test(c.id));
    expect(opening.length).toBeGreaterThan(300);
    // Every fifth article of each document, searched by 12 characters after its number.
    const sample = opening.filter((_, k) => k % 5 === 0);
    for (const c of sample) {
      const words = c.text.replace(/^第[一二三四五六七八九十百零]+条[\s\u3000]*/, '').slice(0, 12);
      const res = await request(app)
        .get('/api/search')
        .query({ q: `"${words}"`, doc: c.docId, limit: 50 })
        .expect(200);
      const hits = (res.body as { hits: Array<{ id: string }> }).hits.map((h) => h.id);
      expect({ words, found: hits.includes(c.id) }).toEqual({ words, found: true });
    }
  });

  it('finds a heading line that no clause holds by a quoted search', async () => {
    const headed = data.clauses.filter((c) => c.lead && /^第[一二三四五六七八九十]+章/.test(c.lead));
    expect(headed.length).toBeGreaterThan(20);
    for (const c of headed.slice(0, 10)) {
      const title = (c.lead as string).split('\n')[0]?.replace(/^第[一二三四五六七八九十]+章[\s\u3000]*/, '') as string;
      const res = await request(app)
        .get('/api/search')
        .query({ q: `"${title}"`, doc: c.docId, limit: 50 })
        .expect(200);
      expect((res.body as { hits: Array<{ id: string }> }).hits.map((h) => h.id)).toContain(c.id);
    }
  });

  it('labels paragraphs and items as a lawyer cites them, with the chapter in the section path', async () => {
    const items = data.clauses.filter((c) =>
      /^第[一二三四五六七八九十百]+条第[一二三四五六七八九十]+款第（[一二三四五六七八九十]+）项$/.test(c.label),
    );
    expect(items.length).toBeGreaterThan(10);
    const item = items[0] as (typeof items)[number];
    const res = await request(app).get(`/api/clauses/${item.id}`).expect(200);
    const clause = ClauseResponse.parse(res.body);
    expect(clause.label).toBe(item.label);
    expect(clause.section.some((s) => /^第[一二三四五六七八九十]+章/.test(s))).toBe(true);
    expect(clause.label).not.toMatch(/章/);
  });

  it('keeps no markup comment, crawler line or link list as a clause', () => {
    for (const c of data.clauses) expect(c.text).not.toMatch(/<!--|-->|发布日期[:：]|检索时间|原文链接|^-\s*\[|\]\(/);
  });
});
