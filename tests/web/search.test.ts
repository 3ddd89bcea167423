import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);
const hits = () => f.page().locator('li.hit');
const status = () => f.page().locator('.status').innerText();

describe('every hit is reachable', () => {
  it('shows 10 of the 18 clauses with 临床试验 and the other 8 on "more", then no more control', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('临床试验')}`);
    await expect.poll(() => hits().count()).toBe(10);
    expect(await status()).toContain('18 条');
    await page.locator('button.more').click();
    await expect.poll(() => hits().count()).toBe(18);
    expect(await page.locator('button.more').count()).toBe(0);
    // The keyboard carries on where the new hits begin.
    expect(await page.evaluate(() => document.activeElement?.closest('li.hit')?.getAttribute('data-index'))).toBe('10');
  });

  it('reaches the last of the clauses with 药 through "more"', async () => {
    // As many as the API counts (a heading line in no clause is searched with the clause after it).
    const all = (await f.json<SearchResponse>(`/api/search?q=${q('药')}`)).total;
    expect(all).toBeGreaterThan(200);
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('药')}`);
    await expect.poll(() => hits().count()).toBe(10);
    while ((await page.locator('button.more').count()) > 0) {
      const before = await hits().count();
      await page.locator('button.more').click();
      await expect.poll(() => hits().count()).toBeGreaterThan(before);
    }
    expect(await hits().count()).toBe(all);
    expect(await hits().last().getAttribute('data-index')).toBe(String(all - 1));
    const ids = await hits().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(all);
    await f.shot('search-more');
  });
});

describe('filters the user can see', () => {
  it('shows a place named in an English query as a chip and a pressed facet, and adds a clicked one beside it', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('traditional Chinese medicine Jiangxi')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    const chip = page.locator('.chip[data-filter="province"][data-value="江西"]');
    expect(await chip.innerText()).toContain('来自查询');
    const jiangxi = page.locator('button.facet[data-facet="province"][data-value="江西"]');
    expect(await jiangxi.getAttribute('aria-pressed')).toBe('true');
    await page.locator('button.facet[data-facet="province"][data-value="江苏"]').click();
    await expect.poll(() => page.locator('.chip[data-filter="province"]').count()).toBe(2);
    expect(await jiangxi.getAttribute('aria-pressed')).toBe('true');
    // Both regions are in force, and both chips say so; dropping Jiangxi edits the query.
    await chip.click();
    await expect.poll(() => page.locator('.chip[data-filter="province"]').count()).toBe(1);
    expect(await page.locator('#q').inputValue()).toBe('traditional Chinese medicine');
    expect(decodeURIComponent(page.url())).toContain('province=江苏');
    await f.shot('search-filters');
  });

  it('shows province: in the query as a chip, and removes it from the query', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价 province:浙江')}`);
    await expect.poll(() => hits().count()).toBe(2);
    await page.locator('.chip[data-value="浙江"]').click();
    await expect.poll(() => hits().count()).toBeGreaterThan(5);
    expect(await page.locator('#q').inputValue()).toBe('一致性评价');
  });
});

describe('translations', () => {
  it('lets the user search their own Chinese term instead of a translation', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('volume-based procurement')}`);
    // Four clauses say 带量采购, a fifth its synonym 集中采购.
    await expect.poll(() => hits().count()).toBe(5);
    // The only translation cannot be dropped (nothing would be left to search).
    expect(await page.locator('.translation button.chip').count()).toBe(0);
    await page.locator('.translation .edit-term').click();
    await page.locator('.own-term').fill('集中带量采购');
    await page.locator('.own-term').press('Enter');
    await expect.poll(() => page.locator('#q').inputValue()).toBe('集中带量采购');
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    expect(await page.locator('li.hit mark').first().innerText()).toBe('集中带量采购');
  });

  it('drops one translation of several and keeps the rest of the query', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('medical devices Zhejiang')}`);
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    expect(await page.locator('.chip[data-value="浙江"]').count()).toBe(1);
  });

  it('says a misspelt English word found no Chinese, and suggests the word', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('consistncy')}`);
    await expect.poll(() => page.locator('.untranslated').count()).toBe(1);
    expect(await page.locator('.untranslated').innerText()).toContain('consistncy');
    await page.locator('.did-you-mean button[data-suggestion="consistency"]').click();
    await expect.poll(() => hits().count()).toBeGreaterThan(0);
    expect(await page.locator('#q').inputValue()).toBe('consistency');
  });

  it('hints that a question typed in Search mode is for Ask, and switches', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('江西省到2026年力争培育多少个智能化工厂？')}`);
    await expect.poll(() => page.locator('#ask-instead').count()).toBe(1);
    await page.locator('#ask-instead').click();
    await expect.poll(() => page.locator('.answer-text').count()).toBe(1);
    expect(await page.locator('.answer-text').innerText()).toBe('10个');
    expect(page.url()).toContain('mode=ask');
  });
});

