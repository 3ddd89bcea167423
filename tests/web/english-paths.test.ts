import { describe, expect, it } from 'vitest';
import type { ClauseEnglish, GlossResponse, SearchResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage({ locale: 'en-US' });
const enc = encodeURIComponent;

describe('English the corpus uses', () => {
  it('puts section paths into English where each heading’s words have a gloss, and shows them on the hits', async () => {
    const r = await f.json<SearchResponse>(`/api/search?q=${enc('创新药')}&limit=10`);
    const g = await f.json<GlossResponse>(`/api/gloss?clauses=${enc(r.hits.map((h) => h.id).join(','))}`);
    const clauses = (g.clauses ?? []) as readonly ClauseEnglish[];
    const headings = clauses.flatMap((c) => c.section);
    const inEnglish = headings.filter((s) => s.en);
    // Most headings have an English form now, and none of those holds a Chinese character.
    expect(inEnglish.length / headings.length).toBeGreaterThan(0.6);
    for (const s of inEnglish) expect(s.en).not.toMatch(/\p{Script=Han}/u);
    const page = f.page();
    await page.goto(`${f.base()}/?q=${enc('创新药')}`);
    await expect.poll(() => page.locator('li.hit .crumb-en .heading-en:not(.untranslated)').count()).toBeGreaterThan(0);
    await f.shot('search-english-paths-1280');
  });

  it('glosses key terms with the sense the corpus uses, not the dictionary’s first line', async () => {
    const r = await f.json<SearchResponse>(`/api/search?q=${enc('重点')}&limit=50`);
    const g = await f.json<GlossResponse>(`/api/gloss?clauses=${enc(r.hits.map((h) => h.id).join(','))}`);
    const terms = ((g.clauses ?? []) as readonly ClauseEnglish[]).flatMap((c) => c.terms);
    // Senses CC-CEDICT lists first that no policy text means: an election recount, a military capture.
    for (const t of terms) expect(t.en).not.toMatch(/recount|stubborn|to capture/);
  });

  it('names the metric in English in the Ask sidebar, the Chinese after it', async () => {
    const page = f.page();
    await page.goto(
      `${f.base()}/?mode=ask&q=${enc("What is Jiangxi's 2026 target for pharmaceutical industry chain revenue?")}`,
    );
    await expect.poll(() => page.locator('.understood-list').count()).toBe(1);
    const metric = page.locator('.understood-list div', { hasText: 'Metric' }).locator('dd');
    await expect.poll(() => metric.innerText()).toMatch(/^[A-Za-z][^()]* \(\p{Script=Han}+\)$/u);
  });
});
