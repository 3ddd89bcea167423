// Metadata for a document that has no sidecar: inferred from its title and text.
import type { DocumentDates, DocumentMeta } from './store/schema.ts';
import { NORMATIVE, effectiveDate, readLegalHeader, type LegalHeader } from './legal-header.ts';
import type { SourceFields } from './source-fields.ts';
import { NATIONAL_REGION, PROVINCES, allCities, findProvince } from './regions/regions.ts';
import { findSignature } from './signature.ts';
import { PLAN_PERIODS } from './figures/plan-periods.ts';

const KINDS: ReadonlyArray<readonly [string, string]> = [
  ['行动方案', 'action plan'],
  ['实施方案', 'implementation plan'],
  ['工作方案', 'work plan'],
  ['实施意见', 'implementation opinions'],
  ['指导意见', 'guiding opinions'],
  ['意见', 'opinions'],
  ['规划', 'plan'],
  ['若干措施', 'measures'],
  ['若干政策', 'policies'],
  ['措施', 'measures'],
  ['行动计划', 'action plan'],
  ['计划', 'plan'],
  ['通知', 'notice'],
  ['办法', 'measures'],
  ['细则', 'detailed rules'],
  ['条例', 'regulations'],
  ['规定', 'provisions'],
  ['纲要', 'outline'],
  ['方案', 'plan'],
  ['指南', 'guidelines'],
  ['决定', 'decision'],
];
const STATUSES: ReadonlyArray<readonly [string, string]> = [
  ['征求意见稿', 'draft for comment'],
  ['送审稿', 'draft for review'],
  ['草案', 'draft'],
  ['试行', 'trial'],
];
// A law's title ends in 法 (药品管理法, 中华人民共和国生物安全法); 办法 and 方法 are not laws.
const LAW_TITLE = /(?<![办方])法$/;
const KIND_WORD = new RegExp(`${KINDS.map(([zh]) => zh).join('|')}|${LAW_TITLE.source}`);
// The title of a notice that carries a document: 关于印发《…》的通知, 上海市人民政府办公厅印发《…》的通知.
const CARRIER = /(?:印发|转发|发布|公布)[\s\u3000]*《([^》]{4,80})》[\s\u3000]*(?:的)?(?:通知|公告|决定|通告)$/;
// A maker or title that speaks for the whole country.
const NATIONAL = /^(?:中华人民共和国|全国|国务院|国家|中共中央)/;
// A document number (文号): issuer's abbreviation, year in brackets, serial: 赣府厅字〔2023〕12号.
const DOC_NUMBER =
  /[\p{Script=Han}]{1,12}[〔［[（(][\s\u3000]*(?:19|20)\d{2}[\s\u3000]*[〕］\]）)][\s\u3000]*\d{1,4}[\s\u3000]*号/u;
// How far from the start a distribution header, a document number or the title may stand.
const FRONT_LINES = 15;
const BACK_LINES = 8;

/**
 * Guesses a document's metadata from its text: the title (a short line naming a kind of document;
 * for a notice that carries a document, 关于印发《X》的通知, the carried document's title X, the
 * notice's own title kept in `notice`), the province and city named in it (else in its issuer's
 * name, else most often in the text; a law, a State Council regulation or a ministry's rule is
 * national), the period (2021-2025, 十四五), the kind, a status such as 征求意见稿, the issuer and
 * date of issue from the closing signature (`吉林省人民政府办公厅` / `2021年12月15日`), a
 * distribution header, or a law's history lines (passed, promulgated, amended, in force, and from
 * who made it the category: 法律, 行政法规…), the document number (`赣府厅字〔2023〕12号`), and what
 * a publisher's labelled lines gave (`fields`: 发布日期, 发布机构, 原文链接) where the text says less.
 * @param formatTitle a title the file's format states (a page's own title), preferred when given
 * @returns the metadata without its id, which the corpus assigns (see documentIds)
 */
export function inferMetadata(text: string, formatTitle?: string, fields: SourceFields = {}): Omit<DocumentMeta, 'id'> {
  const written = formatTitle ?? inferTitle(text);
  const carried = CARRIER.exec(written)?.[1]?.trim();
  const title = carried ?? written;
  const legal = readLegalHeader(frontLines(text, title));
  const issue = issueOf(text, legal, fields);
  const place = inferPlace(title, issue.issuer ?? '', text, legal);
  return {
    title,
    region: place.city ? { zh: place.city.zh, en: place.city.en } : { zh: place.province.zh, en: place.province.en },
    province: place.province.zh,
    provinceEn: place.province.en,
    ...(place.city ? { city: place.city.zh, cityEn: place.city.en } : {}),
    level: levelOf(place),
    ...kindAndStatus(title, text),
    ...inferPeriod(title, text),
    ...issue,
    ...legalFields(legal, text, fields),
    ...(carried ? { notice: { title: written } } : {}),
    metaSource: 'inferred',
  };
}

// Who issued it and when, and its number: the signature first, then a law's history, then a publisher's fields.
function issueOf(
  text: string,
  legal: LegalHeader,
  fields: SourceFields,
): Pick<DocumentMeta, 'issuer' | 'issued' | 'docNumber'> {
  const signed = inferIssue(text);
  const issuer = signed.issuer ?? legal.maker ?? fields.issuer;
  const issued = signed.issued ?? fields.issued ?? legal.dates.promulgated ?? legal.dates.passed;
  const docNumber = inferDocNumber(text) ?? fields.docNumber;
  return { ...(issuer ? { issuer } : {}), ...(issued ? { issued } : {}), ...(docNumber ? { docNumber } : {}) };
}

