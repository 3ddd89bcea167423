import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const ask = (question: string) => `${f.base()}/?mode=ask&q=${encodeURIComponent(question)}`;

describe('Ask mode', () => {
  it('answers a question with the span large and the citations marked, and says what it understood', async () => {
    const page = f.page();
    await page.goto(ask('江西省到2026年力争培育多少个智能化工厂？'));
    await expect.poll(() => page.locator('.answer-text').count()).toBe(1);
    expect(await page.locator('.answer-text').innerText()).toBe('10个');
    expect(await page.locator('li.hit mark').first().innerText()).toBe('10个');
    // The left column says how the question was read, and offers other questions.
    expect(await page.locator('.facets .understood-list').innerText()).toContain('数值');
    expect(await page.locator('.facets .examples li').count()).toBeGreaterThan(1);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('offers example questions before any is asked, and asks one on a click', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?mode=ask`);
    await expect.poll(() => page.locator('.facets .examples button').count()).toBeGreaterThan(1);
    await page.locator('.facets .examples button').first().click();
    await expect.poll(() => page.locator('.answer-card').count()).toBe(1);
    expect(page.url()).toContain('q=');
  });

  it('compares regions: a row per region that states it, a bar per row, the regions that state nothing', async () => {
    const page = f.page();
    await page.goto(ask('各省分别有多少家企业入选“中国医药工业（企业）百强”？'));
    const rows = page.locator('table.compare-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('江苏'), expect.stringContaining('浙江')]);
    expect(await rows.first().innerText()).toContain('14家');
    expect(await rows.first().locator('a').getAttribute('href')).toMatch(/^\/doc\/jiangsu-2021#/);
    // The chart: one bar per row, values printed, described for screen readers.
    const chart = page.locator('figure.chart svg[role="img"]');
    expect(await chart.locator('rect.bar').count()).toBe(2);
    expect(await chart.locator('text.bar-value').allTextContents()).toEqual(['14家', '11 家']);
    expect(await chart.getAttribute('aria-label')).toMatch(/江苏 14家.*浙江 11 家/);
    expect(await page.locator('figure.chart figcaption').innerText()).toContain('家');
    // Bazhong, Jiangxi and Jilin state no such figure: listed, with what they state instead.
    const unstated = page.locator('.unstated li');
    expect(await unstated.count()).toBe(3);
    const jilin = await page.locator('.unstated li[data-province="吉林"]').innerText();
    expect(jilin).toContain('百亿级企业');
    // What it states instead is worded in the interface's language: no English in the Chinese page.
    expect(jilin).toMatch(/（\d{4}(–\d{4})?，目标）/);
    expect(await page.locator('.unstated').innerText()).not.toMatch(/[A-Za-z]{3,}/);
    await f.shot('ask-compare');
  });

  it('compares in English: regions and values in English, a bar per row, the metric named', async () => {
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(
      ask(
        'What operating revenue did the above-scale pharmaceutical industries of Jiangsu and Zhejiang report for 2020?',
      ),
    );
    const rows = page.locator('table.compare-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('Jiangsu');
    expect(await rows.first().innerText()).toContain('435.68 billion yuan');
    expect(await page.locator('figure.chart rect.bar').count()).toBe(2);
    expect(await page.locator('figure.chart figcaption').innerText()).toContain('billion yuan');
    expect(await page.locator('.answer-en').innerText()).toContain('Jiangsu: 435.68 billion yuan');
    expect(await page.locator('figure.chart').innerText()).toContain('operating revenue');
    await f.shot('ask-compare-english');
  });

  it('shows an answer’s English and its metric in English in the English interface', async () => {
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(ask("What is Jiangxi's 2026 target for pharmaceutical industry chain revenue?"));
    await expect.poll(() => page.locator('.answer-text').count()).toBe(1);
    expect(await page.locator('.answer-en').innerText()).toBe('150 billion yuan');
    expect(await page.locator('.answer-metric').innerText()).toContain('operating revenue (医药产业链营业收入)');
  });
});
