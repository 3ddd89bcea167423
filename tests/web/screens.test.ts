// The main states at 1280 and 390 px in both languages, saved to tests/artifacts for a person to look at:
// search, a table-row hit and its citation, Ask (answer, comparison, decline), targets, the reader after Back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentListResponse, SearchResponse } from '../../server/contract/index.ts';
import { ARTIFACTS } from '../helpers/browser.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const enc = encodeURIComponent;

const STATES = [
  { name: 'search', path: `/?q=${enc('一致性评价')}`, ready: 'li.hit' },
  {
    name: 'ask-answer',
    path: `/?mode=ask&q=${enc('江西省到2026年力争培育多少个智能化工厂？')}`,
    ready: '.answer-text',
  },
  {
    name: 'ask-compare',
    path: `/?mode=ask&q=${enc('各省分别有多少家企业入选“中国医药工业（企业）百强”？')}`,
    ready: 'table.compare-table',
  },
  { name: 'targets', path: '/targets', ready: 'table.targets tbody tr' },
] as const;

// Nothing wider than the window: long clauses and tables wrap or scroll in their own box.
const noSideScroll = async (width: number) =>
  expect(await f.page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('screenshots of the main states', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    for (const width of [1280, 390]) {
      const tag = `${locale}-${width}`;
      it(`shows search, an answer, a comparison and the targets (${tag}) with no horizontal scroll`, async () => {
        const page = await f.reopen({ locale, width });
        for (const s of STATES) {
          await page.goto(`${f.base()}${s.path}`);
          await expect.poll(() => page.locator(s.ready).count()).toBeGreaterThan(0);
          await noSideScroll(width);
          await f.shot(`screen-${s.name}-${tag}`);
        }
      });

      it(`shows a declined question with the regions there are (${tag})`, async () => {
        const { documents } = await f.json<DocumentListResponse>('/api/documents');
        const held = new Set(documents.map((d) => d.meta.province));
        const none = ['广东', '山东', '河南', '湖北'].find((p) => !held.has(p)) as string;
        const page = await f.reopen({ locale, width });
        await page.goto(`${f.base()}/?mode=ask&q=${enc(`${none}省到2025年医药产业营业收入目标是多少？`)}`);
        await expect.poll(() => page.locator('ul.regions-there-are li').count()).toBeGreaterThan(0);
        await noSideScroll(width);
        await f.shot(`screen-ask-decline-${tag}`);
      });

      it(`shows a table-row hit and copies its citation (${tag})`, async () => {
        const r = await f.json<SearchResponse>(`/api/search?q=${enc('创新药生产批件')}`);
        const row = r.hits.find((h) => h.display);
        if (!row) throw new Error('no table row has 创新药生产批件');
        const page = await f.reopen({ locale, width });
        await page.goto(`${f.base()}/?q=${enc('创新药生产批件')}`);
        const item = page.locator(`li.hit[data-id="${row.id}"]`);
        await expect.poll(() => item.count()).toBe(1);
        await item.scrollIntoViewIfNeeded();
        await item.locator('button.cite').click();
        const citation = () => page.evaluate(() => navigator.clipboard.readText());
        await expect.poll(citation, { timeout: 10_000 }).toContain(row.display as string);
        writeFileSync(join(ARTIFACTS, `screen-citation-${tag}.txt`), `${await citation()}\n`);
        await noSideScroll(width);
        await f.shot(`screen-table-row-${tag}`);
      });

      it(`shows the reader at its clause after Back from the targets (${tag})`, async () => {
        const page = await f.reopen({ locale, width });
        await page.goto(`${f.base()}/?q=${enc('一致性评价')}`);
        const open = page.locator('li.hit a.open').nth(3);
        await expect.poll(() => open.count()).toBe(1);
        await open.click();
        await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
        await page.locator('.top-nav a[href="/targets"]').click();
        await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(0);
        await page.goBack();
        await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
        await page.waitForTimeout(300);
        const top = await page.locator('.clause.target').evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan((page.viewportSize()?.height ?? 900) - 40);
        await noSideScroll(width);
        await f.shot(`screen-reader-back-${tag}`);
      });
    }
});
