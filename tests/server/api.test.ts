import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http/http-server.ts';
import request from 'supertest';
import { api } from '../helpers/api.ts';
import { testApp } from '../helpers/test-app.ts';

const app = testApp();
const { get } = api(app);
const expectError = async (path: string, status: number, code: string) => {
  const res = await get(path);
  expect(res.status).toBe(status);
  expect(res.type).toBe('application/json');
  expect(res.body.error.code).toBe(code);
  expect(typeof res.body.error.message).toBe('string');
  expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  return res.body.error;
};

describe('GET /api/search', () => {
  it('returns ranked hits with query, total, tookMs, facets and marked highlights', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('一致性评价')}`);
    expect(res.status).toBe(200);
    expect(res.body.query).toMatchObject({
      q: '一致性评价',
      terms: ['一致性评价'],
      phrases: ['一致性评价'],
      excluded: [],
      mode: 'exact',
    });
    expect(res.body.total).toBe(9);
    expect(typeof res.body.tookMs).toBe('number');
    expect(res.body.facets.province).toMatchObject({ 江苏: 3, 吉林: 2, 浙江: 2, 江西: 1, 四川: 1 });
    const hit = res.body.hits.find((h: { id: string }) => h.id === 'jilin-2021/3.2.7');
    expect(hit).toMatchObject({
      label: '三、（二）7.',
      section: ['三、重点任务', '（二）精准定位发展方向，推进产业优化升级'],
      province: '吉林',
      doc: { id: 'jilin-2021', province: '吉林' },
    });
    expect(hit.highlight).toContain('以化学药<mark>一致性评价</mark>为契机');
  });

  it('accepts province as 浙江省 or Zhejiang and several separated by commas', async () => {
    const res = await get(
      `/api/search?q=${encodeURIComponent('一致性评价')}&province=${encodeURIComponent('Zhejiang,江苏省')}`,
    );
    expect(res.body.total).toBe(5);
    expect(res.body.query.filters.province).toEqual(['浙江', '江苏']);
  });

  it('returns 400 EMPTY_QUERY when q is missing or blank', async () => {
    await expectError('/api/search', 400, 'EMPTY_QUERY');
    await expectError('/api/search?q=', 400, 'EMPTY_QUERY');
    await expectError('/api/search?q=%20%E3%80%80', 400, 'EMPTY_QUERY');
  });

  it('returns 400 QUERY_TOO_LONG when q is over 200 characters', async () => {
    const error = await expectError(`/api/search?q=${encodeURIComponent('药'.repeat(201))}`, 400, 'QUERY_TOO_LONG');
    expect(error.details).toEqual({ length: 201, max: 200 });
    expect((await get(`/api/search?q=${encodeURIComponent('药'.repeat(200))}`)).status).toBe(200);
  });

  it('returns 400 INVALID_PARAMETER for a limit or offset out of range or not an integer', async () => {
    for (const bad of ['limit=0', 'limit=51', 'limit=abc', 'limit=2.5', 'offset=-1', 'offset=x', 'limit=1&limit=2']) {
      await expectError(`/api/search?q=a&${bad}`, 400, 'INVALID_PARAMETER');
    }
  });

  it('returns 400 INVALID_PARAMETER for an unknown parameter or q given twice', async () => {
    await expectError('/api/search?q=a&colour=red', 400, 'INVALID_PARAMETER');
    await expectError('/api/search?q=a&q=b', 400, 'INVALID_PARAMETER');
  });

  it('returns 400 UNKNOWN_PROVINCE and UNKNOWN_DOCUMENT listing the valid values', async () => {
    const province = await expectError('/api/search?q=a&province=Atlantis', 400, 'UNKNOWN_PROVINCE');
    expect(province.details.valid).toEqual(expect.arrayContaining(['浙江', '江苏', '江西', '吉林', '四川', '巴中']));
    const doc = await expectError('/api/search?q=a&doc=nope', 400, 'UNKNOWN_DOCUMENT');
    expect(doc.details.valid).toHaveLength(5);
  });

  it('answers strange queries with 200, never 500: bad percent-encoding, regex characters, quotes', async () => {
    for (const q of ['%E0%A4%A', '%', '((("[.*+?', '"unbalanced', '-', 'OR', '\u202E', '%F0%9F%98%80']) {
      const res = await get(`/api/search?q=${q}`);
      expect(res.status, q).toBeLessThan(500);
    }
  });
});

describe('GET /api/clauses/:id', () => {
  it('returns the clause with its section path and the previous and next clause ids', async () => {
    const res = await get('/api/clauses/jilin-2021/3.2.7');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'jilin-2021/3.2.7',
      label: '三、（二）7.',
      previous: 'jilin-2021/3.2.6',
      next: 'jilin-2021/3.2.8',
      doc: { id: 'jilin-2021', issued: '2021-12-15' },
    });
  });

  it('reads a part id with # sent as %23', async () => {
    const res = await get('/api/clauses/zhejiang-2021/3.1.2%232');
    expect(res.status).toBe(200);
    expect(res.body.part).toEqual({ index: 2, count: 2 });
  });

  it('returns 404 NOT_FOUND for an unknown id, and for path traversal attempts', async () => {
    await expectError('/api/clauses/jilin-2021/9.9.9', 404, 'NOT_FOUND');
    await expectError('/api/clauses/..%2F..%2Fetc%2Fpasswd', 404, 'NOT_FOUND');
  });

  it('returns 400 BAD_REQUEST for an id that is not valid percent-encoding', async () => {
    await expectError('/api/clauses/%E0%A4%A', 400, 'BAD_REQUEST');
  });
});

describe('query strings that do not decode', () => {
  it.each([
    ['a cut-off UTF-8 sequence in q', '/api/search?q=%E4%B8', 'q'],
    ['a stray percent sign', '/api/ask?q=100%', 'q'],
    ['bytes that are not UTF-8', '/api/search?q=%FF%FE', 'q'],
    ['a malformed value of another parameter', '/api/search?q=a&province=%E6%B5', 'province'],
    ['a malformed parameter name', '/api/targets?%E6=1', '%E6'],
  ])('refuse %s with BAD_REQUEST naming the parameter', async (_what, path, parameter) => {
    const error = await expectError(path, 400, 'BAD_REQUEST');
    expect(error.message).toBe(`${parameter}: malformed percent-encoding`);
  });

  it('still read + as a space and an encoded percent sign as itself', async () => {
    const res = await get('/api/search?q=%E4%B8%80%E8%87%B4%E6%80%A7+%E8%AF%84%E4%BB%B7');
    expect(res.status).toBe(200);
    expect((await get('/api/search?q=100%25')).status).toBe(200);
  });
});

describe('GET /api/documents', () => {
  it('lists every document with metadata and counts', async () => {
    const res = await get('/api/documents');
    expect(res.body.documents).toHaveLength(5);
    const jilin = res.body.documents.find((d: { meta: { id: string } }) => d.meta.id === 'jilin-2021');
    expect(jilin).toMatchObject({ clauseCount: 45, sectionCount: 43, meta: { region: { zh: '吉林', en: 'Jilin' } } });
  });

  it('returns a whole document with its outline and clauses, or 404', async () => {
    const res = await get('/api/documents/zhejiang-2021');
    expect(res.body.outline[0]).toMatchObject({ depth: 0, label: '一、', title: '现实基础与发展环境' });
    expect(res.body.clauses.length).toBe(res.body.clauseCount);
    expect(res.body.text.slice(res.body.clauses[3].start, res.body.clauses[3].end)).toBe(res.body.clauses[3].text);
    await expectError('/api/documents/nope', 404, 'NOT_FOUND');
  });
});

describe('GET /api/gloss', () => {
  it('gives the words of a clause, cut as the index cuts them, with pinyin and English', async () => {
    const res = await get(`/api/gloss?clause=${encodeURIComponent('jilin-2021/3.2.7')}`);
    expect(res.status).toBe(200);
    const word = res.body.words.find((w: { text: string }) => w.text === '一致性评价');
    // 一 before a fourth tone is read yí (tone sandhi): the reading, not the dictionary tone.
    expect(word).toMatchObject({ pinyin: 'yí zhì xìng píng jià', source: 'glossary' });
    expect(word.en[0]).toBe('consistency evaluation');
    expect(res.body.words.some((w: { source: string }) => w.source === 'dictionary')).toBe(true);
  });

  it('takes its documented 2,000 characters of Chinese in the URL, through the server main.ts runs', async () => {
    const server = api(createHttpServer(app));
    const text = '国家组织药品集中带量采购中选结果'.repeat(125);
    expect(text).toHaveLength(2000);
    const res = await server.get(`/api/gloss?text=${encodeURIComponent(text)}`);
    expect(res.status).toBe(200);
    expect(res.body.words.map((w: { text: string }) => w.text).join('')).toBe(text);
    const over = await server.get(`/api/gloss?text=${encodeURIComponent(`${text}药`)}`);
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'INVALID_PARAMETER', message: expect.stringMatching(/^text: /) });
  });

  it('answers 404 for an unknown clause and 400 without text or clause', async () => {
    await expectError('/api/gloss?clause=nope', 404, 'NOT_FOUND');
    await expectError('/api/gloss', 400, 'INVALID_PARAMETER');
  });

  it('gives several clauses their key terms in English, rarest first, and their section paths', async () => {
    const ids = ['jilin-2021/3.2.7', 'jiangxi-2023/1.2.p1'];
    const res = await get(`/api/gloss?clauses=${encodeURIComponent(ids.join(','))}`);
    expect(res.status).toBe(200);
    expect(res.body.clauses.map((c: { id: string }) => c.id)).toEqual(ids);
    const [jilin, jiangxi] = res.body.clauses;
    expect(jilin.terms.length).toBeLessThanOrEqual(6);
    expect(jilin.terms).toContainEqual({
      zh: '专利保护',
      en: 'patent protection',
      pinyin: 'zhuān lì bǎo hù',
      source: 'glossary',
    });
    // The heading 三、重点任务 is a glossary entry; （二）精准定位… has words the glossary lacks, glossed
    // word by word with the dictionary senses the corpus uses.
    expect(jilin.section[0]).toMatchObject({ zh: '三、重点任务', label: '三、', en: 'key tasks' });
    expect(jilin.section[1].en).toMatch(/^[^\p{Script=Han}]+$/u);
    expect(jiangxi.section.map((s: { en?: string }) => s.en)).toEqual(['general requirements', 'main targets']);
  });

  it('puts phrases into English where the glossary or the metric heads cover them', async () => {
    const phrases = ['企业数', '二、主攻方向和发展路径', '中药产业链营业收入', '规模超10亿元的工业企业'];
    const res = await get(`/api/gloss?phrases=${encodeURIComponent(phrases.join('|'))}`);
    expect(res.body.phrases.map((p: { en?: string }) => p.en)).toEqual([
      'enterprises',
      'main directions and development path',
      'traditional chinese medicine industrial chain operating revenue',
      undefined,
    ]);
  });

  it('refuses two kinds of request at once, and more clauses than a page of results', async () => {
    await expectError('/api/gloss?clause=jilin-2021%2F3.2.7&text=x', 400, 'INVALID_PARAMETER');
    const many = Array.from({ length: 51 }, () => 'jilin-2021/3.2.7').join(',');
    await expectError(`/api/gloss?clauses=${encodeURIComponent(many)}`, 400, 'INVALID_PARAMETER');
    await expectError(`/api/gloss?clauses=${encodeURIComponent('jilin-2021/3.2.7,nope')}`, 404, 'NOT_FOUND');
  });
});

describe('the rest of the API', () => {
  it('reports health', async () => {
    const res = await get('/api/health');
    expect(res.body).toMatchObject({ status: 'ok', documents: 5, clauses: 290 });
    expect(res.body.indexVersion).toMatch(/^v\d+-/);
  });

  it('answers an unknown path with a JSON 404', async () => {
    await expectError('/api/nothing', 404, 'NOT_FOUND');
    await expectError('/nothing', 404, 'NOT_FOUND');
  });

  it('gives a browser the page for an unknown page path, with status 404 (the page says so)', async () => {
    const page = await request(app).get('/nonsense').set('Accept', 'text/html,application/xhtml+xml');
    expect(page.status).toBe(404);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('<div id="app">');
    const api = await get('/api/nonsense', { Accept: 'text/html' });
    expect(api.type).toBe('application/json');
    const file = await get('/missing.js', { Accept: '*/*' });
    expect(file.type).toBe('application/json');
  });

  it('serves the page with a Content-Security-Policy without unsafe-inline', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="app">');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});
