import { mkdtempSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunk } from '../../indexer/chunk.ts';
import { parseStructure } from '../../indexer/parse-structure.ts';
import { readCorpus } from '../../indexer/read-corpus.ts';
import { normalize } from '../../indexer/analysis/analyzer.ts';
import type { SectionNode, SourceDocument } from '../../indexer/store/schema.ts';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.ts';

// Every document the project has: the shipped plans, real laws, regulations and notices, and the
// PDF and Word renderings of a plan.
const EXTRA_DIR = join(FIXTURES_DIR, 'corpus-extra');
const FORMATS_DIR = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-lossless-'));
  for (const ext of ['pdf', 'docx', 'doc', 'txt'])
    copyFileSync(join(FIXTURES_DIR, 'documents', `hunan-2024-biopharma-plan.${ext}`), join(dir, `plan.${ext}`));
  return dir;
})();

const compact = (s: string) => normalize(s).text.replace(/[\s《》<>"“”()（）\-—–*#]/g, '');

function sections(node: SectionNode): SectionNode[] {
  return [node, ...node.children.flatMap(sections)];
}

/**
 * What of a document's text no clause holds and no searched heading gives back: the non-blank
 * characters outside every clause, outside every heading line that is some clause's lead, and
 * outside the title's own lines (the title is metadata). Also the clauses that overlap.
 */
function lost(doc: SourceDocument): { lost: string[]; overlaps: string[] } {
  const { clauses } = chunk(parseStructure(doc));
  const covered = new Uint8Array(doc.text.length);
  const overlaps: string[] = [];
  for (const c of clauses) {
    for (let i = c.start; i < c.end; i++) {
      if (covered[i] && !/\s/.test(doc.text.charAt(i))) overlaps.push(c.id);
      covered[i] = 1;
    }
  }
  const leads = new Set(clauses.flatMap((c) => (c.lead ? c.lead.split('\n') : [])));
  const tree = parseStructure(doc);
  for (const s of sections(tree.root)) {
    for (const span of [s.span, s.columnsSpan ?? s.span]) {
      const line = doc.text.slice(span.start, span.end);
      if (leads.has(line)) covered.fill(1, span.start, span.end);
    }
  }
  const titles = [doc.meta.title, doc.meta.notice?.title ?? ''].map(compact);
  const out: string[] = [];
  let start = 0;
  for (const line of doc.text.split('\n')) {
    const end = start + line.length;
    const missing = [...line].filter((ch, k) => !covered[start + k] && !/\s/.test(ch)).join('');
    const isTitle = titles.some((t) => compact(line).length > 0 && t.includes(compact(line)));
    if (missing.length > 0 && !isTitle) out.push(line);
    start = end + 1;
  }
  return { lost: out, overlaps: [...new Set(overlaps)] };
}

describe('every character of a document is in one clause, or in a heading searched with a clause', () => {
  for (const [name, dir] of [
    ['the shipped corpus', CORPUS_DIR],
    ['real laws, regulations and notices', EXTRA_DIR],
    ['a plan as PDF, DOCX, DOC and text', FORMATS_DIR],
  ] as const) {
    it(`holds for ${name}`, async () => {
      const { documents } = await readCorpus(dir);
      const files = readdirSync(dir).filter(
        (n) => /\.(txt|md|pdf|docx|doc)$/.test(n) && n.toLowerCase() !== 'readme.md',
      );
      expect(documents.length).toBe(files.length);
      for (const doc of documents) {
        const result = lost(doc);
        expect({ doc: doc.meta.id, ...result }).toEqual({ doc: doc.meta.id, lost: [], overlaps: [] });
      }
    });
  }
});
