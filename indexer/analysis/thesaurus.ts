// The thesaurus (indexer/data/thesaurus.tsv): policy vocabulary people type that the documents write
// otherwise (双碳 -> 碳达峰, 碳中和), one way, each entry with its source.
import { readFileSync } from 'node:fs';
import { normalize } from './analyzer.ts';
import { projectPath } from '../paths.ts';

/** One entry: a query form, the forms the documents use for it, and where that is said. */
export interface ThesaurusEntry {
  readonly form: string;
  readonly to: readonly string[];
  readonly source: string;
}

/** The entries with their lookup by normalised query form. */
export interface Thesaurus {
  readonly entries: readonly ThesaurusEntry[];
  /** The entry of a form (normalised as the analyzer does: width, case), if any. */
  entryOf(form: string): ThesaurusEntry | undefined;
}

/** Where the thesaurus lives. */
export const THESAURUS_PATH = projectPath('indexer', 'data', 'thesaurus.tsv');

const key = (form: string) => normalize(form).text;

/**
 * Parses thesaurus TSV text: a query form and its document forms separated by tabs, then `# source`
 * (required); `#` comment lines and blank lines ignored.
 * @throws Error naming the line of an entry with no document form, no source, or a query form listed twice.
 */
export function parseThesaurus(tsv: string): Thesaurus {
  const entries: ThesaurusEntry[] = [];
  const byForm = new Map<string, ThesaurusEntry>();
  tsv.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const at = line.indexOf('\t#');
    const source = at < 0 ? '' : line.slice(at + 2).trim();
    const [form, ...to] = (at < 0 ? line : line.slice(0, at))
      .split('\t')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!form || to.length === 0 || !source)
      throw new Error(`thesaurus line ${k + 1}: expected "form<TAB>document form…<TAB># source", got "${line}"`);
    if (byForm.has(key(form))) throw new Error(`thesaurus line ${k + 1}: "${form}" is listed twice`);
    const entry = { form, to, source };
    byForm.set(key(form), entry);
    entries.push(entry);
  });
  return { entries, entryOf: (form) => byForm.get(key(form)) };
}

let loaded: Thesaurus | undefined;

/** The project's thesaurus, read once. */
export function thesaurus(): Thesaurus {
  loaded ??= parseThesaurus(readFileSync(THESAURUS_PATH, 'utf8'));
  return loaded;
}
