// Synthetic corpora N times the shipped one: documents renamed, paragraphs shuffled. Never committed.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A seeded shuffle, so that two runs build the same corpus. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Writes `factor` copies of every document of `corpusDir` into `outDir`, each with its own id and
 * title (its sidecar rewritten), the paragraphs inside each top-level section shuffled.
 */
export function makeSyntheticCorpus(
  corpusDir: string,
  outDir: string,
  factor: number,
): { documents: number; bytes: number } {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let documents = 0,
    bytes = 0;
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    const meta = JSON.parse(readFileSync(join(corpusDir, name.replace(/\.txt$/, '.meta.json')), 'utf8')) as Record<
      string,
      unknown
    >;
    const sections = text.split(/\n(?=[一二三四五六七八九十]+、|#+\s*[一二三四五六七八九十]+、)/);
    for (let k = 0; k < factor; k++) {
      const body = sections
        .map((s, i) => (i === 0 ? s : shuffled(s.split('\n\n'), k * 31 + i).join('\n\n')))
        .join('\n');
      const id = `${meta.id as string}-s${k}`;
      writeFileSync(join(outDir, `${id}.txt`), body);
      writeFileSync(
        join(outDir, `${id}.meta.json`),
        JSON.stringify({ ...meta, id, title: `${meta.title as string}（副本${k}）`, sourceFile: undefined }),
      );
      bytes += Buffer.byteLength(body);
      documents++;
    }
  }
  return { documents, bytes };
}
