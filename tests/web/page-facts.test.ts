// The home page's account of the corpus, the reader's official-source link, and a busy or rate-limited server,
// in chromium in both languages. The source link and the failures are synthetic answers the test puts on the
// real API's route (no document of the corpus states a source; the real server is not made busy).
import { describe, expect, it } from 'vitest';
import type { DocumentListResponse, DocumentResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const enc = encodeURIComponent;
const LOCALES = [
  ['zh-CN', 1280],
  ['en-US', 390],
] as const;

describe('the home page', () => {
  for (const [locale, width] of LOCALES)
    it(`says what the corpus holds: documents, clauses, regions, kinds, dates (${locale}, ${width} px)`, async () => {
      const list = await f.json<DocumentListResponse>('/api/documents');
      const clauses = list.documents.reduce((n, d) => n + d.clauseCount, 0);
      const zh = locale === 'zh-CN';
      const page = await f.reopen({ locale, width });
      await page.goto(f.base());
      const box = page.locator('.corpus-summary');
      await expect.poll(() => box.count()).toBe(1);
      expect(await box.locator('h2').innerText()).toBe(zh ? '文件库收录' : 'What the corpus holds');
      const fact = (k: string) => box.locator(`[data-fact="${k}"] dd`).innerText();
      expect(await fact('documents')).toBe(String(list.documents.length));
      expect((await fact('clauses')).replace(/,/g, '')).toBe(String(clauses));
      const regions = await fact('regions');
      for (const d of list.documents) expect(regions).toContain(zh ? d.meta.region.zh : d.meta.region.en);
      expect(await fact('kinds')).not.toBe('');
      const issued = list.documents.map((d) => d.meta.issued).filter((d): d is string => !!d);
      for (const d of issued) expect(await fact('dates')).toContain(d);
      const years = list.documents.flatMap((d) => [d.meta.period?.from, d.meta.period?.to]).filter((y) => !!y);
      if (years.length) expect(await fact('years')).toContain(String(Math.max(...(years as number[]))));
      await f.shot(`home-${locale}-${width}`);
      // Typing replaces it with the results; clearing the box brings it back.
      await page.locator('#q').fill('药');
      await expect.poll(() => page.locator('li.hit').count()).toBeGreaterThan(0);
      expect(await box.count()).toBe(0);
      await page.locator('#q').fill('');
      await expect.poll(() => page.locator('.corpus-summary').count()).toBe(1);
      expect(f.errors).toEqual([]);
    });
});

describe('the official source of a document', () => {
  for (const [locale, width] of LOCALES)
    it(`is linked from the reader, labelled, in a new tab without an opener (${locale}, ${width} px)`, async () => {
      const list = await f.json<DocumentListResponse>('/api/documents');
      const [withSource, without] = list.documents.map((d) => d.meta.id) as [string, string];
      const url = 'https://example.gov.cn/art/2021/9/1/art_1229_59.html';
      const page = await f.reopen({ locale, width });
      // The API's own answer for the document, with a source in its metadata.
      await page.route(`**/api/documents/${enc(withSource)}`, async (route) => {
        const res = await route.fetch();
        const body = (await res.json()) as DocumentResponse;
        await route.fulfill({ response: res, json: { ...body, meta: { ...body.meta, source: url } } });
      });
      await page.goto(`${f.base()}/doc/${enc(withSource)}`);
      const link = page.locator('.official-source a');
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe(url);
      expect(await link.getAttribute('rel')).toContain('noopener');
      expect(await link.getAttribute('target')).toBe('_blank');
      const text = await page.locator('.official-source').innerText();
      expect(text).toContain(locale === 'zh-CN' ? '官方来源：example.gov.cn' : 'Official source: example.gov.cn');
      await f.shot(`reader-source-${locale}-${width}`);
      // A document without a source has no such link.
      await page.goto(`${f.base()}/doc/${enc(without)}`);
      await expect.poll(() => page.locator('h1#doc-title').count()).toBe(1);
      expect(await page.locator('.official-source').count()).toBe(0);
    });
});

describe('a busy or rate-limited server', () => {
  const busy = (code: 'SERVER_BUSY' | 'RATE_LIMITED', status: number) => ({
    status,
    headers: { 'Retry-After': '2' },
    json: { error: { code, message: 'synthetic, from the test' } },
  });

  for (const [locale, width] of LOCALES)
    it(`says so in the page's language and answers on retry: Ask and search (${locale}, ${width} px)`, async () => {
      const zh = locale === 'zh-CN';
      const page = await f.reopen({ locale, width });
      let refused = 0;
      await page.route('**/api/ask?**', async (route) => {
        if (refused++ === 0) return route.fulfill(busy('SERVER_BUSY', 503));
        return route.fallback();
      });
      await page.goto(`${f.base()}/?mode=ask&q=${enc('江西省医药产业链营业收入目标是多少？')}`);
      const retry = page.locator('button.retry');
      await expect.poll(() => retry.count()).toBe(1);
      expect(await page.locator('.status').innerText()).toBe(
        zh
          ? '服务器正忙于回答其他问题，请 2 秒后重试。'
          : 'The server is busy answering other questions; try again in 2 seconds.',
      );
      expect(await retry.innerText()).toBe(zh ? '重试' : 'Try again');
      await f.shot(`busy-${locale}-${width}`);
      await retry.click();
      await expect.poll(() => page.locator('.answer-card, .answer, .declined').count()).toBeGreaterThan(0);
      expect(await page.locator('button.retry').count()).toBe(0);
      expect(await page.locator('.status').innerText()).not.toContain(zh ? '正忙' : 'busy');

      let limited = 0;
      await page.route('**/api/search?**', async (route) => {
        if (limited++ === 0) return route.fulfill(busy('RATE_LIMITED', 429));
        return route.fallback();
      });
      await page.goto(`${f.base()}/?q=${enc('一致性评价')}`);
      await expect.poll(() => page.locator('button.retry').count()).toBe(1);
      expect(await page.locator('.status').innerText()).toBe(
        zh ? '请求过于频繁，请 2 秒后重试。' : 'Too many requests from this address; try again in 2 seconds.',
      );
      await page.locator('button.retry').click();
      await expect.poll(() => page.locator('li.hit').count()).toBeGreaterThan(0);
    });

  it('offers a retry on the targets page too (503, English)', async () => {
    const page = await f.reopen({ locale: 'en-US' });
    let refused = 0;
    await page.route('**/api/targets?**', async (route) => {
      if (refused++ === 0) return route.fulfill(busy('SERVER_BUSY', 503));
      return route.fallback();
    });
    await page.goto(`${f.base()}/targets`);
    await expect.poll(() => page.locator('button.retry').count()).toBe(1);
    expect(await page.locator('[role=alert]').innerText()).toContain('The server is busy');
    await page.locator('button.retry').click();
    await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(0);
  });
});
