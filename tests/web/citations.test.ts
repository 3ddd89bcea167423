// Every citation of the shipped corpus quotes the clause's text as the page shows it (no browser needed).
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../server/contract/index.ts';
import { citationEn, citationZh, quote } from '../../web/src/cite.ts';
import { displayedText } from '../../web/src/displayed.ts';
import { corpusIndex } from '../helpers/corpus-index.ts';

const { store } = corpusIndex();

beforeAll(() => {
  // cite.ts builds permalinks from the page's origin.
  (globalThis as { location?: unknown }).location = { origin: 'http://zhengce.test' };
});

// The words between the quotation marks after the clause's label (a title may hold quotation marks
// too), without the …… that mark a cut.
function quoted(citation: string): string {
  const words = /(?:：|Original Chinese text: )“(.*)”\n/su.exec(citation)?.[1] ?? '';
  return words.replace(/^……/, '').replace(/……$/, '');
}

// Spans of the text as written a search could have marked: 4 characters every 37, and the last 4.
function focuses(text: string): Array<{ start: number; end: number } | undefined> {
  const out: Array<{ start: number; end: number } | undefined> = [undefined];
  for (let k = 0; k + 4 <= text.length; k += 37) out.push({ start: k, end: k + 4 });
  if (text.length > 4) out.push({ start: text.length - 4, end: text.length });
  return out;
}

describe('citations over the whole corpus', () => {
  it('quote a piece of every clause’s displayed text, in Chinese and English, wherever the match is', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const c of store.clauses) {
      const meta = store.documents.get(c.docId)?.meta as DocumentMeta;
      const shown = displayedText(c);
      for (const focus of focuses(c.text)) {
        const clause = { id: c.id, label: c.label, text: c.text, display: c.display, focus };
        for (const citation of [citationZh(meta, clause), citationEn(meta, clause)]) {
          const words = quoted(citation);
          checked++;
          if (!words || !shown.includes(words)) wrong.push(`${c.id}: “${words}” is not in “${shown}”`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(store.clauses.length * 2);
  });

  it('quotes each table row with its column names, never its cells run together', () => {
    const rows = [...store.clauses].filter((c) => c.kind === 'row');
    expect(rows.length).toBeGreaterThan(0);
    for (const c of rows) {
      const words = quote(c);
      expect(words).toContain(': ');
      // The cells as written, joined without their tabs, are what a reader could not tell apart.
      const runTogether = c.text.split('\t').slice(-2).join('');
      if (/^\d+\d+$/.test(runTogether) && !c.display?.includes(runTogether)) expect(words).not.toContain(runTogether);
    }
  });

  it('keeps the spaces a clause is written with (到 2025 年)', () => {
    const spaced = [...store.clauses].filter(
      (c) => c.kind !== 'row' && /[\p{Script=Han}] \d/u.test(c.text.slice(0, 100)),
    );
    expect(spaced.length).toBeGreaterThan(0);
    for (const c of spaced) {
      const first = /[\p{Script=Han}] \d+/u.exec(c.text)?.[0] as string;
      expect(quote(c)).toContain(first);
    }
  });
});

describe('the quote of a synthetic row and paragraph', () => {
  it('reads a row out of its table and keeps a paragraph’s spaces, one space for a line break', () => {
    expect(quote({ text: '4\t创新药*\t6\t10', display: '创新药 — 2020: 6, 2025: 10' })).toBe(
      '创新药 — 2020: 6, 2025: 10',
    );
    expect(quote({ text: '（一）到 2025 年，\n  建成 10 个平台。' })).toBe('到 2025 年， 建成 10 个平台。');
  });

  it('starts a long clause’s quote at the sentence of a match beyond the first 120 characters', () => {
    const text = `${'甲'.repeat(130)}。乙丙丁 戊己。`;
    const start = text.indexOf('乙');
    expect(quote({ text, focus: { start, end: start + 3 } })).toBe('……乙丙丁 戊己。');
  });
});
