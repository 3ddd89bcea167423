// The main states at 1280 and 390 px in both languages, saved to tests/artifacts for a person to look at.
import { describe, expect, it } from 'vitest';
import { usePage } from '../helpers/page.ts';

const f = usePage();
const enc = encodeURIComponent;

const STATES = [
  { name: 'search', path: `/?q=${enc('一致性评价')}`, ready: 'li.hit' },
  {
    name: 'ask-answer',
    path: `/?mode=ask&q=${enc('江西省到2026年力争培育多少个智能化工厂？')}`,
    ready: '.answer-text',
  },
  {
    name: 'ask-compare',
    path: `/?mode=ask&q=${enc('各省分别有多少家企业入选“中国医药工业（企业）百强”？')}`,
    ready: 'table.compare-table',
  },
] as const;

describe('screenshots of the main states', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    for (const width of [1280, 390])
      it(`shows search, an answer and a comparison (${locale}, ${width} px) with no horizontal scroll`, async () => {
        const page = await f.reopen({ locale, width });
        for (const s of STATES) {
          await page.goto(`${f.base()}${s.path}`);
          await expect.poll(() => page.locator(s.ready).count()).toBeGreaterThan(0);
          // Nothing wider than the window: long clauses and tables wrap or scroll in their own box.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await f.shot(`screen-${s.name}-${locale}-${width}`);
        }
      });
});
