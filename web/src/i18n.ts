// The page's words in Chinese and English; the language is remembered and defaults from the browser.

export type Lang = 'zh' | 'en';

const STRINGS = {
  title: ['政策检索', 'Policy search'],
  placeholder: [
    '搜索条款或提问，如 一致性评价 / 江西省医药产业链营业收入目标是多少？',
    'Search clauses or ask, e.g. consistency evaluation',
  ],
  search: ['检索', 'Search'],
  ask: ['问答', 'Ask'],
  targets: ['目标表', 'Targets'],
  help: ['语法', 'Syntax'],
  helpText: [
    '空格分隔：全部包含；"引号"：精确短语；-词：排除；A OR B：任一；province:浙江、doc:ID：筛选。英文与繁体会自动转换。',
    'Spaces: all terms; "quotes": exact phrase; -word: exclude; A OR B: either; province:Zhejiang, doc:ID: filters. English and traditional characters are translated.',
  ],
  results: ['条', 'clauses'],
  province: ['省份', 'Province'],
  document: ['文件', 'Document'],
  noResults: ['没有找到结果。', 'No results.'],
  suggestions: [
    '建议：去掉筛选条件、减少关键词，或改用部分匹配。',
    'Try removing a filter, using fewer terms, or a shorter phrase.',
  ],
  partial: ['没有条款包含完整短语，以下为部分匹配。', 'No clause has the whole phrase; these match some of its words.'],
  anyTerms: ['没有条款包含全部词语，以下包含其中部分。', 'No clause has every term; these have some of them.'],
  searchingFor: ['检索', 'Searching for'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了：', 'Error: '],
  expand: ['展开全文', 'Show whole clause'],
  collapse: ['收起', 'Show less'],
  open: ['打开原文', 'Open in document'],
  copyCitation: ['复制引用', 'Copy citation'],
  copyEnglish: ['复制英文引用', 'Copy citation (English)'],
  copied: ['已复制', 'Copied'],
  outline: ['目录', 'Contents'],
  previous: ['上一条', 'Previous clause'],
  next: ['下一条', 'Next clause'],
  back: ['返回检索', 'Back to search'],
  answer: ['答案', 'Answer'],
  confidence: ['置信度', 'Confidence'],
  declined: ['没有足够把握给出答案，以下是最相关的条款。', 'Not sure enough to answer; these are the closest clauses.'],
  sources: ['依据', 'Sources'],
  region: ['地区', 'Region'],
  value: ['数值', 'Value'],
  year: ['年份', 'Year'],
  metric: ['指标', 'Metric'],
  category: ['类别', 'Category'],
  kind: ['类型', 'Kind'],
  clause: ['条款', 'Clause'],
  downloadCsv: ['下载 CSV', 'Download CSV'],
  all: ['全部', 'All'],
  target: ['目标', 'target'],
  actual: ['已实现', 'reached'],
  removeFilter: ['移除筛选', 'Remove filter'],
  dropTranslation: ['移除该翻译', 'Drop this translation'],
  language: ['English', '中文'],
  tooLong: ['查询过长：', 'Query too long: '],
} as const;

export type Key = keyof typeof STRINGS;

let current: Lang = initialLang();

function initialLang(): Lang {
  const saved = localStorage.getItem('zhengce.lang');
  if (saved === 'zh' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The interface language. */
export function lang(): Lang {
  return current;
}

/** Switches the language and remembers it. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('zhengce.lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** A string of the interface in the current language. */
export function t(key: Key): string {
  return STRINGS[key][current === 'zh' ? 0 : 1];
}
