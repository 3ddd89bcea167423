// Reloads: a signal during a rebuild is not lost, what a rebuild skipped is logged, and shutdown
// (or a killed server) leaves no indexer child behind.
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LiveIndex } from '../../server/search/live-index.ts';
import { openIndex, type OpenIndexOptions } from '../../server/search/open-index.ts';
import { CORPUS_DIR, INDEX_PATH, LEXICON_PATH } from '../helpers/paths.ts';
import { spawnServer } from '../helpers/spawned-server.ts';

const SEED = 'jilin-2021-pharma-strong-province-opinions';
const ADDED = 'jiangxi-2023-pharma-chain-action-plan.txt';

interface LogLine {
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** A corpus of one document in a fresh folder, with its index built, and a LiveIndex logging to `lines`. */
async function oneDocumentCorpus(): Promise<{
  live: LiveIndex;
  corpus: string;
  options: OpenIndexOptions;
  lines: LogLine[];
}> {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-reload-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const ext of ['.txt', '.meta.json'])
    copyFileSync(join(CORPUS_DIR, `${SEED}${ext}`), join(corpus, `${SEED}${ext}`));
  const options: OpenIndexOptions = {
    corpusDir: corpus,
    indexPath: join(dir, 'index.zci'),
    lexiconPath: join(dir, 'lexicon.json'),
    rebuild: 'auto',
  };
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  const live = new LiveIndex((await openIndex(options)).store, options, logger);
  return { live, corpus, options, lines };
}

/** Resolves once the file at `path` has been replaced (the indexer renames a new index into place). */
async function replaced(path: string): Promise<void> {
  const before = statSync(path).ino;
  while (statSync(path, { throwIfNoEntry: false })?.ino === before) await new Promise((r) => setTimeout(r, 10));
}

/** Process ids of the children of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(what: string, test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('reload requests', () => {
  it('runs one more rebuild for signals during a rebuild, so a document added meanwhile is served', async () => {
    const { live, corpus, options, lines } = await oneDocumentCorpus();
    const first = live.reload();
    // The running rebuild has read the corpus once it writes its index: add a document after that.
    await replaced(options.indexPath);
    copyFileSync(join(CORPUS_DIR, ADDED), join(corpus, 'added-meanwhile.txt'));
    const second = live.reload();
    const third = live.reload();
    expect(third).toBe(second);
    expect(await first).toBe(true);
    expect(live.current().documents.size).toBe(1);
    expect(await second).toBe(true);
    expect(live.current().documents.size).toBe(2);
    expect(lines.filter((l) => l.msg === 'index reloaded')).toHaveLength(2);
  }, 120_000);

  it('logs each file a rebuild skipped with its reason, and the lexicon it derived', async () => {
    const { live, corpus, lines } = await oneDocumentCorpus();
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    writeFileSync(join(corpus, `${SEED}.meta.json`), '{ not json');
    expect(await live.reload()).toBe(true);
    const skipped = lines.filter((l) => l.msg === 'file skipped on reload');
    expect(skipped.map((l) => l.file).sort()).toEqual(['empty.txt', 'scan.txt']);
    for (const line of skipped) expect(line).toMatchObject({ level: 40, reason: expect.any(String) });
    expect(lines.find((l) => l.msg === 'corpus warning')).toMatchObject({
      file: `${SEED}.meta.json`,
      reason: expect.stringMatching(/ignored/),
    });
    const derived = lines.find((l) => l.msg.startsWith('lexicon derived'));
    expect(derived).toMatchObject({ words: expect.any(Number), ms: expect.any(Number) });
    // The document's words have CC-CEDICT senses: a lexicon derived empty is a broken derivation.
    expect(derived?.words).toBeGreaterThan(0);
  }, 120_000);
});

describe('a server stopped during a reload', () => {
  /** A server on copies of the corpus and index, a reload started, and the pid of its indexer child. */
  async function reloading() {
    const dir = mkdtempSync(join(tmpdir(), 'zhengce-stop-'));
    cpSync(CORPUS_DIR, join(dir, 'corpus'), { recursive: true });
    copyFileSync(INDEX_PATH, join(dir, 'index.zci'));
    copyFileSync(LEXICON_PATH, join(dir, 'lexicon.json'));
    const server = await spawnServer('built', {
      CORPUS_DIR: join(dir, 'corpus'),
      INDEX_PATH: join(dir, 'index.zci'),
      LEXICON_PATH: join(dir, 'lexicon.json'),
    });
    const pid = server.child.pid as number;
    const index = statSync(join(dir, 'index.zci'));
    server.child.kill('SIGHUP');
    await until('the indexer child starts', () => childrenOf(pid).length > 0, 10_000);
    const [indexer] = childrenOf(pid) as [number];
    return { server, indexer, dir, index };
  }

  it('stops and waits for the indexer child on SIGTERM, which writes nothing', async () => {
    const { server, indexer, dir, index } = await reloading();
    server.child.kill('SIGTERM');
    await server.exitWithin(13_000);
    expect(alive(indexer)).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    const after = statSync(join(dir, 'index.zci'));
    expect([after.ino, after.mtimeMs]).toEqual([index.ino, index.mtimeMs]);
  }, 60_000);

  it('leaves no indexer running when the server is killed outright (SIGKILL)', async () => {
    const { server, indexer, dir, index } = await reloading();
    server.child.kill('SIGKILL');
    await server.exitWithin(5_000);
    // Sooner than it would have written the index (about 2.5 s into a run on this corpus).
    await until('the orphaned indexer exits', () => !alive(indexer), 2_000);
    const after = statSync(join(dir, 'index.zci'));
    expect([after.ino, after.mtimeMs]).toEqual([index.ino, index.mtimeMs]);
  }, 60_000);
});
