import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage({ locale: 'en-US' });
const q = (s: string) => encodeURIComponent(s);
const hits = () => f.page().locator('li.hit');

describe('the English interface, for a reader of English', () => {
  it('gives each hit its key terms in English and its section path in English where the glossary has it', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('consistency evaluation')}`);
    await expect.poll(() => hits().count()).toBe(9);
    await expect.poll(() => page.locator('li.hit .key-terms').count()).toBe(9);
    const jilin = page.locator('li.hit[data-id="jilin-2021/3.2.7"]');
    expect(await jilin.locator('.key-terms').innerText()).toContain('patent protection');
    expect(await jilin.locator('.crumb-en').innerText()).toContain('3. Key tasks');
    // The Chinese stays, marked as Chinese for screen readers and fonts.
    expect(await jilin.locator('.snippet').getAttribute('lang')).toBe('zh-CN');
    expect(await jilin.locator('.doc-title').getAttribute('lang')).toBe('zh-CN');
    await f.shot('search-english-aids');
  });

  it('names cities in English (Bazhong, not 巴中)', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('clinical trials')}`);
    const bazhong = page.locator('li.hit[data-id^="bazhong-2022/"]').first();
    await expect.poll(() => bazhong.locator('.place').innerText()).toBe('Sichuan · Bazhong');
    expect(await page.locator('button.facet[data-value="四川"]').innerText()).toContain('Sichuan');
  });

  it('opens a visible, touch-friendly reading aid beside a hit: pinyin over the words and their English', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/?q=${q('volume-based procurement')}`);
    // Four clauses say 带量采购, a fifth 集中采购 (a synonym, listed after them).
    await expect.poll(() => hits().count()).toBe(5);
    const toggle = hits().first().locator('button.aid-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const box = await toggle.boundingBox();
    expect(box && box.height).toBeGreaterThanOrEqual(24);
    await toggle.click();
    const aid = hits().first().locator('.reading-aid');
    await expect.poll(() => aid.locator('ruby rt').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await aid.locator('.word-list').innerText()).toContain('volume-based procurement');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.results [tabindex="0"]').count()).toBe(0);
  });

  it('shows the outline and headings of the reader in English where the glossary has them', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/doc/jiangxi-2023`);
    await expect.poll(() => page.locator('nav.outline a').count()).toBeGreaterThan(5);
    expect(await page.locator('nav.outline').innerText()).toContain('1. General requirements');
    expect(await page.locator('article h2').first().innerText()).toContain('General requirements');
    expect(await page.locator('.place').innerText()).toContain('issuer not stated');
  });

  it('shows the targets table with English categories and metrics, regions in English', async () => {
    const page = f.page();
    await page.goto(`${f.base()}/targets?kind=all`);
    await expect.poll(() => page.locator('table.targets tbody tr').count()).toBeGreaterThan(100);
    const table = await page.locator('table.targets tbody').innerText();
    expect(table).toContain('Operating revenue');
    expect(table).toContain('Enterprises');
    expect(table).toContain('Bazhong (Sichuan)');
    expect(table).toContain('Traditional chinese medicine industrial chain operating revenue');
    await f.shot('targets-english');
  });
});
