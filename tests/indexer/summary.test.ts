// The indexer's summary: one row per file with what was read and repaired, skipped files with reasons.
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../indexer/pipeline.ts';
import { describeRepairs, formatSummary, formatTotals } from '../../indexer/summary.ts';

const none = { linesJoined: 0, headersDropped: 0, footersDropped: 0, pageNumbersDropped: 0 };

describe('formatSummary', () => {
  it('gives format, pages, clauses and repairs per file, then skipped files and warnings', () => {
    const report: BuildReport = {
      documents: [
        {
          id: 'plan',
          path: 'plan.pdf',
          title: '某某行动方案',
          format: 'pdf',
          reading: {
            pages: 3,
            repairs: { ...none, linesJoined: 1, headersDropped: 3, pageNumbersDropped: 3 },
            warnings: [],
          },
          sections: 18,
          clauses: 19,
          metaSource: 'inferred',
        },
      ],
      warnings: [
        { path: 'scan.pdf', reason: 'no text layer' },
        { path: 'plan.pdf', reason: 'no text on page 2' },
      ],
      skipped: ['scan.pdf'],
      clauses: 19,
      textBytes: 2048,
      ms: 10,
    };
    const lines = formatSummary(report);
    expect(lines[0]).toMatch(/^file\s+format\s+pages\s+sections\s+clauses\s+repaired\s+meta\s+title$/);
    expect(lines[1]).toMatch(
      /^plan\.pdf\s+pdf\s+3\s+18\s+19\s+1 line joined, 3 headers, 3 page numbers dropped\s+inferred\s+某某行动方案$/,
    );
    expect(lines.slice(2)).toEqual(['skipped: scan.pdf: no text layer', 'warning: plan.pdf: no text on page 2']);
    expect(formatTotals(report, 'data/index.zci', 3 * 2 ** 20)).toBe(
      '1 documents, 19 clauses (0.0 MB of text), 1 files skipped, 2 warnings; built in 0.01 s (0.2 MB/s); ' +
        'data/index.zci 3.0 MiB',
    );
  });

  it('says - when nothing was repaired', () => {
    expect(describeRepairs(none)).toBe('-');
    expect(describeRepairs({ ...none, footersDropped: 1 })).toBe('1 footer dropped');
  });
});
