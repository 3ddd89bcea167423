// The field's English–Chinese glossary (indexer/data/glossary.tsv), loaded and indexed both ways.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';
import { compoundsApartKey, phraseKey } from './english.ts';

/** One glossary entry: a Chinese term and its English forms, the first being the display form. */
export interface GlossaryEntry {
  readonly zh: string;
  readonly en: readonly string[];
}

/** The glossary with its lookups. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Chinese term -> its entry. */
  readonly byChinese: ReadonlyMap<string, GlossaryEntry>;
  /** English phrase by its key (lemmas, see phraseKey) -> the Chinese terms it names. */
  readonly byEnglish: ReadonlyMap<string, readonly string[]>;
  /** Longest English form, in words. */
  readonly maxWords: number;
}

/** Where the glossary data lives. */
export const GLOSSARY_PATH = projectPath('indexer', 'data', 'glossary.tsv');

/**
 * Parses glossary TSV text: `中文<TAB>english|other form`, `#` comments, blank lines ignored.
 * @throws Error naming the line of a malformed entry or a Chinese term listed twice.
 */
export function parseGlossary(tsv: string): Glossary {
  const entries: GlossaryEntry[] = [];
  const byChinese = new Map<string, GlossaryEntry>();
  const byEnglish = new Map<string, string[]>();
  let maxWords = 1;
  tsv.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [zh, en] = line.split('\t');
    const forms = (en ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!zh || forms.length === 0)
      throw new Error(`glossary line ${k + 1}: expected "中文<TAB>english|…", got "${line}"`);
    if (byChinese.has(zh)) throw new Error(`glossary line ${k + 1}: "${zh}" is listed twice`);
    const entry = { zh, en: forms };
    entries.push(entry);
    byChinese.set(zh, entry);
    // A form with hyphens is found written either way: a query's compound nothing knows whole is
    // read as its words (see splitCompounds).
    for (const key of new Set(forms.flatMap((form) => [phraseKey(form), compoundsApartKey(form)]))) {
      if (!key) continue;
      maxWords = Math.max(maxWords, key.split(' ').length);
      const list = byEnglish.get(key) ?? [];
      if (!list.includes(zh)) list.push(zh);
      byEnglish.set(key, list);
    }
  });
  return { entries, byChinese, byEnglish, maxWords };
}

let loaded: Glossary | undefined;

/** The project's glossary, read once. */
export function glossary(): Glossary {
  loaded ??= parseGlossary(readFileSync(GLOSSARY_PATH, 'utf8'));
  return loaded;
}
