import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { TargetsResponse } from '../../server/contract/index.ts';
import { usePage } from '../helpers/page.ts';

const f = usePage();

// One line of CSV into its fields (quoted fields may hold commas and doubled quotes).
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let k = 0;
  while (k <= line.length) {
    if (line[k] === '"') {
      let value = '';
      k++;
      while (k < line.length) {
        if (line[k] === '"' && line[k + 1] === '"') {
          value += '"';
          k += 2;
        } else if (line[k] === '"') {
          k++;
          break;
        } else value += line[k++];
      }
      out.push(value);
      k++;
    } else {
      const end = line.indexOf(',', k);
      out.push(line.slice(k, end < 0 ? line.length : end));
      k = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

describe('the targets table tells its rows apart and exports what it shows', () => {
  for (const [locale, width] of [
    ['zh-CN', 1280],
    ['en-US', 390],
  ] as const) {
    it(`shows each figure's bar and qualifiers and a readable clause label; the CSV follows the sort (${locale}, ${width} px)`, async () => {
      const api = await f.json<TargetsResponse>('/api/targets?kind=target');
      const barred = api.targets.filter((x) => x.threshold);
      expect(barred.length).toBeGreaterThan(0);
      const page = await f.reopen({ locale, width });
      await page.goto(`${f.base()}/targets`);
      await expect.poll(() => page.locator('table.targets tbody tr').count()).toBe(api.total);
      // Every bar the API gives is on screen.
      const bars = await page.locator('table.targets .bar-sub').allInnerTexts();
      expect(bars).toHaveLength(barred.length);
      for (const x of barred) expect(bars.some((b) => b.includes(x.threshold as string))).toBe(true);
      // Clause labels as a citation names them, not ids.
      const clauses = await page.locator('table.targets tbody tr td:last-child a').allInnerTexts();
      for (const c of clauses) expect(c).not.toMatch(/^[\w.-]+\/[\w.#-]+$/);
      if (locale === 'en-US') expect(clauses.some((c) => /part|table|paragraph|item/i.test(c))).toBe(true);
      // Sort by value, largest first: the CSV lists the rows in the screen's order.
      const valueHeader = page.locator('table.targets thead button.sort').nth(3);
      // (At 390 px each figure is a card and the headers are hidden: the CSV follows the default order.)
      if (width > 800) {
        await valueHeader.click();
        await valueHeader.click();
      }
      const onScreen = await page
        .locator('table.targets tbody tr')
        .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-clause')} ${r.getAttribute('data-text')}`));
      const download = page.waitForEvent('download');
      await page.locator('a.csv').click();
      const file = await (await download).path();
      const lines = (await readFile(file, 'utf8'))
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(lines[0]).toMatch(locale === 'zh-CN' ? /^地区,指标,类别,数值/ : /^Region,Metric,Category,Value/);
      expect(lines[1]).toMatch(/^province,metric,head,text,unit,qualifiers,threshold,year/);
      expect(lines.length - 2).toBe(api.total);
      const inCsv = lines.slice(2).map((l) => {
        const cells = parseCsvLine(l);
        return `${cells[11]} ${cells[3]}`;
      });
      expect(inCsv).toEqual(onScreen);
      await f.shot(`targets-${locale}-${width}`);
    });
  }
});

describe('the CSV follows the filters and the sort on screen', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`exports only the rows of a region filter, in the order of a sort by year, latest first (${locale})`, async () => {
      const all = await f.json<TargetsResponse>('/api/targets?kind=target');
      // The region with the most rows, and fewer than all: the filter must leave some out.
      const counts = new Map<string, number>();
      for (const x of all.targets) counts.set(x.province, (counts.get(x.province) ?? 0) + 1);
      const [province] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
      const filtered = await f.json<TargetsResponse>(
        `/api/targets?kind=target&province=${encodeURIComponent(province)}`,
      );
      expect(filtered.total).toBeLessThan(all.total);
      const page = await f.reopen({ locale, width: 1280 });
      await page.goto(`${f.base()}/targets`);
      await expect.poll(() => page.locator('table.targets tbody tr').count()).toBe(all.total);
      // The filter is typed into the form, as a user does.
      await page.locator('form.target-filters input[name=province]').fill(province);
      await page.locator('form.target-filters button[type=submit]').click();
      await expect.poll(() => page.locator('table.targets tbody tr').count()).toBe(filtered.total);
      const year = page.locator('table.targets thead button.sort[data-col="year"]');
      await year.click();
      await year.click();
      expect(await page.locator('th[aria-sort="descending"] button').getAttribute('data-col')).toBe('year');
      const onScreen = await page
        .locator('table.targets tbody tr')
        .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-clause')} ${r.getAttribute('data-text')}`));
      const download = page.waitForEvent('download');
      await page.locator('a.csv').click();
      const lines = (await readFile(await (await download).path(), 'utf8'))
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(lines[0]).toMatch(locale === 'zh-CN' ? /^地区,指标,类别,数值/ : /^Region,Metric,Category,Value/);
      const rows = lines.slice(2).map(parseCsvLine);
      expect(rows.map((c) => `${c[11]} ${c[3]}`)).toEqual(onScreen);
      const years = rows.map((c) => Number(c[7] || 0));
      expect(years).toEqual([...years].sort((a, b) => b - a));
    });
});
