// Words policy writers use for one another (indexer/data/synonyms.tsv): 集采 for 集中带量采购, MAH for
// 上市许可持有人. A query for one form also finds the others; the form typed ranks first.
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.ts';
import { normalize } from './analyzer.ts';

/** One group of interchangeable forms, as the data file lists them. */
export interface SynonymGroup {
  readonly forms: readonly string[];
  /** Where the entry came from and why it holds (the file's comment). */
  readonly note: string;
}

/** The synonym groups with their lookup by normalised form. */
export interface Synonyms {
  readonly groups: readonly SynonymGroup[];
  /** The group a form (normalised as the analyzer does: width, case) belongs to. */
  groupOf(form: string): SynonymGroup | undefined;
  /** The other forms of `form`'s group, in the file's order; empty when it has none. */
  alternatives(form: string): readonly string[];
}

/** Where the synonym data lives. */
export const SYNONYMS_PATH = projectPath('indexer', 'data', 'synonyms.tsv');

const key = (form: string) => normalize(form).text;

/**
 * Parses synonym TSV text: forms separated by tabs, then `# why` (required: every entry says where
 * it came from); `#` comment lines and blank lines ignored.
 * @throws Error naming the line of a group with fewer than two forms, no note, or a form listed twice.
 */
export function parseSynonyms(tsv: string): Synonyms {
  const groups: SynonymGroup[] = [];
  const byForm = new Map<string, SynonymGroup>();
  tsv.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const at = line.indexOf('#');
    const note = at < 0 ? '' : line.slice(at + 1).trim();
    const forms = (at < 0 ? line : line.slice(0, at))
      .split('\t')
      .map((s) => s.trim())
      .filter(Boolean);
    if (forms.length < 2 || !note)
      throw new Error(`synonyms line ${k + 1}: expected "form<TAB>form…<TAB># where it came from", got "${line}"`);
    const group = { forms, note };
    for (const form of forms) {
      if (byForm.has(key(form))) throw new Error(`synonyms line ${k + 1}: "${form}" is listed twice`);
      byForm.set(key(form), group);
    }
    groups.push(group);
  });
  return {
    groups,
    groupOf: (form) => byForm.get(key(form)),
    alternatives: (form) => {
      const group = byForm.get(key(form));
      return group ? group.forms.filter((f) => key(f) !== key(form)) : [];
    },
  };
}

let loaded: Synonyms | undefined;

/** The project's synonyms, read once. */
export function synonyms(): Synonyms {
  loaded ??= parseSynonyms(readFileSync(SYNONYMS_PATH, 'utf8'));
  return loaded;
}
