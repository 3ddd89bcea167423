// Expansion steps: other forms of the same thing. Synonyms (the data's groups), the thesaurus (forms
// the documents write for a form people type) and abbreviations (a short form the corpus spells out).
import { normalize } from '../../indexer/analysis/index.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';
import type { QueryContext } from './query-context.ts';
import { makeUnit, type Expansion, type Origin, type PhraseClause, type Query, type QueryUnit } from './query.ts';

/** Where a step finds a form's other forms: the form it matched in the unit, and the forms to add. */
type Finder = (unit: QueryUnit, context: QueryContext) => { form: string; to: readonly string[] } | undefined;

/**
 * A step adding, beside each unit of a must or should clause, its other forms as alternatives of the
 * same clause, each marked with the form it stands for: for `药品集采`, also `药品集中带量采购`… A form
 * inside a longer unit is replaced in place. Quoted units have none; one expansion per form.
 */
function formsStep(origin: Origin, source: Expansion['source'], find: Finder, bareOnly = false) {
  return (query: Query, context: QueryContext): Query => {
    const expansions: Expansion[] = [...query.expansions];
    const clauses = query.clauses.map((c) => {
      if (c.kind !== 'phrases' || c.occur === 'must-not') return c;
      if (bareOnly && c.units.some((u) => u.synonymOf !== undefined)) return c;
      const seen = new Set(c.units.map((u) => u.normalized));
      const added: QueryUnit[] = [];
      for (const unit of c.units) {
        if (unit.quoted || unit.synonymOf !== undefined) continue;
        const found = find(unit, context);
        if (!found) continue;
        const key = normalize(found.form).text;
        const at = unit.normalized.indexOf(key);
        if (at < 0) continue;
        const to: string[] = [];
        for (const alt of found.to) {
          const text = unit.normalized.slice(0, at) + normalize(alt).text + unit.normalized.slice(at + key.length);
          const variant = makeUnit(text, false, origin, SEARCH_DEFAULTS.ranking.alternativeWeight);
          if (!variant || seen.has(variant.normalized)) continue;
          seen.add(variant.normalized);
          added.push({ ...variant, synonymOf: found.form });
          to.push(alt);
        }
        if (to.length > 0 && !expansions.some((e) => e.from === found.form))
          expansions.push({ from: found.form, to, ...(source === 'synonym' ? {} : { source }) });
      }
      return added.length === 0 ? c : ({ ...c, units: distinctUnits([...c.units, ...added]) } as PhraseClause);
    });
    return { ...query, clauses, expansions };
  };
}

// One unit per text in a clause; a form typed wins over the same form added for another.
function distinctUnits(units: readonly QueryUnit[]): QueryUnit[] {
  const typed = new Set(units.filter((u) => u.synonymOf === undefined).map((u) => u.normalized));
  const seen = new Set<string>();
  return units.filter((u) => {
    if (seen.has(u.normalized) || (u.synonymOf !== undefined && typed.has(u.normalized))) return false;
    seen.add(u.normalized);
    return true;
  });
}

/** Synonyms (indexer/data/synonyms.tsv): the unit itself, or one of its whole words, has a group. */
export const addSynonyms = formsStep('synonym', 'synonym', (unit, { synonyms }) => {
  const form = synonyms.groupOf(unit.normalized)
    ? unit.normalized
    : unit.terms.find((t) => !t.sub && synonyms.groupOf(t.term))?.term;
  if (form === undefined) return undefined;
  const group = synonyms.groupOf(form);
  const spelled = group?.forms.find((f) => normalize(f).text === normalize(form).text) ?? form;
  return { form: spelled, to: synonyms.alternatives(form) };
});

/** The thesaurus (indexer/data/thesaurus.tsv): policy vocabulary the documents write otherwise. */
export const addThesaurus = formsStep('thesaurus', 'thesaurus', (unit, { thesaurus }) => {
  const entry =
    thesaurus.entryOf(unit.normalized) ??
    unit.terms
      .filter((t) => !t.sub)
      .map((t) => thesaurus.entryOf(t.term))
      .find(Boolean);
  return entry ? { form: entry.form, to: entry.to } : undefined;
});

/**
 * Abbreviations: a Chinese unit the corpus seldom writes, whose characters longer forms of the corpus
 * spell in order (发改委 -> 发展改革委, 发展和改革委; 药监局 -> 药品监督管理局), kept when the corpus writes
 * them at least as often as the short form. Units already given other forms (synonyms, thesaurus)
 * are left as they are.
 */
export const addLongForms = formsStep(
  'abbreviation',
  'abbreviation',
  (unit, context) => {
    const { longForms, phraseCount } = context;
    const { minChars, maxChars, maxUses } = SEARCH_DEFAULTS.abbreviations;
    const n = [...unit.normalized].length;
    if (!longForms || !phraseCount || n < minChars || n > maxChars) return undefined;
    if (!/^\p{Script=Han}+$/u.test(unit.normalized)) return undefined;
    const uses = phraseCount(unit.normalized);
    if (uses > maxUses) return undefined;
    const to = longForms(unit.normalized).filter((form) => phraseCount(form) >= uses);
    return to.length > 0 ? { form: unit.normalized, to } : undefined;
  },
  true,
);