describe('empty and error states', () => {
  it('offers 一致性评价 for 一致姓评价, one character off, and searches it on a click', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致姓评价')}`);
    await expect.poll(() => page.locator('.did-you-mean button').count()).toBe(1);
    expect(await page.locator('.did-you-mean').innerText()).toContain('您是不是要找');
    await page.locator('.did-you-mean button').click();
    await expect.poll(() => page.locator('#q').inputValue()).toBe('一致性评价');
    await expect.poll(() => hits().count()).toBe(9);
    await f.shot('search-did-you-mean');
  });

  it('for no results, offers to search without the filter, and shows no empty facet headings', async () => {
    // Quoted, the phrase is searched alone: no synonym and no partial match fill the region that lacks it.
    const phrase = '"带量采购"';
    const api = (p: Record<string, string>) =>
      f.json<SearchResponse>(`/api/search?${new URLSearchParams({ q: phrase, limit: '10', ...p })}`);
    const [none, everywhere] = await Promise.all([api({ province: '吉林' }), api({})]);
    expect(none.total).toBe(0);
    // The province facet still counts the other provinces' matches: the ways out, most first.
    const [top, n] = Object.entries(none.facets.province).sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(n).toBeGreaterThan(0);
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q(phrase)}&province=${q('吉林')}`);
    await expect.poll(() => page.locator('.empty').count()).toBe(1);
    expect(await page.locator('.empty').innerText()).toContain(`没有条款包含“${phrase}”`);
    expect(await page.locator('.empty').innerText()).toContain(`改在${top}检索（${n} 条）`);
    // No group of facets is empty.
    for (const group of await page.locator('.facets .facet-group').all())
      expect(await group.locator('li').count()).toBeGreaterThan(0);
    await page.locator('.empty .hint-action').first().click();
    await expect.poll(() => hits().count()).toBe(Math.min(10, everywhere.total));
    expect(page.url()).not.toContain('province=');
    await page.locator('#q').fill('xyzzy');
    await expect.poll(() => page.locator('.empty').count()).toBe(1);
    expect(await page.locator('.facets h2').count()).toBe(0);
  });

  it('says in Chinese that the server cannot be reached, or answered something unreadable', async () => {
    const page = f.page();
    await page.route('**/api/search?*', (route) => route.abort('connectionrefused'));
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await expect.poll(status).toContain('无法连接服务器');
    await page.unroute('**/api/search?*');
    await page.route('**/api/search?*', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html>Bad gateway</html>' }),
    );
    await page.locator('#q').fill('带量采购');
    await expect.poll(status).toContain('服务器的回应无法读取');
    expect(await status()).not.toContain('Unexpected token');
  });

  it('says how long the query is and how long it may be, in Chinese', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${'药'.repeat(210)}`);
    await expect.poll(status).toContain('查询过长：210 个字符，最多 200 个');
  });

  it('says a document does not exist, in words, with the documents there are', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/nope`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('没有找到这份文件');
    expect(await page.locator('main').innerText()).not.toContain('no document');
    expect(await page.locator('.doc-list li').count()).toBe(5);
    expect(await page.title()).toContain('没有找到这份文件');
  });

  it('names the page after what it shows', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await expect.poll(() => page.title()).toContain('一致性评价');
    await hits().first().locator('a.open').click();
    await expect.poll(() => page.title()).toMatch(/规划|方案|意见/);
    await page.goto(`${f.base()}/targets`);
    await expect.poll(() => page.title()).toContain('目标表');
  });
});
