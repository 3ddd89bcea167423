import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);
const hits = () => f.page().locator('li.hit');

describe('back and forward between the pages', () => {
  it('returns from the reader to the search with its filter, and forward to the reader again', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    await page.locator('button.facet[data-facet="province"][data-value="浙江"]').click();
    await expect.poll(() => hits().count()).toBe(2);
    await hits().first().locator('a.open').click();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('.reader').count()).toBe(0);
    await expect.poll(() => hits().count()).toBe(2);
    expect(decodeURIComponent(page.url())).toContain('province=浙江');
    expect(await page.locator('#q').inputValue()).toBe('一致性评价');
    await page.goForward();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => hits().count()).toBe(2);
    // One more step back: the search before the filter.
    await page.goBack();
    await expect.poll(() => hits().count()).toBe(9);
    expect(f.errors).toEqual([]);
  });

  it('returns from a clause opened on the targets page to the targets, and forward again', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/targets`);
    await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(50);
    await page.locator('table.targets tbody tr a').first().click();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    expect(await page.locator('a.back').innerText()).toContain('返回目标表');
    await page.goBack();
    await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(50);
    await page.goForward();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    // The reader's own way back goes to the targets too.
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('table.targets').count()).toBe(1);
  });

  it("takes the reader's 返回检索 back to the search it came from, query and filter kept", async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}&province=${q('浙江')}`);
    await expect.poll(() => hits().count()).toBe(2);
    await hits().nth(1).locator('a.open').click();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.locator('a.back').click();
    await expect.poll(() => hits().count()).toBe(2);
    expect(decodeURIComponent(page.url())).toContain('q=一致性评价');
    expect(decodeURIComponent(page.url())).toContain('province=浙江');
  });

  it('opens a permalink without a search behind it with a way back to a search of nothing', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jilin-2021#${q('jilin-2021/3.2.7')}`);
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('#q').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('comes back to a list that showed more hits with all of them, where it was', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('临床试验')}`);
    await expect.poll(() => hits().count()).toBe(10);
    await page.locator('button.more').click();
    await expect.poll(() => hits().count()).toBe(18);
    await hits().nth(15).locator('a.open').click();
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => hits().count()).toBe(18);
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(500);
  });

  it('restores the previous search with the back button', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    await page.locator('#q').fill('带量采购');
    await page.locator('#q').press('Enter');
    // Four clauses say 带量采购, a fifth its synonym 集中采购.
    await expect.poll(() => hits().count()).toBe(5);
    await page.goBack();
    await expect.poll(() => page.locator('#q').inputValue()).toBe('一致性评价');
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
  });
});
