import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);
const clipboard = () => f.page().evaluate(() => navigator.clipboard.readText());

// A word of one table row only: the row's cells are the words the reader sees under their columns.
async function rowHit(): Promise<SearchResponse['hits'][number]> {
  const r = await f.json<SearchResponse>(`/api/search?q=${q('创新药生产批件')}`);
  const row = r.hits.find((h) => h.display);
  if (!row?.display) throw new Error('no table row has 创新药生产批件');
  return row;
}

describe('a table row, shown and cited as the reader shows it', () => {
  for (const [locale, width] of [
    ['zh-CN', 1280],
    ['en-US', 390],
  ] as const) {
    it(`shows the row with its column names and quotes exactly that (${locale}, ${width} px)`, async () => {
      const row = await rowHit();
      const page = await f.reopen({ locale, width });
      await page.goto(`${f.base()}/?q=${q('创新药生产批件')}`);
      const item = page.locator(`li.hit[data-id="${row.id}"]`);
      const snippet = item.locator('.snippet');
      // Its cells under their column names, the match marked: 6 and 10 no longer read as "6 10" or "610".
      await expect.poll(() => snippet.innerText()).toBe(row.display);
      expect(await snippet.locator('mark').first().innerText()).toBe('创新药生产批件');
      expect(row.display).toMatch(/2020: \d+, 2025: \d+/);
      await item.locator('button.cite').click();
      await expect.poll(clipboard, { timeout: 10_000 }).toContain(`“${row.display}”`);
      await f.shot(`table-row-hit-${locale}-${width}`);
    });
  }

  it('quotes the same row the same way from the reader, where it is a table row', async () => {
    const row = await rowHit();
    const page = f.page();
    await page.goto(`${f.base()}/doc/${row.doc.id}#${q(row.id)}`);
    await page.locator(`tr[data-id="${row.id}"] button.cite`).click();
    expect(await clipboard()).toContain(`：“${row.display}”`);
  });

  it('quotes a clause with the spaces it is written with (到 2025 年)', async () => {
    const r = await f.json<SearchResponse>(`/api/search?q=${q('到2025年')}&limit=50`);
    const spaced = r.hits.find((h) => !h.display && /到 2025 年/.test(h.text.slice(0, 100)));
    if (!spaced) throw new Error('no clause writes 到 2025 年 with spaces');
    const page = f.page();
    await page.goto(`${f.base()}/doc/${spaced.doc.id}#${q(spaced.id)}`);
    await page.locator('.clause.target button.cite').click();
    expect(await clipboard()).toContain('到 2025 年');
  });
});