function kindAndStatus(title: string, text: string): Pick<DocumentMeta, 'kind' | 'status'> {
  const kind = LAW_TITLE.test(title) ? (['法', 'law'] as const) : KINDS.find(([zh]) => title.includes(zh));
  const status = STATUSES.find(([zh]) => title.includes(zh) || text.slice(0, 300).includes(zh));
  return {
    ...(kind ? { kind: { zh: kind[0], en: kind[1] } } : {}),
    ...(status ? { status: { zh: status[0], en: status[1] } } : {}),
  };
}

// The category, dates and source of publication; a document with no history lines is a normative one.
function legalFields(
  legal: LegalHeader,
  text: string,
  fields: SourceFields,
): Pick<DocumentMeta, 'category' | 'dates' | 'source'> {
  const dates = documentDates(legal, text, fields);
  const category = legal.category ?? (legal.lines === 0 ? NORMATIVE : undefined);
  return {
    ...(category ? { category: { zh: category.zh, en: category.en } } : {}),
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    ...(fields.source ? { source: fields.source } : {}),
  };
}

// The lines between the title and the first article or heading: where a law's history stands.
function frontLines(text: string, title: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l.length > 0 && l.replace(/^《|》$/g, '').endsWith(title.slice(-6)));
  return lines.slice(titleAt + 1, titleAt + 1 + FRONT_LINES);
}

function documentDates(legal: LegalHeader, text: string, fields: SourceFields): DocumentDates {
  const effective = legal.dates.effective ?? effectiveDate(text, legal.dates.promulgated) ?? fields.effective;
  return {
    ...legal.dates,
    ...(effective ? { effective } : {}),
    ...(fields.published ? { published: fields.published } : {}),
  };
}

function levelOf(place: { province: { zh: string }; city?: unknown }): DocumentMeta['level'] {
  if (place.city) return 'city';
  return place.province.zh === NATIONAL_REGION.zh ? 'national' : 'province';
}

function inferTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, 20);
  for (let k = 0; k < lines.length; k++) {
    const line = (lines[k] as string).replace(/^《|》$/g, '');
    if (line.length > 80 || /[。；]$/.test(line) || !KIND_WORD.test(line)) continue;
    const prev = k > 0 ? (lines[k - 1] as string) : '';
    // A status on the line after the title: 巴中市……行动方案（2022-2025年） / （征求意见稿）
    const next = lines[k + 1] ?? '';
    const status = STATUSES.some(([zh]) => next === `（${zh}）` || next === `(${zh})`) ? next : '';
    // A title broken over two lines: 江西省医药产业链现代化建设 / 行动方案（2023-2026年）
    if (KIND_WORD.test(line.slice(0, 4)) && prev.length > 0 && prev.length <= 40 && !/[。，；：]/.test(prev))
      return prev + line + status;
    return line + status;
  }
  return lines[0]?.slice(0, 80) ?? '';
}

function inferPlace(
  title: string,
  issuer: string,
  text: string,
  legal: LegalHeader,
): { province: { zh: string; en: string }; city?: { zh: string; en: string } } {
  if (legal.category?.level === 'national' || NATIONAL.test(title) || NATIONAL.test(issuer))
    return { province: { ...NATIONAL_REGION } };
  const provinceIn = (s: string) => PROVINCES.find((p) => s.includes(p.full) || s.startsWith(p.zh));
  const cityIn = (s: string) =>
    allCities().find((c) => s.startsWith(c.full) || s.startsWith(c.zh) || s.includes(c.full));
  // The title names the region, else the issuing body does (湖南省人民政府办公厅).
  for (const named of [title, issuer]) {
    const city = cityIn(named);
    const province = city ? findProvince(city.province) : undefined;
    if (city && province) return { province, city };
    const titled = provinceIn(named);
    if (titled) return { province: titled };
  }
  // The province named most often in the opening of the text (全省, 我省 documents name theirs).
  const head = text.slice(0, 4000);
  let best: { zh: string; en: string } | undefined;
  let bestCount = 0;
  for (const p of PROVINCES) {
    const count = head.split(p.zh).length - 1;
    if (count > bestCount) {
      best = p;
      bestCount = count;
    }
  }
  return { province: best ?? { ...NATIONAL_REGION } };
}

function inferPeriod(title: string, text: string): Pick<DocumentMeta, 'period'> {
  const range = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?/.exec(title);
  if (range) return { period: { from: Number(range[1]), to: Number(range[2]) } };
  const plan = PLAN_PERIODS.find((p) => title.includes(p.label));
  if (plan) return { period: { from: plan.from, to: plan.to, label: plan.label } };
  const years = [...text.slice(0, 6000).matchAll(/到\s*(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length > 0) return { period: { to: Math.max(...years) } };
  return {};
}

function inferIssue(text: string): Pick<DocumentMeta, 'issued' | 'issuer'> {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  // The closing signature, else a distribution header before the title (issuers above a date).
  const candidates = [lines.slice(-BACK_LINES), ...lines.slice(0, FRONT_LINES).map((_, k) => lines.slice(0, k + 1))];
  for (const window of candidates) {
    const signature = findSignature(window);
    if (!signature) continue;
    const issuer = signature.issuers.join('、');
    return issuer ? { issued: signature.issued, issuer } : { issued: signature.issued };
  }
  return {};
}

function inferDocNumber(text: string): string | undefined {
  const front = text
    .split('\n')
    .slice(0, 2 * FRONT_LINES)
    .join('\n');
  const m = DOC_NUMBER.exec(front);
  return m ? m[0].replace(/[\s\u3000]+/g, '') : undefined;
}
