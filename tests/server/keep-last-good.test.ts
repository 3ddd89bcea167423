// The last good index is kept: a much smaller rebuild is refused, an unwritable index is served from
// memory, another corpus' file is not loaded, and temporary files of killed writers are removed.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { shrinkRefusal } from '../../indexer/store/keep-last-good.ts';
import { IndexLoadError } from '../../indexer/store/persist.ts';
import { LiveIndex } from '../../server/search/live-index.ts';
import { openIndex, type OpenIndexOptions } from '../../server/search/open-index.ts';
import { CORPUS_DIR } from '../helpers/paths.ts';

const DOCUMENTS = [
  'jilin-2021-pharma-strong-province-opinions',
  'jiangxi-2023-pharma-chain-action-plan',
  'zhejiang-2021-pharma-14th-five-year-plan',
];

/** A corpus of three documents in a fresh folder, and where its index goes. */
function threeDocumentCorpus(): OpenIndexOptions {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-keep-'));
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir);
  for (const name of DOCUMENTS) copyFileSync(join(CORPUS_DIR, `${name}.txt`), join(corpusDir, `${name}.txt`));
  return { corpusDir, indexPath: join(dir, 'index.zci'), lexiconPath: join(dir, 'lexicon.json'), rebuild: 'auto' };
}

// Empties the corpus but for one document, as an unmounted share or a half-done copy would.
function loseTwoDocuments(corpusDir: string): void {
  for (const name of DOCUMENTS.slice(1)) rmSync(join(corpusDir, `${name}.txt`));
}

describe('the rule', () => {
  it('refuses a build that loses more than half of the documents, and lets smaller losses through', () => {
    expect(shrinkRefusal(5, 0)).toMatch(/gives 0 documents where the index in place has 5.*ALLOW_SHRINK=true/);
    expect(shrinkRefusal(5, 2)).toBeDefined();
    expect(shrinkRefusal(5, 3)).toBeUndefined();
    expect(shrinkRefusal(undefined, 0)).toBeUndefined();
    expect(shrinkRefusal(0, 0)).toBeUndefined();
  });
});

describe('opening the index at start (REBUILD=auto)', () => {
  it('keeps serving the index on disk when the corpus lost most documents, and says why', async () => {
    const options = threeDocumentCorpus();
    expect((await openIndex(options)).store.documents.size).toBe(3);
    const written = readFileSync(options.indexPath);
    loseTwoDocuments(options.corpusDir);
    const opened = await openIndex(options);
    expect(opened.source).toBe('kept');
    expect(opened.store.documents.size).toBe(3);
    expect(opened.problems).toEqual([expect.stringMatching(/gives 1 documents where the index in place has 3/)]);
    expect(readFileSync(options.indexPath).equals(written)).toBe(true);
    // Told to accept the smaller corpus, it does.
    const accepted = await openIndex({ ...options, allowShrink: true });
    expect(accepted.source).toBe('built');
    expect(accepted.store.documents.size).toBe(1);
    expect(accepted.problems).toEqual([]);
  }, 120_000);

  it('serves the index it built when it cannot write it, and says so', async () => {
    const options = threeDocumentCorpus();
    // A file where the index folder should be: writing fails whoever runs the test (root too).
    const blocked = join(options.corpusDir, '..', 'not-a-folder');
    writeFileSync(blocked, '');
    const opened = await openIndex({ ...options, indexPath: join(blocked, 'index.zci') });
    expect(opened.source).toBe('built');
    expect(opened.store.documents.size).toBe(3);
    expect(opened.problems).toEqual([
      expect.stringMatching(/^the index could not be written to .*serving the one built/),
    ]);
    expect(opened.lexiconProblem).toMatch(/not on disk/);
  }, 120_000);

  it('removes the temporary files of writers killed mid-write, and only theirs', async () => {
    const options = threeDocumentCorpus();
    await openIndex(options);
    // No process has a pid above the kernel's pid_max (at most 2^22).
    const dead = `${options.indexPath}.${2 ** 22 + 1}.tmp`;
    const running = `${options.indexPath}.${process.ppid}.tmp`;
    writeFileSync(dead, 'x');
    writeFileSync(running, 'x');
    await openIndex(options);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
  }, 120_000);

  it("refuses a file built from another corpus when told which corpus it must be (a reload's check)", async () => {
    const options = threeDocumentCorpus();
    await openIndex(options);
    await expect(openIndex({ ...options, rebuild: 'never', corpus: 'another-corpus' })).rejects.toThrow(IndexLoadError);
  }, 120_000);
});

describe('a reload (the indexer in a child process)', () => {
  it('is refused when the corpus lost most documents: the old index stays, the file too, and health says why', async () => {
    const options = threeDocumentCorpus();
    const lines: Array<{ msg: string; detail?: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const live = new LiveIndex((await openIndex(options)).store, options, logger);
    const before = statSync(options.indexPath);
    loseTwoDocuments(options.corpusDir);
    expect(await live.reload()).toBe(false);
    expect(live.current().documents.size).toBe(3);
    expect(statSync(options.indexPath).ino).toBe(before.ino);
    expect(live.problems()).toEqual([expect.stringMatching(/^last reload: .*gives 1 documents where .* has 3/)]);
    expect(lines.find((l) => l.msg.startsWith('reload failed'))?.detail).toMatch(/more than half lost/);
  }, 120_000);
});
