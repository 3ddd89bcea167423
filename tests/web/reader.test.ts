import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);
const clipboard = () => f.page().evaluate(() => navigator.clipboard.readText());

describe('the reader mirrors the document', () => {
  it('has the section headings in the body, as h2 and h3, and no breadcrumb repeated on every clause', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/zhejiang-2021`);
    await expect.poll(() => page.locator('.clause').count()).toBe(96);
    expect(await page.locator('article h2').first().innerText()).toContain('一、现实基础与发展环境');
    expect(await page.locator('article h3').count()).toBeGreaterThan(10);
    expect(await page.locator('article .clause .crumb').count()).toBe(0);
    // One landmark per purpose: no region per clause, named navigation landmarks.
    expect(await page.locator('[role="region"], section[aria-label], section[aria-labelledby]').count()).toBe(0);
    const navs = await page.locator('nav').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(navs).size).toBe(navs.length);
  });

  it('shows a table with its header row, the cited row marked', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/zhejiang-2021#${q('zhejiang-2021/table1.r3')}`);
    const table = page.locator('table.doc-table').first();
    await expect
      .poll(() => table.locator('thead th').allInnerTexts())
      .toEqual(expect.arrayContaining(['序号', '指标名称', '单位', '2016', '2020']));
    expect(await table.locator('caption').innerText()).toContain('表1');
    expect(await table.locator('tbody tr').count()).toBe(8);
    expect(await page.locator('tr.clause.target').getAttribute('id')).toBe('c-zhejiang-2021/table1.r3');
    expect(await page.locator('tr.clause.target').innerText()).toContain('营业收入');
    await f.shot('reader-table');
  });

  it('has an outline that follows the scroll and marks where the reader is', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jiangsu-2021`);
    await expect.poll(() => page.locator('nav.outline a').count()).toBeGreaterThan(20);
    const current = () => page.locator('nav.outline a[aria-current="location"]').getAttribute('data-clause');
    // A clause brought to the upper part of the view is the one being read.
    const readAt = async (id: string) => {
      await page.evaluate((sel) => {
        const el = document.getElementById(sel) as HTMLElement;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120);
      }, `c-${id}`);
    };
    await readAt('jiangsu-2021/3.2.3.2');
    await expect.poll(current).toBe('jiangsu-2021/3.2.3.2');
    expect(await page.locator('.clause.current').getAttribute('data-id')).toBe('jiangsu-2021/3.2.3.2');
    // A paragraph with no heading of its own: the outline marks the section it is in.
    await readAt('jiangsu-2021/1.1.p3');
    await expect.poll(current).toBe('jiangsu-2021/1.1.p1');
    expect(await page.locator('nav.outline a[aria-current="location"]').innerText()).toContain('发展基础');
  });

  it('marks the words of an English query, as the search matched them', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jilin-2021?q=${q('consistency evaluation')}#${q('jilin-2021/3.2.7')}`);
    await expect.poll(() => page.locator('.clause.target mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.clause.target mark').first().innerText()).toBe('一致性评价');
  });

  it('shows the reading aid on a switch: pinyin over the words and the word list, no word a tab stop', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jilin-2021#${q('jilin-2021/3.2.7')}`);
    await expect.poll(() => page.locator('.clause.target').count()).toBe(1);
    await page.locator('button.aid-switch').click();
    expect(await page.locator('button.aid-switch').getAttribute('aria-pressed')).toBe('true');
    const target = page.locator('.clause.target');
    await expect.poll(() => target.locator('ruby rt').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    expect(await target.locator('.word-list').isVisible()).toBe(true);
    expect(await target.locator('.word-list').innerText()).toContain('consistency evaluation');
    expect(await page.locator('article [tabindex="0"]').count()).toBe(0);
    await f.shot('reader-reading-aid');
    await page.locator('button.aid-switch').click();
    await expect.poll(() => target.locator('ruby').count()).toBe(0);
  });
});

describe('citations that stand', () => {
  it('quotes the words of the match, and says the issuer and date are not stated', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}&province=${q('浙江')}`);
    await expect.poll(() => page.locator('li.hit').count()).toBe(2);
    for (const item of await page.locator('li.hit').all()) {
      await item.locator('button.cite').click();
      const text = await clipboard();
      expect(text).toMatch(/^《浙江省医药产业发展“十四五”规划》（发文机关未载明，日期未载明）/);
      expect(text).toMatch(/：“……[^”]*一致性评价[^”]*”/);
    }
  });

  it('names the paragraph of a paragraph clause', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jiangsu-2021#${q('jiangsu-2021/1.1.p3')}`);
    await page.locator('.clause.target button.cite').click();
    expect(await clipboard()).toContain('）一、（一）第3段：“——创新能力持续增强。');
  });

  it('copies a Chinese citation a journalist can paste, with a permalink', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jilin-2021#${q('jilin-2021/3.2.7')}`);
    await page.locator('.clause.target button.cite').click();
    const text = await clipboard();
    expect(text).toContain(
      '《关于加快医药强省建设促进医药健康产业高质量发展的实施意见》（中共吉林省委办公厅、吉林省人民政府办公厅，2021-12-15）三、（二）7.：“推动化学药集约化。以化学药一致性评价为契机',
    );
    expect(text).toContain(`/doc/jilin-2021#${q('jilin-2021/3.2.7')}`);
  });

  it('copies an English citation with the clause numbered in English, the quote as the original, its key terms', async () => {
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(`${f.base()}/doc/zhejiang-2021?q=${q('一致性评价')}#${q('zhejiang-2021/4.5.2')}`);
    await page.locator('.clause.target button.cite').click();
    // The English citation waits for the clause's key terms: the clipboard holds it once they came.
    await expect
      .poll(clipboard, { timeout: 10_000 })
      .toContain('Zhejiang Province 14th Five-Year Plan for the Development of the Pharmaceutical Industry');
    const text = await clipboard();
    expect(text).toContain('issuer not stated, date of issue not stated; part 4, section (5), item 2.');
    expect(text).toMatch(/Original Chinese text: “……[^”]*一致性评价/);
    expect(text).toMatch(/Key terms: .+ \(.+\)/);
    expect(text).not.toContain('四、（五）2.');
  });
});
