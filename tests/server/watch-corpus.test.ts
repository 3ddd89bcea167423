// The corpus watcher hears changes in the folder, and keeps hearing them after the folder is
// removed and made again or swapped by rename.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCorpus } from '../../server/watch-corpus.ts';

async function until(what: string, test: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('watchCorpus', () => {
  it('follows the folder at its path when it is recreated, and when another is renamed over it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'zhengce-watch-'));
    const corpus = join(parent, 'corpus');
    mkdirSync(corpus);
    let changes = 0;
    const watcher = watchCorpus(corpus, () => changes++, { debounceMs: 30, pollMs: 50 });
    try {
      writeFileSync(join(corpus, 'a.txt'), '一');
      await until('a change in the folder', () => changes >= 1);

      rmSync(corpus, { recursive: true });
      mkdirSync(corpus);
      await until('the folder made again', () => changes >= 2);
      const seen = changes;
      writeFileSync(join(corpus, 'b.txt'), '二');
      await until('a change in the new folder', () => changes > seen);

      const next = join(parent, 'corpus.new');
      mkdirSync(next);
      writeFileSync(join(next, 'c.txt'), '三');
      renameSync(corpus, join(parent, 'corpus.old'));
      renameSync(next, corpus);
      const swapped = changes;
      await until('the folder swapped by rename', () => changes > swapped);
      const after = changes;
      writeFileSync(join(corpus, 'd.txt'), '四');
      await until('a change in the swapped-in folder', () => changes > after);
      expect(changes).toBeGreaterThanOrEqual(5);
    } finally {
      watcher.close();
    }
  });
});
