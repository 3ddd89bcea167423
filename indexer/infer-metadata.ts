// Metadata for a document that has no sidecar: inferred from its title and text.
import type { DocumentMeta } from './store/schema.ts';
import { PROVINCES, allCities, findProvince } from './regions/regions.ts';

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
const FIVE_YEAR: Record<string, readonly [number, number]> = {
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};
const STATUSES: ReadonlyArray<readonly [string, string]> = [
  ['征求意见稿', 'draft for comment'],
  ['送审稿', 'draft for review'],
  ['草案', 'draft'],
  ['试行', 'trial'],
];
const KIND_WORD = new RegExp(KINDS.map(([zh]) => zh).join('|'));

/**
 * Guesses a document's metadata from its text: the title (a short line naming a kind of document),
 * the province and city named in it (or most often in the text), the period (2021-2025, 十四五),
 * the kind, a status such as 征求意见稿, and the date of issue where the text states one.
 * @param id the document id (from the file name)
 * @param htmlTitle a page's own title, preferred when there is one
 */
export function inferMetadata(id: string, text: string, htmlTitle?: string): DocumentMeta {
  const title = htmlTitle ?? inferTitle(text);
  const place = inferPlace(title, text);
  const kind = KINDS.find(([zh]) => title.includes(zh));
  const status = STATUSES.find(([zh]) => title.includes(zh) || text.slice(0, 300).includes(zh));
  return {
    id,
    title,
    region: place.city ? { zh: place.city.zh, en: place.city.en } : { zh: place.province.zh, en: place.province.en },
    province: place.province.zh,
    provinceEn: place.province.en,
    ...(place.city ? { city: place.city.zh, cityEn: place.city.en } : {}),
    level: place.city ? 'city' : place.province.zh === '全国' ? 'national' : 'province',
    ...(kind ? { kind: { zh: kind[0], en: kind[1] } } : {}),
    ...inferPeriod(title, text),
    ...inferIssue(text),
    ...(status ? { status: { zh: status[0], en: status[1] } } : {}),
    metaSource: 'inferred',
  };
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
    // A title broken over two lines: 江西省医药产业链现代化建设 / 行动方案（2023-2026年）
    if (KIND_WORD.test(line.slice(0, 4)) && prev.length > 0 && prev.length <= 40 && !/[。，；：]/.test(prev))
      return prev + line;
    return line;
  }
  return lines[0]?.slice(0, 80) ?? '';
}

function inferPlace(
  title: string,
  text: string,
): { province: { zh: string; en: string }; city?: { zh: string; en: string } } {
  const provinceIn = (s: string) => PROVINCES.find((p) => s.includes(p.full) || s.startsWith(p.zh));
  const cityIn = (s: string) =>
    allCities().find((c) => s.startsWith(c.full) || s.startsWith(c.zh) || s.includes(c.full));
  const titled = provinceIn(title);
  const city = cityIn(title);
  if (city) {
    const p = findProvince(city.province);
    if (p) return { province: p, city };
  }
  if (titled) return { province: titled };
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
  return { province: best ?? { zh: '全国', en: 'National' } };
}

function inferPeriod(title: string, text: string): Pick<DocumentMeta, 'period'> {
  const range = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?/.exec(title);
  if (range) return { period: { from: Number(range[1]), to: Number(range[2]) } };
  for (const [label, [from, to]] of Object.entries(FIVE_YEAR)) {
    if (title.includes(label)) return { period: { from, to, label } };
  }
  const years = [...text.slice(0, 6000).matchAll(/到\s*(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (years.length > 0) return { period: { to: Math.max(...years) } };
  return {};
}

function inferIssue(text: string): Pick<DocumentMeta, 'issued' | 'issuer'> {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const window = [...lines.slice(0, 15), ...lines.slice(-6)];
  for (let k = 0; k < window.length; k++) {
    const m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(window[k] as string);
    if (!m) continue;
    const issued = `${m[1]}-${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`;
    const issuers: string[] = [];
    for (let j = k - 1; j >= 0 && issuers.length < 4; j--) {
      const line = window[j] as string;
      if (!/(办公厅|办公室|人民政府|委员会|省委|市委|局|厅|部)$/.test(line)) break;
      issuers.unshift(line);
    }
    return issuers.length > 0 ? { issued, issuer: issuers.join('、') } : { issued };
  }
  return {};
}
