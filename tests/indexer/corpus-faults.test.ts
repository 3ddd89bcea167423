// Hostile and unlucky entries of the corpus folder: each is skipped with its reason, the rest is read.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlNesting } from '../../indexer/html-nesting.ts';
import { corpusFingerprint, readCorpus } from '../../indexer/read-corpus.ts';
import { ReaderThread } from '../../indexer/reader-thread.ts';
import { DEFAULT_READER_LIMITS } from '../../indexer/readers/limits.ts';
import { CORPUS_DIR, FIXTURES_DIR } from '../helpers/paths.ts';

const GOOD = 'jiangxi-2023-pharma-chain-action-plan.txt';
const fixture = (suffix: string) => join(FIXTURES_DIR, 'documents', `hunan-2024-biopharma-plan${suffix}`);

/** A corpus folder holding one good document. */
function corpusWithOneDocument(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-faults-'));
  copyFileSync(join(CORPUS_DIR, GOOD), join(dir, GOOD));
  return dir;
}

const reasonFor = (warnings: ReadonlyArray<{ path: string; reason: string }>, path: string) =>
  warnings.find((w) => w.path === path)?.reason;

describe('entries of the corpus folder that are not regular files', () => {
  it('never follows a symbolic link, to a file outside the folder or to nothing, and says why', async () => {
    const dir = corpusWithOneDocument();
    const secret = join(mkdtempSync(join(tmpdir(), 'zhengce-outside-')), 'shadow');
    writeFileSync(secret, '一、总体要求\n不应被索引的秘密内容。\n');
    symlinkSync(secret, join(dir, 'x.txt'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    const { documents, warnings, skipped } = await readCorpus(dir);
    expect(documents.map((d) => d.path)).toEqual([GOOD]);
    expect(documents.some((d) => d.text.includes('秘密'))).toBe(false);
    expect(skipped.sort()).toEqual(['dangling.txt', 'x.txt']);
    expect(reasonFor(warnings, 'x.txt')).toMatch(/symbolic link/);
    expect(reasonFor(warnings, 'dangling.txt')).toMatch(/symbolic link/);
  });

  it('skips a FIFO and a directory named like documents without blocking on them', async () => {
    const dir = corpusWithOneDocument();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    mkdirSync(join(dir, 'folder.md'));
    const { documents, warnings } = await readCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'pipe.txt')).toMatch(/FIFO/);
    expect(reasonFor(warnings, 'folder.md')).toMatch(/directory/);
  });

  it('skips a file whose name is not valid UTF-8, naming its bytes', async () => {
    const dir = corpusWithOneDocument();
    const name = Buffer.concat([Buffer.from('plan-'), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), readFileSync(join(CORPUS_DIR, GOOD)));
    const { documents, warnings } = await readCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'plan-\\xff\\xfe.txt')).toMatch(/not valid UTF-8/);
  });

  it('skips a 3 GB file by its size without reading it (a sparse file)', async () => {
    const dir = corpusWithOneDocument();
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(fd, 3 * 2 ** 30);
    closeSync(fd);
    const { documents, warnings } = await readCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'huge.txt')).toMatch(/3072\.0 MiB, larger than the 20\.0 MiB read/);
  });
});

