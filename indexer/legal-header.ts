// A law's or rule's history lines (2020年10月17日 …会议通过) and what kind of instrument its maker makes.
import { readFileSync } from 'node:fs';
import { issueDate } from './signature.ts';
import type { Bilingual, DocumentDates } from './store/schema.ts';

interface CategoryRow extends Bilingual {
  readonly level: 'national' | 'province';
  readonly issuer: string;
  readonly requiresOrder?: boolean;
}
type DateEvent = keyof DocumentDates;
const DATA = JSON.parse(readFileSync(new URL('./data/document-categories.json', import.meta.url), 'utf8')) as {
  categories: CategoryRow[];
  normative: Bilingual;
  // A JSON shape, turned into a Map (EVENT_OF) at once.
  // eslint-disable-next-line no-restricted-syntax
  events: Record<string, DateEvent>;
};
const CATEGORIES = DATA.categories.map((c) => ({ ...c, re: new RegExp(c.issuer) }));
const EVENTS = Object.entries(DATA.events);
const EVENT_OF: ReadonlyMap<string, DateEvent> = new Map(EVENTS);
const EVENT = new RegExp(`(${EVENTS.map(([verb]) => verb).join('|')})[)）]?$`);
// `2020年10月17日 第十三届…会议通过`: a date, then who did what.
const HISTORY = /^(\d{4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日)[\s\u3000]*(.*)$/;
const CN = '[一二三四五六七八九十百零〇\\d]+';
const TERM = new RegExp(`第${CN}届`, 'g');
const SESSION = new RegExp(`第${CN}次(?:全体)?会议.*$`);
const ORDER = new RegExp(`令(?:第${CN}号)?.*$`);
const EFFECTIVE =
  /自[\s\u3000]*(\d{4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日)[\s\u3000]*起(?:施行|实施|执行|生效)/;
const EFFECTIVE_ON_PROMULGATION = /自(?:公布|发布|印发)之日起(?:施行|实施|执行|生效)/;

/** What a document's history lines say: its dates, and its maker and category where they tell. */
export interface LegalHeader {
  readonly dates: DocumentDates;
  /** The body that made it, from the first history line: 全国人民代表大会常务委员会, 国务院. */
  readonly maker?: string;
  readonly category?: Bilingual & { readonly level: 'national' | 'province' };
  /** How many of the lines given were history lines. */
  readonly lines: number;
}

/**
 * Reads the history lines a law or rule opens with (`2002年8月4日 中华人民共和国国务院令第360号公布`,
 * `2016年2月6日 《…决定》第一次修订`): each date goes to the event its verb names (通过 passed, 公布
 * promulgated, 修订/修正 amended, 施行 effective, as `data/document-categories.json` lists them). The
 * maker of the first line, its session and order number taken off, gives the category (法律, 行政法规,
 * 部门规章, 地方性法规…). Lines that are not history lines are passed over.
 * @param lines the lines before the body (after the title)
 */
export function readLegalHeader(lines: readonly string[]): LegalHeader {
  const dates: { -readonly [K in keyof DocumentDates]: DocumentDates[K] } = {};
  let maker: string | undefined;
  let order = false;
  let count = 0;
  for (const line of lines) {
    const m = HISTORY.exec(line.trim());
    const event = m ? EVENT.exec((m[2] as string).trim()) : null;
    const date = m ? issueDate((m[1] as string).replace(/[\s\u3000]/g, '')) : undefined;
    if (!m || !event || !date) continue;
    count++;
    const what = EVENT_OF.get(event[1] as string) as DateEvent;
    if (what === 'amended') dates.amended = [...(dates.amended ?? []), date];
    else dates[what] ??= date;
    if (maker === undefined && what !== 'amended') {
      const by = (m[2] as string).trim();
      order = ORDER.test(by.replace(SESSION, ''));
      maker = by.replace(SESSION, '').replace(ORDER, '').replace(TERM, '').replace(EVENT, '').trim() || undefined;
    }
  }
  const category = maker ? categoryOf(maker, order) : undefined;
  return { dates, ...(maker ? { maker } : {}), ...(category ? { category } : {}), lines: count };
}

/** The category of instrument a maker makes (`国务院` -> 行政法规); a government's order is a rule. */
export function categoryOf(
  maker: string,
  order = false,
): (Bilingual & { readonly level: 'national' | 'province' }) | undefined {
  const name = maker.replace(/^中华人民共和国/, '');
  const row = CATEGORIES.find((c) => c.re.test(name) && (!c.requiresOrder || order));
  return row ? { zh: row.zh, en: row.en, level: row.level } : undefined;
}

/** The category of a document no history line places: notices, plans and opinions are normative documents. */
export const NORMATIVE: Bilingual = DATA.normative;

/**
 * The date a text says it takes effect: `自2021年4月15日起施行`, or the date of promulgation for
 * `自公布之日起施行`. Looked for in the last part of the text, where the closing article stands.
 */
export function effectiveDate(text: string, promulgated?: string): string | undefined {
  const tail = text.slice(-3000);
  const m = EFFECTIVE.exec(tail);
  if (m) return issueDate((m[1] as string).replace(/[\s\u3000]/g, ''));
  return EFFECTIVE_ON_PROMULGATION.test(tail) ? promulgated : undefined;
}
