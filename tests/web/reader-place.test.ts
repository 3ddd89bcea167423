import { describe, expect, it } from 'vitest';
import type { DocumentResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const enc = encodeURIComponent;

// A clause deep in a long document, under a heading of its own that is not the first clause's.
async function deepClause(): Promise<{ doc: DocumentResponse; id: string; item: string }> {
  const doc = await f.json<DocumentResponse>('/api/documents/jilin-2021');
  const entries = doc.outline.filter((o) => o.firstClause);
  const index = new Map(doc.clauses.map((c, k) => [c.id, k]));
  const k = Math.floor(doc.clauses.length * 0.6);
  const clause = doc.clauses.slice(k).find((c) => c.kind !== 'row' && !entries.some((o) => o.firstClause === c.id));
  if (!clause) throw new Error('no clause past the first of its heading');
  // Its own outline item: the last heading starting at or before it.
  const own = entries.filter((o) => (index.get(o.firstClause as string) ?? 0) <= (index.get(clause.id) ?? 0)).pop();
  return { doc, id: clause.id, item: own?.title ?? '' };
}

const targetTop = (page: ReturnType<typeof f.page>) =>
  page.evaluate(() => document.querySelector('.clause.target')?.getBoundingClientRect().top ?? NaN);

describe('the reader keeps its place', () => {
  for (const [locale, width] of [
    ['zh-CN', 1280],
    ['en-US', 390],
  ] as const) {
    it(`marks the clause's own outline item on a permalink, and keeps the clause in view across Back and Forward (${locale}, ${width} px)`, async () => {
      const { id, item } = await deepClause();
      const page = await f.reopen({ locale, width });
      await page.goto(`${f.base()}/doc/jilin-2021#${enc(id)}`);
      await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
      const height = page.viewportSize()?.height ?? 900;
      const inView = async () => {
        const top = await targetTop(page);
        return top >= 0 && top < height - 40;
      };
      expect(await inView()).toBe(true);
      if (width > 800)
        await expect
          .poll(() => page.locator('nav.outline [aria-current="location"]').innerText())
          .toContain(item.slice(0, 6));
      // To the targets table and back: the clause is where it was.
      const before = await targetTop(page);
      await page.locator('.top-nav a[href="/targets"]').click();
      await expect.poll(() => page.locator('table, .target-card').count()).toBeGreaterThan(0);
      await page.goBack();
      await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
      await expect.poll(inView).toBe(true);
      expect(Math.abs((await targetTop(page)) - before)).toBeLessThan(60);
      await f.shot(`reader-after-back-${locale}-${width}`);
      await page.goForward();
      await page.goBack();
      await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
      await expect.poll(inView).toBe(true);
    });
  }

  it('keeps the clause in view when the reading aid is switched on and off (English)', async () => {
    const { id } = await deepClause();
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(`${f.base()}/doc/jilin-2021#${enc(id)}`);
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    const before = await targetTop(page);
    await page.locator('button.aid-switch').click();
    await expect.poll(() => page.locator('.clause.target ruby').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    expect(Math.abs((await targetTop(page)) - before)).toBeLessThan(40);
    await page.locator('button.aid-switch').click();
    await expect.poll(() => page.locator('.clause.target ruby').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(Math.abs((await targetTop(page)) - before)).toBeLessThan(40);
  });
});
