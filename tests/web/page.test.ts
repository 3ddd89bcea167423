import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, startBrowser } from '../helpers/browser.ts';

let browser: Browser;
let base: string;
let close: () => Promise<void>;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ browser, base, close } = await startBrowser());
});
afterAll(async () => {
  await close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
const hits = () => page.locator('li.hit');

describe('the search page', () => {
  it('shows clauses from Jilin and Jiangsu with the phrase marked as one types 一致性评价', async () => {
    await page.goto(base);
    await page.locator('#q').fill('一致性评价');
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    const text = await page.locator('.results').innerText();
    expect(text).toContain('吉林');
    expect(text).toContain('江苏');
    expect(await page.locator('li.hit mark').first().innerText()).toBe('一致性评价');
    expect(page.url()).toContain(`q=${encodeURIComponent('一致性评价')}`);
    await shot('search-results');
    // Time from the last keystroke's request to the results on screen, as the page measured it.
    const times: number[] = [];
    for (const q of ['带量采购', '产业大脑', '医疗器械', '一致性評價', 'smart manufacturing']) {
      await page.locator('#q').fill(q);
      await expect.poll(() => page.locator('body').getAttribute('data-last-render-ms')).not.toBeNull();
      await page.waitForTimeout(300);
      times.push(Number(await page.locator('body').getAttribute('data-last-render-ms')));
    }
    writeFileSync(join(ARTIFACTS, 'first-results-ms.json'), JSON.stringify({ queries: times.length, ms: times }));
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('narrows by a province facet: the list, the chip and the URL change', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('一致性评价')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    await page.locator('button.facet[data-facet="province"][data-value="浙江"]').click();
    await expect.poll(() => hits().count()).toBe(2);
    expect(decodeURIComponent(page.url())).toContain('province=浙江');
    expect(await page.locator('.chip').first().innerText()).toContain('浙江');
    await shot('search-facet');
  });

  it('opens a clause in the reader, in view and marked, with the outline', async () => {
    await page.goto(`${base}/?q=${encodeURIComponent('一致性评价')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    const id = await hits().first().getAttribute('data-id');
    await hits().first().locator('a.open').click();
    const target = page.locator('.clause.target');
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.getAttribute('id')).toBe(`c-${id}`);
    expect(await target.locator('mark').first().innerText()).toBe('一致性评价');
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(await page.locator('nav.outline a').count()).toBeGreaterThan(10);
    await shot('reader');
  });

  it('switches the interface to English and back, remembering it', async () => {
    await page.goto(base);
    expect(await page.locator('#mode-search').innerText()).toBe('检索');
    await page.locator('#lang').click();
    expect(await page.locator('#mode-search').innerText()).toBe('Search');
    await page.reload();
    expect(await page.locator('#mode-search').innerText()).toBe('Search');
    await page.locator('#q').fill('volume-based procurement');
    // Four clauses say 带量采购, a fifth its synonym 集中采购.
    await expect.poll(() => hits().count()).toBe(5);
    expect(await page.locator('.understood').innerText()).toContain('带量采购');
    await shot('search-english');
  });

  it('shows a query such as <img src=x onerror=alert(1)> as text and runs nothing', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect.poll(() => page.locator('.status').innerText()).toMatch(/\d/);
    expect(await page.locator('.results img, .understood img').count()).toBe(0);
    expect(await page.locator('#q').inputValue()).toBe('<img src=x onerror=alert(1)>');
    expect(dialogs).toBe(0);
  });

  it('says plainly when a query is too long', async () => {
    await page.goto(`${base}/?q=${'药'.repeat(201)}`);
    await expect.poll(() => page.locator('.status').innerText()).toContain('查询过长');
  });

  it('shows the targets table, sortable, linked to the clauses', async () => {
    await page.goto(`${base}/targets`);
    await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(50);
    await page.locator('button.sort', { hasText: '数值' }).click();
    expect(await page.locator('table.targets tbody tr a').first().getAttribute('href')).toMatch(/^\/doc\//);
    await shot('targets');
  });
});
