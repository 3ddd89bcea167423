// An index of documents written for a test: each file written to a temp folder, then indexed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../indexer/pipeline.ts';
import { IndexStore } from '../../server/search/index-store.ts';

/** Indexes `files` (file name -> text), written to a new temp folder; the store has no lexicon. */
export async function writtenIndex(files: Readonly<Record<string, string>>): Promise<IndexStore> {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-written-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return new IndexStore((await buildIndex(dir)).data);
}
