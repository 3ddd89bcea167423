// Declines worded from their parts in both languages (pure functions: no browser).
import { describe, expect, it } from 'vitest';
import type { Decline } from '../../server/contract/index.ts';
import { DeclineReason } from '../../server/contract/ask.ts';
import { declineText, statedWords } from '../../web/src/decline-words.ts';

// A synthetic decline of every reason, with every part filled.
const closest = { metric: '某指标', figure: '12亿元', when: '2030', kind: 'target' } as const;
const full = (reason: Decline['reason']): Decline => ({
  reason,
  asked: { metric: '营业收入', metricEn: 'operating revenue', year: 2030, want: 'target' },
  closest,
  regions: ['某省'],
  available: [{ zh: '甲省', en: 'Jia' }],
  document: '某文件',
});

describe('a decline in the page’s language', () => {
  it('words every reason in Chinese without English prose, and in English, each sentence ended', () => {
    for (const reason of DeclineReason.options) {
      const zh = declineText(full(reason), 'zh');
      const en = declineText(full(reason), 'en');
      expect(zh, reason).not.toMatch(/[A-Za-z]{2,}/);
      expect(zh, reason).toMatch(/。$/);
      expect(en, reason).toMatch(/[.]$/);
      // Two sentences never run together ("on it.It states").
      expect(en, reason).not.toMatch(/[.。][A-Za-z]/);
    }
  });

  it('names what was asked and the closest figure in parts', () => {
    expect(declineText(full('other-metric'), 'zh')).toBe(
      '文件中没有2030年营业收入的数字。最接近的是 某指标 12亿元（2030，目标），但那是另一项指标。',
    );
    expect(declineText(full('other-metric'), 'en')).toBe(
      'The documents state no figure for operating revenue (营业收入) for 2030. The closest is 某指标 12亿元 (2030, a goal), another metric.',
    );
    expect(statedWords({ metric: 'X', figure: '1个', kind: 'actual' }, 'zh')).toBe('X 1个（已实现）');
  });

  it('says which region has no documents', () => {
    expect(declineText({ reason: 'unknown-region', regions: ['甲', '乙'] }, 'zh')).toBe('文件库中没有甲、乙的文件。');
    expect(declineText({ reason: 'unknown-region', regions: ['甲'] }, 'en')).toBe(
      'The corpus has no documents from 甲.',
    );
    // In English, the regions' English names when the server gives them.
    expect(declineText({ reason: 'unknown-region', regions: ['甲'], regionsEn: ['Jia'] }, 'en')).toBe(
      'The corpus has no documents from Jia.',
    );
  });
});
