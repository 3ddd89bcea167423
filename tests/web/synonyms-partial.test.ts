import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const hits = () => f.page().locator('li.hit');
const status = () => f.page().locator('.status').innerText();
const query = () => new URL(f.page().url()).searchParams.get('q');

/** What the API answers for a query, a page as the search page first asks for it. */
const search = (q: string) => f.json<SearchResponse>(`/api/search?${new URLSearchParams({ q, limit: '10' })}`);

// 高校 is also searched as 高等院校, which some clauses write instead; quoted, it is searched alone.
const WORD = '高校';
const ALONE = `"${WORD}"`;
// Few clauses name both words: the complete matches, then the partial ones, each lacking one.
const PARTIAL = '医保 仿制药';

describe('the synonyms also searched', () => {
  it('shows them under the query, turns one off (its word quoted) and on again, and back and forward restore each', async () => {
    const [expanded, alone] = await Promise.all([search(WORD), search(ALONE)]);
    const x = expanded.query.expansions.find((e) => e.from === WORD);
    expect(x?.to.length).toBeGreaterThan(0);
    // The synonyms find clauses the word alone does not.
    expect(alone.query.expansions).toEqual([]);
    expect(expanded.total).toBeGreaterThan(alone.total);

    const page = f.page();
    await page.goto(`${f.base()}/?q=${encodeURIComponent(WORD)}`);
    const panel = page.locator('.understood .expansions');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('也检索了同义词：');
    expect(await panel.locator('li.expansion').first().innerText()).toContain(`${WORD} → ${x?.to.join('、')}`);
    await expect.poll(status).toContain(`${expanded.total} 条`);

    const toggle = () => panel.locator(`button.synonym-toggle[data-synonym="${WORD}"]`);
    expect(await toggle().innerText()).toContain('不检索同义词');
    await toggle().click();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(ALONE);
    expect(query()).toBe(ALONE);
    await expect.poll(status).toContain(`${alone.total} 条`);
    expect(await hits().count()).toBe(Math.min(10, alone.total));
    // Turned off, it stays listed, with the way to turn it on; the keyboard is still on its button.
    expect(await page.locator('li.expansion.off').innerText()).toContain(`未检索：${x?.to.join('、')}`);
    expect(await panel.innerText()).toContain('只检索了原词：');
    expect(await toggle().innerText()).toContain('也检索同义词');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-synonym'))).toBe(WORD);

    await toggle().click();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(WORD);
    await expect.poll(status).toContain(`${expanded.total} 条`);
    expect(await page.locator('li.expansion.off').count()).toBe(0);

    // Each move was a history entry, the word turned off remembered by its own.
    await page.goBack();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(ALONE);
    await expect.poll(status).toContain(`${alone.total} 条`);
    await expect.poll(() => page.locator('li.expansion.off').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(WORD);
    await expect.poll(status).toContain(`${expanded.total} 条`);
    expect(await page.locator('li.expansion.off').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('#q').inputValue()).toBe(ALONE);
    await expect.poll(() => page.locator('li.expansion.off').count()).toBe(1);
    expect(f.errors).toEqual([]);
  });
});

describe('partial matches', () => {
  it('come after a heading that divides them from the complete ones, each naming the words it lacks; the count tells both', async () => {
    const r = await search(PARTIAL);
    const complete = r.query.complete;
    expect(complete).toBeGreaterThan(0);
    expect(complete).toBeLessThan(10);
    const partial = r.hits.slice(complete);
    expect(partial.length).toBeGreaterThan(0);
    expect(r.hits.slice(0, complete).every((h) => h.missing === undefined)).toBe(true);
    expect(partial.every((h) => (h.missing?.length ?? 0) > 0)).toBe(true);

    const page = f.page();
    await page.goto(`${f.base()}/?q=${encodeURIComponent(PARTIAL)}`);
    await page.locator('.partial-divider').waitFor();
    expect(await status()).toContain(`${complete} 条完全匹配，另 ${r.total - complete} 条部分匹配`);
    expect(await page.locator('.partial-divider h2').innerText()).toBe('部分匹配');
    expect(await page.locator('.partial-divider').innerText()).toContain('以下条款只含查询的部分词语。');

    // The complete matches first, in the API's order, then the divider, then the partial ones.
    const ids = (sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await ids('ol.hits:not(.partial) > li.hit')).toEqual(r.hits.slice(0, complete).map((h) => h.id));
    expect(await ids('ol.hits.partial > li.hit')).toEqual(partial.map((h) => h.id));
    expect(await page.locator('ol.hits.partial').getAttribute('start')).toBe(String(complete + 1));
    const lastComplete = await page.locator('ol.hits:not(.partial) > li.hit').last().boundingBox();
    const divider = await page.locator('.partial-divider').boundingBox();
    const firstPartial = await page.locator('ol.hits.partial > li.hit').first().boundingBox();
    // (The divider's rule lies on the last complete hit's bottom border.)
    expect(lastComplete && divider && lastComplete.y + lastComplete.height <= divider.y + 1).toBe(true);
    expect(divider && firstPartial && divider.y + divider.height <= firstPartial.y).toBe(true);

    expect(await page.locator('ol.hits:not(.partial) .partial-note').count()).toBe(0);
    const notes = await page.locator('ol.hits.partial > li.hit .partial-note').allInnerTexts();
    expect(notes).toEqual(partial.map((h) => `部分匹配：未含 ${h.missing?.join('、')}`));

    // So few complete matches that the synonyms searched and the divider are in the first view.
    const expansions = await page.locator('.understood .expansions').boundingBox();
    expect(expansions && divider && expansions.y >= 0 && divider.y + divider.height <= 900).toBe(true);
    await f.shot('search-synonyms');
    expect(f.errors).toEqual([]);
  });

  it('are told apart in English too', async () => {
    const r = await search(PARTIAL);
    const complete = r.query.complete;
    const page = await f.reopen({ locale: 'en-US' });
    await page.goto(`${f.base()}/?q=${encodeURIComponent(PARTIAL)}`);
    await page.locator('.partial-divider').waitFor();
    const partial = r.total - complete;
    const matches = `${complete} complete match${complete === 1 ? '' : 'es'}, ${partial} partial`;
    expect(await status()).toContain(matches);
    expect(await page.locator('.partial-divider h2').innerText()).toBe('Partial matches');
    const first = r.hits[complete];
    expect(await page.locator('ol.hits.partial > li.hit .partial-note').first().innerText()).toBe(
      `Partial match: lacks ${first?.missing?.join(', ')}`,
    );
    expect(await page.locator('.understood .expansions').innerText()).toContain('Also searched as synonyms:');
  });
});
