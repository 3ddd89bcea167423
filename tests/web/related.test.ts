import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RelatedResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const q = (s: string) => encodeURIComponent(s);
// A clause of one plan that clauses of every other document resemble, more of them than one page holds.
const CLAUSE = 'jiangxi-2023/2.2';
const DOC = 'jiangxi-2023';
const columns = () => f.page().locator('li.rel-col');
const shownIds = () => columns().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const status = () => f.page().locator('.status').innerText();

/** What the API answers for the clause with these parameters (the view's own first page: limit 6). */
const related = (params: Record<string, string> = {}) =>
  f.json<RelatedResponse>(`/api/clauses/${CLAUSE}/related?${new URLSearchParams({ limit: '6', ...params })}`);

// The similarity as the view prints it: a whole percentage, <1% for a small one that is not nothing.
const percent = (s: number) => (Math.round(s * 100) === 0 && s > 0 ? '<1%' : `${Math.round(s * 100)}%`);
const docOf = (id: string | null) => (id ?? '').split('/')[0];
// A marked run is one or more of the words listed (adjacent marks run together: 化学药一致性评价).
const madeOf = (words: readonly string[]) =>
  new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).join('|')})+$`, 'u');
const marks = (el: Locator) => el.locator('.clause-text mark').allInnerTexts();
const normal = (s: string) => s.replace(/\s+/g, '');

describe('related clauses in other documents', () => {
  it('opens from the reader on 在其他文件中: the clause, then the clauses of other documents like it, their similarity and shared words marked', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/${DOC}#${q(CLAUSE)}`);
    const target = page.locator('.clause.target');
    await target.waitFor();
    expect(await target.getAttribute('data-id')).toBe(CLAUSE);
    const readerText = normal(await target.locator('.clause-text').innerText());
    const link = target.locator('a.related-link');
    expect(await link.innerText()).toContain('在其他文件中');
    await link.click();
    await columns().first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/related/${CLAUSE}`);
    expect(await page.locator('h1').innerText()).toBe('其他文件中的相近条款');

    const r = await related();
    expect(r.related.length).toBeGreaterThan(1);
    // The source first, as the reader showed it, its words shared with any related clause marked.
    const source = page.locator('.rel-source');
    expect(await source.locator('.badge').innerText()).toBe('本条款');
    expect(normal(await source.locator('.clause-text').innerText())).toBe(readerText);
    expect(readerText).toBe(normal(r.source.text));
    const anyShared = [...new Set(r.related.flatMap((x) => x.shared))];
    const sourceMarks = await marks(source);
    expect(sourceMarks.length).toBeGreaterThan(0);
    for (const m of sourceMarks) expect(m).toMatch(madeOf(anyShared));

    // Then the related clauses, in the API's order, none from the source's own document.
    expect(await shownIds()).toEqual(r.related.map((x) => x.id));
    expect(r.related.every((x) => x.doc.id !== DOC)).toBe(true);
    for (const [k, x] of r.related.entries()) {
      const col = columns().nth(k);
      expect(docOf(await col.getAttribute('data-id'))).not.toBe(DOC);
      expect(await col.locator('.sim-text').innerText()).toBe(`相似度 ${percent(x.similarity)}`);
      expect(await col.locator('.shared li.term').allInnerTexts()).toEqual([...x.shared]);
      // What it shares is marked in its text (a word of a heading only has nothing to mark there).
      const found = await marks(col);
      expect(found.length, x.id).toBeGreaterThan(0);
      for (const m of found) expect(m, x.id).toMatch(madeOf(x.shared));
    }
    expect(await status()).toContain(`${r.related.length} 条相近条款`);

    // The words compared on, heaviest first; those some related clause shares are told apart.
    const chips = page.locator('.compared-on li.term');
    expect(await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-term')))).toEqual(
      r.terms.map((t) => t.term),
    );
    const inCommon = await page
      .locator('.compared-on li.term.in-common')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
    expect(inCommon).toEqual(r.terms.map((t) => t.term).filter((t) => anyShared.includes(t)));
    // Told apart by more than colour: screen readers hear it too.
    for (const text of await page.locator('.compared-on li.term.in-common').allTextContents())
      expect(text).toContain('（见于相近条款）');
    expect(await page.locator('.compared-on li.term:not(.in-common)').first().textContent()).not.toContain('见于');

    // On a wide screen the source stands beside the columns, and the columns beside one another.
    const sourceBox = await source.boundingBox();
    const [one, two] = await Promise.all([columns().nth(0).boundingBox(), columns().nth(1).boundingBox()]);
    expect(sourceBox && one && sourceBox.x + sourceBox.width <= one.x).toBe(true);
    expect(one && two && Math.abs(one.y - two.y) < 1 && two.x > one.x).toBe(true);
    await f.shot('related');

    // Back: the reader again, at the clause.
    await page.goBack();
    await expect.poll(() => page.locator('.clause.target').getAttribute('data-id')).toBe(CLAUSE);
    expect(new URL(page.url()).pathname).toBe(`/doc/${DOC}`);
    expect(f.errors).toEqual([]);
  });

  it('changes the list for each choice of how many per document and which region, as the API answers it', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/related/${CLAUSE}`);
    await columns().first().waitFor();
    expect(await page.locator('select[name="perDoc"]').inputValue()).toBe('2');

    await page.locator('select[name="perDoc"]').selectOption('1');
    const one = await related({ perDoc: '1' });
    await expect.poll(shownIds).toEqual(one.related.map((x) => x.id));
    // One clause a document: as many documents as columns.
    expect(new Set(one.related.map((x) => x.doc.id)).size).toBe(one.related.length);
    expect(new URL(page.url()).searchParams.get('perDoc')).toBe('1');

    // Every region offered is one of another document, and narrows the list to it.
    const regions = (
      await page
        .locator('select[name="province"] option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    ).filter((v) => v !== '');
    expect(regions.length).toBeGreaterThan(1);
    let previous: { region: string; ids: string[] } | undefined;
    for (const region of regions) {
      await page.locator('select[name="province"]').selectOption(region);
      const r = await related({ perDoc: '1', province: region });
      const ids = r.related.map((x) => x.id);
      await expect.poll(shownIds).toEqual(ids);
      expect(new URL(page.url()).searchParams.get('province')).toBe(region);
      if (ids.length === 0) expect(await page.locator('.rel-list .empty').innerText()).toContain('所选地区');
      for (const place of await columns().locator('.col-heading .place').allInnerTexts())
        expect(place).toContain(region);
      if (previous) {
        // Back undoes one choice: the region before, its list.
        await page.goBack();
        await expect.poll(shownIds).toEqual(previous.ids);
        expect(await page.locator('select[name="province"]').inputValue()).toBe(previous.region);
        await page.goForward();
        await expect.poll(shownIds).toEqual(ids);
      }
      previous = { region, ids };
    }

    // The way back goes to the reader at the clause, whatever was chosen here.
    await page.locator('a.back').click();
    await expect.poll(() => page.locator('.clause.target').getAttribute('data-id')).toBe(CLAUSE);
    expect(f.errors).toEqual([]);
  });

  it('shows the next related clauses on "more", as many as the API has, the keyboard on the first new one', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/related/${CLAUSE}`);
    await columns().first().waitFor();
    const first = await related();
    const next = await related({ limit: '12' });
    expect(first.related.length).toBe(6);
    expect(next.related.length).toBeGreaterThan(6);
    await page.locator('button.more').click();
    await expect.poll(shownIds).toEqual(next.related.map((x) => x.id));
    expect(await page.evaluate(() => document.activeElement?.closest('li.rel-col')?.getAttribute('data-index'))).toBe(
      '6',
    );
    // The button is there exactly when the API says a higher limit would give more.
    expect(first.more).toBe(true);
    expect(await page.locator('button.more').count()).toBe(next.more ? 1 : 0);
  });

  it('stacks the source and the related clauses at 375 px, nothing wider than the screen', async () => {
    const page = await f.reopen({ width: 375, height: 740 });
    await page.goto(`${f.base()}/related/${CLAUSE}`);
    await columns().first().waitFor();
    const boxes = await page
      .locator('.rel-source, li.rel-col')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width })));
    expect(boxes.length).toBe(1 + (await related()).related.length);
    for (const [k, b] of boxes.entries()) {
      expect(Math.abs(b.x - (boxes[0]?.x ?? 0)), `column ${k}`).toBeLessThan(1);
      if (k > 0) expect(b.y, `column ${k}`).toBeGreaterThan(boxes[k - 1]?.y ?? 0);
      expect(b.x + b.w).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate(() => (document.scrollingElement as HTMLElement).scrollWidth <= window.innerWidth)).toBe(
      true,
    );
    // The end of the source and the first related clause under it.
    await page.locator('.rel-source .actions').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await f.shot('related-mobile');
  });
});
