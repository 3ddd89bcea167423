// `npm run search -- "一致性评价" [--province 浙江] [--limit 10]`: top hits in the terminal, marks in colour.
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { DomainError } from './errors.ts';
import { openIndex } from './search/open-index.ts';
import { parseQuery } from './search/expand.ts';
import { searchClauses } from './search/search-service.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { province: { type: 'string' }, doc: { type: 'string' }, limit: { type: 'string', default: '10' } },
});
const q = positionals.join(' ');
if (!q.trim()) {
  console.error('usage: npm run search -- "query" [--province 浙江] [--doc ID] [--limit N]');
  process.exit(2);
}
const config = loadConfig();
const { store } = await openIndex({
  corpusDir: config.CORPUS_DIR,
  indexPath: config.INDEX_PATH,
  lexiconPath: config.LEXICON_PATH,
  rebuild: config.REBUILD,
});
const color = process.stdout.isTTY;
const mark = (html: string) =>
  html
    .replace(/<mark>/g, color ? '\x1b[1;33m' : '【')
    .replace(/<\/mark>/g, color ? '\x1b[0m' : '】')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
try {
  const started = performance.now();
  const r = searchClauses(store, parseQuery(q, { context: store.queryContext() }), {
    province: values.province ? [values.province] : [],
    doc: values.doc ? [values.doc] : [],
    limit: Number(values.limit),
    offset: 0,
  });
  console.log(`${r.total} clauses (${r.query.mode}) in ${(performance.now() - started).toFixed(1)} ms`);
  for (const t of r.query.translations)
    console.log(`  ${t.from} -> ${t.to.join(' / ') || '(not understood)'} [${t.source}]`);
  r.hits.forEach((hit, k) => {
    console.log(`\n${k + 1}. ${hit.doc.title} ${hit.label}  [${hit.id}]`);
    if (hit.section.length) console.log(`   ${hit.section.join(' › ')}`);
    console.log(`   ${mark(hit.snippet).replace(/\s*\n\s*/g, ' ')}`);
  });
} catch (err) {
  if (err instanceof DomainError) {
    console.error(`${err.code}: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
