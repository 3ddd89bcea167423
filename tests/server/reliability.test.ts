import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readContainerHeader } from '../../indexer/store/index-file.ts';
import { IndexLoadError } from '../../indexer/store/persist.ts';
import { highlightText } from '../../server/search/highlight.ts';
import { LiveIndex } from '../../server/search/live-index.ts';
import { openIndex } from '../../server/search/open-index.ts';
import { parseQuery } from '../../server/search/expand.ts';
import { searchClauses } from '../../server/search/search-service.ts';
import { ask } from '../../server/qa/answer.ts';
import { CORPUS_DIR, corpusIndex } from '../helpers/corpus-index.ts';
import { INDEX_PATH, LEXICON_PATH } from '../helpers/paths.ts';
import { testApp } from '../helpers/test-app.ts';
import { unmark } from '../helpers/html.ts';
import { checkContract } from '../helpers/api.ts';

const { store } = corpusIndex();
// Hostile text: any Unicode, lone surrogates, controls and bidi marks, emoji, regex characters,
// unbalanced quotes, punctuation or stop words only, broken percent sequences, very long strings.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  // eslint-disable-next-line no-control-regex -- control characters are the point of this generator
  fc.stringMatching(/^[\u0000-\u001f\u202a-\u202e\u2066-\u2069\ud800-\udfff"“”()*+?.\\|[\]{}^$%-]{1,40}$/),
  fc.constantFrom(
    '的了和',
    '，。！？',
    '"unbalanced',
    'OR OR -',
    '%E0%A4%A',
    '😀🏥💊',
    'province: doc:',
    '一致性评价'.repeat(2000),
  ),
);
// Percent-encodes every byte of the UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it).
const enc = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

describe('hostile input', () => {
  it('never makes the query parser, search or ask throw anything but a client error', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const parsed = parseQuery(q, { context: store.queryContext() });
        searchClauses(store, parsed, { province: [], doc: [], limit: 10, offset: 0 });
        ask(store, q.slice(0, 200));
      }),
      { numRuns: 200 },
    );
  });

  it('always gives a highlight that round-trips to the text', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { maxLength: 4 }), (text, needles) => {
        expect(unmark(highlightText(text, needles).highlight)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('never answers 5xx over HTTP, for search, ask, clauses and targets', async () => {
    const app = testApp();
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        for (const path of [
          `/api/search?q=${enc(q)}`,
          `/api/ask?q=${enc(q)}`,
          `/api/clauses/${enc(q)}`,
          `/api/targets?metric=${enc(q.slice(0, 60))}`,
          `/api/search?q=${enc(q).replace(/%25/g, '%')}`,
        ]) {
          const res = await request(app).get(path);
          expect(res.status, path).toBeLessThan(500);
          // 431: the URL is over Node's header limit, refused before the app sees it.
          if (res.status !== 431) checkContract(path, res);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers 429 with Retry-After and a JSON body past the rate limit', async () => {
    const app = testApp({ rateLimitPerMinute: 3 });
    for (let k = 0; k < 3; k++) expect((await request(app).get('/api/documents')).status).toBe(200);
    const res = await request(app).get('/api/documents');
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body.error.code).toBe('RATE_LIMITED');
    // Health checks are never held back.
    expect((await request(app).get('/api/health')).status).toBe(200);
  });

  it('refuses a chunked request body of unknown length with 413', async () => {
    const server = testApp().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path: '/api/search?q=a', method: 'GET' }, (r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.setHeader('Transfer-Encoding', 'chunked');
      req.write('x'.repeat(100));
      req.end();
    });
    server.close();
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a request body with 413', async () => {
    const res = await request(testApp())
      .get('/api/search?q=a')
      .set('Content-Type', 'text/plain')
      .send('x'.repeat(5000));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('faults in the index', () => {
  // A byte of a part read at open (the normalised texts); a part read later is checked in the
  // background instead (tests/indexer/open-index-file.test.ts).
  const damaged = () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-damaged-'));
    const raw = readFileSync(INDEX_PATH);
    const part = readContainerHeader(INDEX_PATH)?.sections.find((s) => s.name === 'normalized');
    const at = (part?.offset ?? 0) + 10;
    raw[at] = raw[at] === 0x31 ? 0x32 : 0x31;
    writeFileSync(join(dir, 'index.zci'), raw);
    copyFileSync(LEXICON_PATH, join(dir, 'lexicon.json'));
    return dir;
  };

  it('rebuilds a damaged index at start, saying why', async () => {
    const dir = damaged();
    const opened = await openIndex({
      corpusDir: CORPUS_DIR,
      indexPath: join(dir, 'index.zci'),
      lexiconPath: join(dir, 'lexicon.json'),
      rebuild: 'auto',
    });
    expect(opened.source).toBe('built');
    expect(opened.reason).toMatch(/checksum/);
    expect(opened.store.clauses.length).toBe(store.clauses.length);
  });

  it('derives a missing lexicon at start, with the senses of the corpus words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-no-lexicon-'));
    copyFileSync(INDEX_PATH, join(dir, 'index.zci'));
    const opened = await openIndex({
      corpusDir: CORPUS_DIR,
      indexPath: join(dir, 'index.zci'),
      lexiconPath: join(dir, 'lexicon.json'),
      rebuild: 'auto',
    });
    expect(opened.lexiconProblem).toBeUndefined();
    expect(opened.lexiconMs).toEqual(expect.any(Number));
    // As the one of data/, which the indexer derived: the same words, senses and readings.
    expect(opened.store.lexicon?.words.size).toBe(store.lexicon?.words.size);
    expect(opened.store.lexicon?.words.size).toBeGreaterThan(1000);
  }, 60_000);

  it('refuses to start on a damaged index when told not to rebuild', async () => {
    const dir = damaged();
    await expect(
      openIndex({
        corpusDir: CORPUS_DIR,
        indexPath: join(dir, 'index.zci'),
        lexiconPath: join(dir, 'lexicon.json'),
        rebuild: 'never',
      }),
    ).rejects.toThrow(IndexLoadError);
  });

  it('swaps in a rebuilt index when a document is added, and keeps the old one when the corpus is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-live-'));
    const corpus = join(dir, 'corpus');
    const name = 'jilin-2021-pharma-strong-province-opinions';
    (await import('node:fs')).mkdirSync(corpus);
    for (const ext of ['.txt', '.meta.json'])
      copyFileSync(join(CORPUS_DIR, `${name}${ext}`), join(corpus, `${name}${ext}`));
    const options = {
      corpusDir: corpus,
      indexPath: join(dir, 'index.zci'),
      lexiconPath: join(dir, 'lexicon.json'),
      rebuild: 'auto' as const,
    };
    const live = new LiveIndex((await openIndex(options)).store, options, pino({ level: 'silent' }));
    const before = live.current();
    expect(before.documents.size).toBe(1);
    copyFileSync(join(CORPUS_DIR, 'jiangxi-2023-pharma-chain-action-plan.txt'), join(corpus, 'new-plan.txt'));
    expect(await live.reload()).toBe(true);
    expect(live.current().documents.size).toBe(2);
    // A corpus that lost most of its documents (an unmounted share): the indexer refuses, the server
    // keeps the last good index. (Two documents with one id are no longer bad: one is renamed.)
    const { rmSync } = await import('node:fs');
    for (const file of [`${name}.txt`, 'new-plan.txt']) rmSync(join(corpus, file));
    const good = live.current();
    expect(await live.reload()).toBe(false);
    expect(live.current()).toBe(good);
    expect(
      searchClauses(live.current(), parseQuery('一致性评价'), { province: [], doc: [], limit: 10, offset: 0 }).total,
    ).toBeGreaterThan(0);
  }, 120_000);
});
