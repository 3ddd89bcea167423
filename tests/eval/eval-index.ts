// The index the eval and the learner ask: the shipped corpus's, or another folder's in a temp path.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openIndex } from '../../server/search/open-index.ts';
import type { IndexStore } from '../../server/search/index-store.ts';

/** The value after `--name` in argv, if any. */
export function flag(argv: readonly string[], name: string): string | undefined {
  const k = argv.indexOf(`--${name}`);
  return k >= 0 ? argv[k + 1] : undefined;
}

/**
 * Opens the index of `corpusDir` (the shipped `corpus` when undefined, at data/index.zci); another
 * folder's index and lexicon live in a temp folder named for it, never over data/index.zci.
 */
export async function openEvalIndex(corpusDir: string | undefined): Promise<IndexStore> {
  if (!corpusDir) {
    const { store } = await openIndex({
      corpusDir: 'corpus',
      indexPath: 'data/index.zci',
      lexiconPath: 'data/lexicon.json',
      rebuild: 'auto',
    });
    return store;
  }
  const dir = join(
    tmpdir(),
    `zhengce-eval-${createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 10)}`,
  );
  mkdirSync(dir, { recursive: true });
  const { store } = await openIndex({
    corpusDir,
    indexPath: join(dir, 'index.zci'),
    lexiconPath: join(dir, 'lexicon.json'),
    rebuild: 'auto',
  });
  return store;
}

/** The non-flag arguments: the gold files. */
export function files(argv: readonly string[]): string[] {
  return argv.filter((a, k) => !a.startsWith('--') && !(argv[k - 1] ?? '').startsWith('--corpus'));
}
