// Expansion step: English clauses -> the Chinese forms the translator proposes. A field term (the
// glossary, a Latin term, pinyin) must match; a general sense (CC-CEDICT) only ranks.
import type { Translation } from '../contract/common.ts';
import type { Concept } from './translate.ts';
import type { QueryContext } from './query-context.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';
import { makeUnit, type Origin, type PhraseClause, type Query, type QueryClause, type QueryUnit } from './query.ts';

/**
 * Replaces each English clause by one clause per concept the translator found in it (`smart
 * manufacturing` is one concept, `innovative drugs policy` two), and adds the regions it named to the
 * filters. A concept only the general dictionary translated is a should-clause: it ranks the clauses
 * and is required only when nothing else is. Without a translator the English is searched as written.
 */
export function translateEnglish(query: Query, context: QueryContext): Query {
  const translator = context.translator;
  const translations: Translation[] = [...query.translations];
  const province = [...query.filters.province];
  let english = false;
  const clauses = query.clauses.flatMap((c): QueryClause[] => {
    if (c.kind !== 'phrases' || c.english === undefined) return [c];
    const { english: text, quoted, ...rest } = c;
    if (!translator) {
      const unit = makeUnit(text, quoted === true);
      return [{ ...rest, units: unit ? [...c.units, unit] : c.units }];
    }
    english = true;
    const run = translator.translate(text);
    const concepts = run.senses.map((c) => known(c, context));
    translations.push(...concepts.map(({ from, to, source }) => ({ from, to, source })));
    province.push(...run.regions.map((r) => r.zh));
    const groups = concepts
      .flatMap((concept) => [
        { general: concept.general === true, units: conceptUnits(concept, quoted === true) },
        // Broader terms rank (the partial matches of a short page above all), never widen the matches.
        { general: true, units: quoted === true ? [] : broaderUnits(concept) },
      ])
      .filter((g) => g.units.length > 0);
    // Joined by OR to another clause: every sense is one more alternative of that clause.
    if (c.units.length > 0) return [{ ...rest, units: [...c.units, ...groups.flatMap((g) => g.units)] }];
    return groups.map((g): PhraseClause => ({
      kind: 'phrases',
      occur: g.general && c.occur === 'must' ? 'should' : c.occur,
      units: g.units,
    }));
  });
  const chinese = query.clauses.some(
    (c) => c.kind === 'phrases' && c.english === undefined && c.units.some((u) => /\p{Script=Han}/u.test(u.text)),
  );
  return {
    ...query,
    clauses: placeBroader(clauses),
    translations,
    filters: { ...query.filters, province },
    lang: languageOf(english, chinese, query.lang),
  };
}

const ORIGIN: Readonly<Record<Translation['source'], Origin>> = {
  glossary: 'glossary',
  dictionary: 'dictionary',
  latin: 'typed',
  pinyin: 'typed',
  region: 'typed',
  none: 'typed',
};

// The units of a translated concept: its Chinese terms (a Latin term keeps its English text), each
// weighted as the translator weighed it (a general sense used rarely by the corpus weighs less).
function conceptUnits(concept: Concept, quoted: boolean): QueryUnit[] {
  return concept.to
    .map((t, k) => makeUnit(t, quoted, ORIGIN[concept.source], concept.weights?.[k] ?? 1))
    .filter((u): u is QueryUnit => u !== undefined)
    .map((u) => (concept.source === 'latin' ? { ...u, text: concept.from } : u));
}

// The broader terms of a concept (追溯 for 追溯体系), weighed as other forms are, standing for its first term.
function broaderUnits(concept: Concept): QueryUnit[] {
  const first = concept.to[0];
  if (first === undefined) return [];
  return (concept.broader ?? [])
    .map((t) => makeUnit(t, false, 'composed', SEARCH_DEFAULTS.ranking.alternativeWeight))
    .filter((u): u is QueryUnit => u !== undefined)
    .map((u) => ({ ...u, synonymOf: first }));
}

function languageOf(english: boolean, chinese: boolean, parsed: Query['lang']): Query['lang'] {
  if (!english) return parsed;
  return chinese ? 'mixed' : 'en';
}

// A word nothing translated that the synonym data or the thesaurus knows (CGT) is searched as written,
// so that their step gives it its forms; any other such word is dropped, as it would match nothing.
function known(concept: Concept, context: QueryContext): Concept {
  if (concept.source !== 'none') return concept;
  const listed = context.thesaurus.entryOf(concept.from) ?? context.synonyms.groupOf(concept.from);
  return listed ? { ...concept, to: [concept.from], source: 'latin' } : concept;
}

const isBroader = (c: QueryClause): c is PhraseClause =>
  c.kind === 'phrases' && c.occur === 'should' && c.units.length > 0 && c.units.every((u) => u.origin === 'composed');

/**
 * Where a concept's broader terms go. In a query of several required concepts, a clause must hold each
 * and a policy writes a concept by its key word as often as by the field's phrase (drug manufacturing
 * -> 药品生产, or 药品 beside 生产工艺): they are alternatives of the concept, ranked after it. In a query
 * of one concept, the phrase alone finds what the Chinese finds; its broader terms only rank.
 */
function placeBroader(clauses: readonly QueryClause[]): QueryClause[] {
  const required = clauses.filter((c) => c.kind === 'phrases' && c.occur === 'must').length;
  if (required < 2) return [...clauses];
  const out: QueryClause[] = [];
  for (const c of clauses) {
    const last = out.at(-1);
    if (isBroader(c) && last?.kind === 'phrases' && last.occur === 'must') {
      out[out.length - 1] = { ...last, units: [...last.units, ...c.units] };
    } else out.push(c);
  }
  return out;
}