describe('limits on reading one file', () => {
  it('refuses a page nested deeper than the limit before parsing it, and measures nesting in one pass', async () => {
    expect(htmlNesting('<div><div><p>x<p>y</div></div><br><img src=a>')).toBe(2);
    expect(htmlNesting('<!-- <div><div> --><script>"<div><div>"</script><div></span></div>')).toBe(1);
    const dir = corpusWithOneDocument();
    const depth = 5_000;
    writeFileSync(join(dir, 'deep.html'), `<body>${'<div>政策'.repeat(depth)}${'</div>'.repeat(depth)}</body>`);
    const { documents, warnings } = await readCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'deep.html')).toBe('elements nested more than 1000 deep');
  });

  it('reads a page nested within the limit without recursion (deeper than the stack would allow)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-faults-'));
    const depth = 3_000;
    writeFileSync(
      join(dir, 'deep.html'),
      `<body>${'<div>'.repeat(depth)}一、总体要求<b>加快发展。</b>${'</div>'.repeat(depth)}</body>`,
    );
    const { documents, warnings } = await readCorpus(dir, undefined, { ...DEFAULT_READER_LIMITS, nesting: depth + 2 });
    expect(warnings).toEqual([]);
    expect(documents[0]?.text).toBe('一、总体要求加快发展。');
    expect(documents[0]?.bold).toEqual([{ start: 6, end: 11 }]);
  });

  it('refuses a Word file whose XML inflates past the limit, from its zip directory, before inflating it', async () => {
    const dir = corpusWithOneDocument();
    copyFileSync(fixture('.docx'), join(dir, 'bomb.docx'));
    const { documents, warnings } = await readCorpus(dir, undefined, { ...DEFAULT_READER_LIMITS, inflatedBytes: 4096 });
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'bomb.docx')).toMatch(/^its XML inflates to .* MiB, more than the 0\.0 MiB read/);
  });

  it('refuses a PDF of more pages than the limit', async () => {
    const dir = corpusWithOneDocument();
    copyFileSync(fixture('.pdf'), join(dir, 'long.pdf'));
    const { warnings } = await readCorpus(dir, undefined, { ...DEFAULT_READER_LIMITS, pages: 2 });
    expect(reasonFor(warnings, 'long.pdf')).toBe('3 pages, more than the 2 read');
  });

  it('refuses a file of more lines than the limit', async () => {
    const dir = corpusWithOneDocument();
    const items = Array.from({ length: 300 }, (_, k) => `${k + 1}. 第${k + 1}项措施。`).join('\n');
    writeFileSync(join(dir, 'items.md'), `# 方案\n${items}\n`);
    const { documents, warnings } = await readCorpus(dir, undefined, { ...DEFAULT_READER_LIMITS, lines: 200 });
    expect(documents).toHaveLength(1);
    expect(reasonFor(warnings, 'items.md')).toBe('more than 200 lines of text');
  });

  it('stops the thread reading a file that takes longer than its time', async () => {
    const thread = new ReaderThread({ ...DEFAULT_READER_LIMITS, timeMs: 1 });
    try {
      const slow = await thread.read('pdf', readFileSync(fixture('.pdf')));
      expect(slow).toEqual({ reason: 'took longer than the 0.001 s a file may take' });
    } finally {
      await thread.close();
    }
  });

  it('skips a file that needs more memory than the thread may use, and reads the next file', async () => {
    const thread = new ReaderThread({ ...DEFAULT_READER_LIMITS, memoryMb: 24 });
    try {
      const page = `<body>${'<p>一、<b>推进</b>医药产业高质量发展，加快建设医药强省。</p>'.repeat(200_000)}</body>`;
      const big = await thread.read('html', Buffer.from(page));
      expect(big).toEqual({ reason: 'needed more than the 24 MiB of memory a file may use' });
      const small = await thread.read('txt', readFileSync(join(CORPUS_DIR, GOOD)));
      expect('repaired' in small && small.repaired.text.length).toBeGreaterThan(1000);
    } finally {
      await thread.close();
    }
  });
});

describe('the corpus fingerprint', () => {
  it('follows the name, size and time of the files the build reads, and nothing else', () => {
    const dir = corpusWithOneDocument();
    const before = corpusFingerprint(dir);
    writeFileSync(join(dir, 'notes.bin'), Buffer.alloc(1024));
    symlinkSync('/etc/hostname', join(dir, 'link.txt'));
    expect(corpusFingerprint(dir)).toBe(before);
    utimesSync(join(dir, GOOD), new Date(), new Date(Date.now() + 5_000));
    const touched = corpusFingerprint(dir);
    expect(touched).not.toBe(before);
    writeFileSync(join(dir, 'plan.meta.json'), '{}');
    expect(corpusFingerprint(dir)).not.toBe(touched);
  });
});
