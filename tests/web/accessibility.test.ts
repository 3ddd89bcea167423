import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);

// Each page in a state that shows what it is for, and what must be on screen before checking it.
const PAGES = [
  { name: 'search', path: `/?q=${q('一致性评价')}`, ready: 'li.hit' },
  { name: 'search-english-query', path: `/?q=${q('consistency evaluation')}`, ready: 'li.hit' },
  {
    name: 'ask',
    path: `/?mode=ask&q=${q('各省分别有多少家企业入选“中国医药工业（企业）百强”？')}`,
    ready: 'figure.chart',
  },
  {
    name: 'reader',
    path: `/doc/zhejiang-2021?q=${q('营业收入')}#${q('zhejiang-2021/table1.r3')}`,
    ready: '.clause.target',
  },
  { name: 'targets', path: '/targets', ready: 'table.targets tbody tr' },
  // The synonyms searched under the query, and partial matches after their divider.
  { name: 'search-synonyms-partial', path: `/?q=${q('医保 仿制药')}`, ready: '.partial-divider' },
  { name: 'related', path: '/related/jiangxi-2023/2.2', ready: 'li.rel-col' },
] as const;

describe('accessibility (axe-core, WCAG 2.1 A and AA and best practices)', () => {
  for (const locale of ['zh-CN', 'en-US'])
    for (const p of PAGES)
      it(`finds no serious or critical violation on ${p.name} in ${locale}`, async () => {
        const page = await f.reopen({ locale });
        await page.goto(`${f.base()}${p.path}`);
        await page.locator(p.ready).first().waitFor();
        // Let the English aids arrive (they are part of what is checked).
        if (locale === 'en-US' && p.name.startsWith('search'))
          await page.locator('li.hit .key-terms').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
      });

  it('gives search and Ask a level-one heading and names every landmark once', async () => {
    const page = f.page();
    for (const path of [`/?q=${q('一致性评价')}`, `/?mode=ask&q=${q('哪些省份提到合成生物？')}`]) {
      await page.goto(`${f.base()}${path}`);
      await page.locator('.results > *').first().waitFor();
      expect(await page.locator('h1').count()).toBe(1);
      const names = await page
        .locator('nav, aside, form[role="search"], main, [role="region"]')
        .evaluateAll((els) => els.map((e) => `${e.tagName}:${e.getAttribute('aria-label') ?? ''}`));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives each repeated action of a hit the clause it acts on, for screen readers', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await page.locator('li.hit').first().waitFor();
    const names = await page
      .locator('li.hit a.open')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).textContent ?? ''));
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^打开原文：\S+ .+/);
  });

  it('marks the Chinese text of the English interface as Chinese', async () => {
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(`${f.base()}/?q=${q('一致性评价')}`);
    await page.locator('li.hit').first().waitFor();
    for (const sel of ['.doc-title', '.crumb', '.snippet'])
      expect(await page.locator(`li.hit ${sel}`).first().getAttribute('lang'), sel).toBe('zh-CN');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
