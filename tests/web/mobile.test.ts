import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage({ width: 375 });
const q = (s: string) => encodeURIComponent(s);
const width = () => f.page().evaluate(() => document.documentElement.scrollWidth);

describe('at 375 px wide', () => {
  it('puts the filters above the results, folded, and nothing wider than the screen', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await page.locator('li.hit').first().waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    const filters = await page.locator('.facet-box summary').boundingBox();
    const firstHit = await page.locator('li.hit').first().boundingBox();
    expect(filters && firstHit && filters.y < firstHit.y).toBe(true);
    expect(await page.locator('.facet-box').getAttribute('open')).toBeNull();
    await page.locator('.facet-box summary').click();
    await page.locator('button.facet[data-value="浙江"]').click();
    await expect.poll(() => page.locator('li.hit').count()).toBe(2);
    await f.shot('mobile-search');
  });

  it('makes the actions of a hit at least 44 px tall', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await page.locator('li.hit').first().waitFor();
    const heights = await page
      .locator('li.hit .actions a, li.hit .actions button')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });

  it('shows the targets as one card per figure, as wide as the screen', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/targets`);
    await page.locator('table.targets tbody tr').first().waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    // The metric reads as words, not one character a line.
    const metric = await page.locator('table.targets tbody tr td[data-label="指标"]').first().boundingBox();
    expect(metric && metric.width).toBeGreaterThan(200);
    await f.shot('mobile-targets');
  });

  it('fits the reader and the compare answer on the screen', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/zhejiang-2021#${q('zhejiang-2021/table1.r3')}`);
    await page.locator('.clause.target').waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    await f.shot('mobile-reader');
    await page.goto(`${f.base()}/?mode=ask&q=${q('各省分别有多少家企业入选“中国医药工业（企业）百强”？')}`);
    await page.locator('figure.chart').waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    await f.shot('mobile-ask-compare');
    // The English table is wider: it scrolls in its own box, the page does not.
    const en = await f.reopen({ locale: 'en-US', width: 375 });
    await en.goto(`${f.base()}/?mode=ask&q=${q('What is the revenue target of each province?')}`);
    await en.locator('table.compare-table').waitFor();
    expect(await en.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const table = await en.locator('table.compare-table').evaluate((t) => t.closest('.table-wrap') !== null);
    expect(table).toBe(true);
  });
});
