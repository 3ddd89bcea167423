import { describe, expect, it } from 'vitest';
import type { AskResponse, DocumentListResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const enc = encodeURIComponent;
const ask = (question: string) => `${f.base()}/?mode=ask&q=${enc(question)}`;

// A province with no document in the corpus: one the documents list does not hold.
async function provinceWithout(): Promise<string> {
  const { documents } = await f.json<DocumentListResponse>('/api/documents');
  const held = new Set(documents.map((d) => d.meta.province));
  const none = ['广东', '四川', '山东', '河南', '湖北'].find((p) => !held.has(p));
  if (!none) throw new Error('every candidate province has documents');
  return none;
}

describe('declines that help', () => {
  for (const [locale, width] of [
    ['zh-CN', 1280],
    ['en-US', 390],
  ] as const) {
    it(`names a region with no documents and lists those there are, each a way to ask (${locale}, ${width} px)`, async () => {
      const none = await provinceWithout();
      const question = `${none}省到2025年医药产业营业收入目标是多少？`;
      const api = await f.json<AskResponse>(`/api/ask?q=${enc(question)}`);
      expect(api.decline?.reason).toBe('unknown-region');
      const page = await f.reopen({ locale, width });
      await page.goto(ask(question));
      const card = page.locator('.answer-card');
      await expect.poll(() => card.locator('.decline').count()).toBe(1);
      const why = await card.locator('.decline').innerText();
      if (locale === 'zh-CN') {
        expect(why).toBe(`文件库中没有${none}的文件。`);
        expect(await card.innerText()).not.toMatch(/[A-Za-z]{3,}/);
      } else {
        // The English page names the region in English (广东 -> Guangdong).
        const english = api.decline?.regionsEn?.[0] ?? '';
        expect(english).toMatch(/^[A-Z][a-z]+/);
        expect(why).toBe(`The corpus has no documents from ${english}.`);
      }
      // The regions there are, in the interface's language.
      const names = await card.locator('.regions-there-are button').allInnerTexts();
      const available = api.decline?.available ?? [];
      expect(names).toEqual(available.map((r) => (locale === 'zh-CN' ? r.zh : r.en)));
      await f.shot(`ask-decline-region-${locale}-${width}`);
      // Asking one of them asks the same question of it.
      const first = available[0]?.zh as string;
      await card.locator('.regions-there-are button').first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe(first);
      // Answered or declined for another reason: no longer "no documents from" the region named.
      await expect
        .poll(() => page.locator('.answer-card').innerText(), { timeout: 10_000 })
        .not.toContain(locale === 'zh-CN' ? `没有${none}的文件` : `from ${none}`);
    });

    it(`words a figure declined in the page's language and shows the closest clause it names (${locale})`, async () => {
      // Jilin's documents state revenue as 总经营规模: a goal for which no figure agrees well enough.
      const { documents } = await f.json<DocumentListResponse>('/api/documents');
      let declined: { question: string; r: AskResponse } | undefined;
      for (const d of documents) {
        const question = `${d.meta.region.zh}的量子计算机产量目标是多少？`;
        const r = await f.json<AskResponse>(`/api/ask?q=${enc(question)}`);
        if (!r.answer && r.decline?.closest && r.citations.length > 0) declined = { question, r };
        if (declined) break;
      }
      if (!declined) throw new Error('no region declines with a closest figure');
      const page = await f.reopen({ locale, width });
      await page.goto(ask(declined.question));
      const card = page.locator('.answer-card');
      await expect.poll(() => card.locator('.decline').count()).toBe(1);
      const why = await card.locator('.decline').innerText();
      const closest = declined.r.decline?.closest;
      expect(why).toContain(`${closest?.metric} ${closest?.figure}`);
      if (locale === 'zh-CN') expect(why).not.toMatch(/[A-Za-z]{3,}/);
      else expect(why).not.toMatch(/[.][A-Z]/);
      // The closest clauses are announced and shown, the first being the one the figure is from.
      expect(await page.locator('h2.sources').innerText()).toBe(
        locale === 'zh-CN' ? '最接近的条款' : 'Closest clauses',
      );
      expect(await page.locator('ol.hits li.hit').first().getAttribute('data-id')).toBe(declined.r.citations[0]?.id);
      await f.shot(`ask-decline-figure-${locale}-${width}`);
    });
  }
});

describe('answer cards that fit their kind', () => {
  it('lists regions without a Metric line, each clause wrapping inside its box (zh and en)', async () => {
    for (const [locale, question] of [
      ['zh-CN', '哪些省份提到合成生物？'],
      ['en-US', 'Which provinces mention synthetic biology?'],
    ] as const) {
      const page = await f.reopen({ locale });
      await page.goto(ask(question));
      await expect.poll(() => page.locator('.answer-text').count()).toBe(1);
      expect(await page.locator('.answer-card .answer-metric').count()).toBe(0);
      expect(await page.locator('.answer-card').innerText()).not.toMatch(/指标：数值|Metric: Value/);
      const table = page.locator('table.statements-table');
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      // Each statement wraps: the table is no wider than the results column.
      const widths = await page.evaluate(() => ({
        table: document.querySelector('table.statements-table')?.getBoundingClientRect().width ?? 0,
        column: document.querySelector('.results')?.getBoundingClientRect().width ?? 0,
      }));
      expect(widths.table).toBeLessThanOrEqual(widths.column + 1);
      await f.shot(`ask-list-${locale}`);
    }
  });
});
