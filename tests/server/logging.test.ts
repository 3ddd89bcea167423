import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { REDACT_PATHS, createServerLog } from '../../server/logging.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();

function capturedApp(level = 'info'): { app: ReturnType<typeof createApp>; lines: () => Array<Record<string, any>> } {
  const out: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (out.push(String(chunk)), done()) });
  const logger = pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
  const app = createApp({ index: () => store, logger });
  return {
    app,
    lines: () =>
      out
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe('the access log', () => {
  it('writes one short line per request: method, path, status, ms and id, never a header', async () => {
    const { app, lines } = capturedApp();
    const res = await request(app)
      .get('/api/search?q=%E4%B8%80%E8%87%B4%E6%80%A7%E8%AF%84%E4%BB%B7')
      .set('Authorization', 'Bearer secret-token')
      .set('Cookie', 'session=secret-cookie')
      .set('X-Request-Id', 'req-42');
    expect(res.status).toBe(200);
    const [line, ...more] = lines();
    expect(more).toHaveLength(0);
    expect(line).toMatchObject({
      level: 30,
      id: 'req-42',
      req: { method: 'GET', path: '/api/search' },
      res: { status: 200 },
    });
    expect(typeof line?.ms).toBe('number');
    const raw = JSON.stringify(line);
    expect(raw).not.toMatch(/secret|headers|authorization|cookie|user-agent|一致性/i);
  });

  it('gives each request without an id of its own a distinct one, sent back and logged', async () => {
    const { app, lines } = capturedApp();
    const a = await request(app).get('/api/health');
    const b = await request(app).get('/api/health');
    const ids = [a.headers['x-request-id'], b.headers['x-request-id']];
    expect(ids[0]).toMatch(/^[\w.-]{1,64}$/);
    expect(ids[1]).not.toBe(ids[0]);
    expect(lines().map((l) => l.id)).toEqual(ids);
  });

  it('writes no line for an answered request at level warn, and the line of a server fault', async () => {
    const { app, lines } = capturedApp('warn');
    expect((await request(app).get('/api/health')).status).toBe(200);
    expect(lines()).toHaveLength(0);
    const out: string[] = [];
    const failing = createApp({
      index: () => {
        throw new Error('boom');
      },
      logger: pino({ level: 'warn' }, new Writable({ write: (c, _e, done) => (out.push(String(c)), done()) })),
    });
    const res = await request(failing).get('/api/health').set('X-Request-Id', 'req-7');
    expect(res.status).toBe(500);
    const logged = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.map((l) => l.level)).toEqual([50, 50]);
    expect(logged.every((l) => l.id === 'req-7')).toBe(true);
    expect(logged[1]).toMatchObject({ req: { method: 'GET', path: '/api/health' }, res: { status: 500 } });
  });

  it('logs a server fault with its stack, and the client gets none', async () => {
    const out: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (out.push(String(chunk)), done()) });
    const app = createApp({
      index: () => {
        throw new Error('boom in the index');
      },
      logger: pino({ level: 'info' }, sink),
    });
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('boom');
    const logged = out.join('');
    expect(logged).toContain('boom in the index');
    expect(logged).toMatch(/"stack":"Error: boom in the index\\n\s+at /);
  });

  it('redacts authorization and cookie wherever they appear in a line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-log-'));
    const path = join(dir, 'log.jsonl');
    const { logger } = createServerLog({ level: 'info', fd: openSync(path, 'w') });
    logger.info({ headers: { authorization: 'a', cookie: 'b' }, req: { headers: { 'set-cookie': 'c' } } }, 'x');
    logger.flush();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        const text = readFileSync(path, 'utf8');
        expect(text).toContain('[redacted]');
        expect(text).not.toMatch(/"(a|b|c)"/);
        resolve();
      }, 200),
    );
  });
});
