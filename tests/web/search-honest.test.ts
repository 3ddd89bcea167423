import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const QUERY = '合成生物学 创新';

const f = usePage();
const enc = encodeURIComponent;

describe('no complete hit under a filter', () => {
  for (const [locale, width] of [
    ['zh-CN', 1280],
    ['en-US', 390],
  ] as const) {
    it(`says so first, with where it is found whole, before the partial hits (${locale}, ${width} px)`, async () => {
      // 合成生物学 is written in some provinces' plans and not in 吉林's: 吉林 has only partial matches,
      // which hold 创新 (a partial match holds a word of the query).
      const r = await f.json<SearchResponse>(`/api/search?q=${enc(QUERY)}&province=${enc('吉林')}`);
      expect(r.query.complete).toBe(0);
      expect(r.total).toBeGreaterThan(0);
      const elsewhere = Object.entries(r.facets.complete?.province ?? {}).filter(([, n]) => n > 0);
      expect(elsewhere.length).toBeGreaterThan(0);
      const page = await f.reopen({ locale, width });
      await page.goto(`${f.base()}/?q=${enc(QUERY)}&province=${enc('吉林')}`);
      const note = page.locator('.none-here');
      await expect.poll(() => note.count()).toBe(1);
      const text = await note.innerText();
      expect(text).toMatch(
        locale === 'zh-CN'
          ? /^吉林没有完全匹配的条款；完全匹配见于 /
          : /^No clause in Jilin has the whole query; found whole in /,
      );
      expect(await note.locator('button[data-where]').count()).toBe(elsewhere.length);
      // Said before any hit: the note comes first in the page's order.
      const before = await page.evaluate(() => {
        const n = document.querySelector('.none-here');
        const hit = document.querySelector('li.hit');
        return !!n && !!hit && (n.compareDocumentPosition(hit) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before).toBe(true);
      await f.shot(`search-none-in-filter-${locale}-${width}`);
      // One click searches there instead.
      const [where] = elsewhere[0] as [string, number];
      await note.locator(`button[data-where="${where}"]`).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe(where);
      await expect.poll(() => page.locator('.none-here').count()).toBe(0);
    });
  }
});

describe('pasted text', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`cuts a paste longer than the limit and says it was cut (${locale})`, async () => {
      const page = await f.reopen({ locale });
      await page.goto(`${f.base()}/`);
      const long = '推动化学药集约化发展'.repeat(30);
      await page.locator('#q').fill(long);
      await expect.poll(() => page.locator('#q').inputValue()).toHaveLength(200);
      const note = await page.locator('.cut-note').innerText();
      expect(note).toContain('300');
      expect(note).toContain('200');
      if (locale === 'en-US') expect(note).toMatch(/only the first 200 are searched/);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(200);
    });
  }

  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`searches a pasted sentence as a sentence: its own clause first, a complete match (${locale})`, async () => {
      const r = await f.json<SearchResponse>(`/api/search?q=${enc('推动化学药集约化')}`);
      const clause = r.hits[0];
      if (!clause) throw new Error('no clause has 推动化学药集约化');
      // The first sentence of the clause with a comma or more, spaces dropped as a paste loses them.
      const sentence = (clause.text.match(/[^。；]*，[^。；]*[。；]/u)?.[0] ?? '').replace(/\s+/g, '');
      expect(sentence.length).toBeGreaterThan(10);
      const page = await f.reopen({ locale });
      await page.goto(`${f.base()}/`);
      await page.locator('#q').fill(sentence);
      await expect.poll(() => page.locator('li.hit').first().getAttribute('data-id')).toBe(clause.id);
      expect(await page.locator('li.hit').first().locator('.partial-note').count()).toBe(0);
      expect(await page.locator('.status').innerText()).not.toMatch(/没有完全匹配|No complete match/);
    });
});

describe('back to a longer list', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`shows as many hits as the user had (60), not a page more (${locale})`, async () => {
      const page = await f.reopen({ locale });
      await page.goto(`${f.base()}/?q=${enc('药')}`);
      await expect.poll(() => page.locator('li.hit').count()).toBe(10);
      await page.locator('button.more').click();
      await expect.poll(() => page.locator('li.hit').count()).toBe(60);
      await page.locator('li.hit a.open').nth(55).click();
      await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
      await page.goBack();
      await expect.poll(() => page.locator('li.hit').count()).toBe(60);
      await page.waitForTimeout(500);
      expect(await page.locator('li.hit').count()).toBe(60);
    });
});
