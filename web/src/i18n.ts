// The page's words in Chinese and English; the language is remembered and defaults from the browser.

export type Lang = 'zh' | 'en';

const STRINGS = {
  title: ['政策检索', 'Policy search'],
  placeholder: [
    '搜索条款或提问，如 一致性评价 / 江西省医药产业链营业收入目标是多少？',
    'Search clauses or ask, e.g. consistency evaluation',
  ],
  queryLabel: ['检索条款或提问', 'Search clauses or ask a question'],
  searchHeading: ['检索医药产业政策条款', 'Search pharmaceutical policy clauses'],
  askHeading: ['就医药产业政策提问', 'Ask about pharmaceutical policy'],
  modeLabel: ['检索或问答', 'Search or ask'],
  siteNav: ['网站导航', 'Site'],
  search: ['检索', 'Search'],
  ask: ['问答', 'Ask'],
  targets: ['目标表', 'Targets'],
  help: ['语法', 'Syntax'],
  helpText: [
    '空格分隔：全部包含；"引号"：精确短语；-词：排除；A OR B：任一；province:浙江、doc:ID：筛选。英文与繁体会自动转换。',
    'Spaces: all terms; "quotes": exact phrase; -word: exclude; A OR B: either; province:Zhejiang, doc:ID: filters. English and traditional characters are translated.',
  ],
  results: ['条', 'clauses'],
  resultsLabel: ['结果', 'Results'],
  showing: ['显示', 'showing'],
  more: ['显示更多', 'Show more'],
  filters: ['筛选', 'Filters'],
  aboutQuestion: ['问题理解与示例', 'The question, and examples'],
  province: ['省份', 'Province'],
  region: ['地区', 'Region'],
  document: ['文件', 'Document'],
  fromQuery: ['（来自查询）', '(from the query)'],
  noResultsFor: ['没有条款包含', 'No clause has '],
  fewerWords: ['请减少关键词，或换一种说法。', 'Try fewer words, or other words.'],
  searchEverywhere: ['去掉筛选，在全部文件中检索', 'Remove the filters and search every document'],
  keepExcluded: ['不排除任何词', 'Stop excluding words'],
  searchOnly: ['只检索', 'Search only for'],
  translateEnglish: ['翻译英文词语再检索', 'Translate the English words and search again'],
  didYouMean: ['您是不是要找：', 'Did you mean:'],
  looksLikeQuestion: ['这像是一个问题。', 'This reads like a question.'],
  askInstead: ['改用问答 →', 'Ask it instead →'],
  partial: ['没有条款包含完整短语，以下为部分匹配。', 'No clause has the whole phrase; these match some of its words.'],
  anyTerms: ['没有条款包含全部词语，以下包含其中部分。', 'No clause has every term; these have some of them.'],
  searchingFor: ['检索：', 'Searching for:'],
  noTranslation: ['没有找到中文译法：', 'No Chinese found for'],
  editTerm: ['自定义中文词', 'Use my own term'],
  ownTerm: ['用来替换的中文词：', 'Chinese term to search instead of'],
  useTerm: ['检索', 'Search'],
  useInstead: ['改用', 'Search for'],
  loading: ['加载中…', 'Loading…'],
  expand: ['展开全文', 'Show whole clause'],
  collapse: ['收起', 'Show less'],
  open: ['打开原文', 'Open in document'],
  copyCitation: ['复制引用', 'Copy citation'],
  copyEnglish: ['复制英文引用', 'Copy citation (English)'],
  copied: ['已复制', 'Copied'],
  keyTerms: ['关键词', 'Key terms'],
  readingAid: ['拼音与释义', 'Pinyin and English'],
  aidUnavailable: ['暂时无法加载拼音与释义。', 'The reading aid could not be loaded.'],
  wordList: ['词语释义', 'Words of the clause'],
  outline: ['目录', 'Contents'],
  back: ['返回检索', 'Back to the search'],
  backTargets: ['返回目标表', 'Back to the targets'],
  issuerNotStated: ['发文机关未载明', 'issuer not stated'],
  inForce: ['施行', 'in force'],
  amendedOn: ['修改', 'amended'],
  versionLatest: ['此为最新版本', 'This is the latest version'],
  versionOlder: ['此为较早版本，已有更新版本', 'This is an earlier version; a later one is'],
  versionOthers: ['其他版本', 'other versions'],
  dateNotStated: ['日期未载明', 'date of issue not stated'],
  docNotFound: ['没有找到这份文件', 'Document not found'],
  pageNotFound: ['没有这个页面', 'Page not found'],
  goSearch: ['前往检索', 'Go to the search'],
  allDocuments: ['全部文件', 'All documents'],
  answer: ['答案', 'Answer'],
  confidence: ['置信度', 'Confidence'],
  declinedClosest: ['未给出答案，下面列出最接近的条款。', 'No answer given; the closest clauses are below.'],
  declinedNone: ['未给出答案。', 'No answer given.'],
  closestClauses: ['最接近的条款', 'Closest clauses'],
  regionsThereAre: ['文件库中有以下地区的文件，可改问：', 'The corpus has documents from these regions; ask of one:'],
  statement: ['原文', 'What it says'],
  sources: ['依据', 'Sources'],
  value: ['数值', 'Value'],
  year: ['年份', 'Year'],
  metric: ['指标', 'Metric'],
  category: ['类别', 'Category'],
  otherCategory: ['其他', 'Other'],
  contains: ['含', 'has:'],
  kind: ['类型', 'Kind'],
  clause: ['条款', 'Clause'],
  unit: ['单位', 'Unit'],
  qualifiers: ['限定词', 'Qualifiers'],
  bar: ['门槛', 'Bar'],
  period: ['时期', 'Period'],
  clauseId: ['条款编号', 'Clause id'],
  scaled: ['基本单位数值', 'Value in base units'],
  compareTitle: ['各地区对比', 'By region'],
  compareCaption: ['载明该项的地区', 'Regions that state it'],
  unstatedTitle: ['未载明的地区', 'Regions that do not state it'],
  statesNothing: ['未载明。', 'states nothing on it.'],
  statesInstead: ['另载有：', 'It states instead:'],
  noRegionStates: ['没有地区载明这一项。', 'No region states it.'],
  understoodAs: ['问题理解为', 'Understood as'],
  questionType: ['问题类型', 'Question'],
  regionsAsked: ['地区', 'Regions'],
  wanted: ['所问', 'Asking for'],
  about: ['关于', 'About'],
  examples: ['示例问题', 'Example questions'],
  type_number: ['数值', 'a figure'],
  type_which: ['哪些地区', 'which regions'],
  type_what: ['名称', 'a name'],
  type_when: ['时间', 'a date'],
  type_period: ['期限', 'a period'],
  type_list: ['列举', 'a list'],
  type_compare: ['对比各地区', 'a comparison of regions'],
  downloadCsv: ['下载 CSV', 'Download CSV'],
  filter: ['筛选', 'Filter'],
  all: ['全部', 'All'],
  target: ['目标', 'target'],
  actual: ['已实现', 'reached'],
  growth: ['增速', 'growth'],
  threshold: ['门槛', 'threshold'],
  support: ['支持资金', 'support'],
  removeFilter: ['移除筛选', 'remove filter'],
  dropTranslation: ['移除该翻译', 'Drop this translation'],
  // Related clauses across documents (/related/<clause id>)
  relatedAction: ['在其他文件中', 'In other documents'],
  relatedHeading: ['其他文件中的相近条款', 'Related clauses in other documents'],
  relatedShort: ['相近条款', 'Related clauses'],
  thisClause: ['本条款', 'This clause'],
  comparedOn: ['据以比较的词语（按权重由高到低）', 'Compared on these words of the clause, heaviest first'],
  sharedWords: ['共有词语', 'Words in common'],
  inCommonLegend: [
    '标黄加粗的词语至少见于一个相近条款。',
    'Words in yellow and bold are in at least one of the related clauses.',
  ],
  inCommon: ['（见于相近条款）', ' (in a related clause)'],
  similarity: ['相似度', 'Similarity'],
  noRelated: ['其他文件中没有相近的条款。', 'No clause of another document is like this one.'],
  noRelatedInRegion: ['所选地区的文件中没有相近的条款。', 'No clause of the region chosen is like this one.'],
  everyRegion: ['在全部地区查找', 'Look in every region'],
  perDoc: ['每份文件最多', 'At most per document'],
  allRegions: ['全部地区', 'All regions'],
  backDocument: ['返回原文', 'Back to the document'],
  backRelated: ['返回相近条款', 'Back to the related clauses'],
  clauseNotFound: ['没有找到这个条款', 'Clause not found'],
  // Synonyms searched, and matches with only some of the words
  synonymsSearched: ['也检索了同义词：', 'Also searched as synonyms:'],
  searchAlone: ['不检索同义词', 'Search it alone'],
  searchedAlone: ['只检索了原词：', 'Searched alone, without synonyms:'],
  searchSynonyms: ['也检索同义词', 'Search its synonyms too'],
  notSearched: ['未检索：', 'not searched: '],
  partialMatch: ['部分匹配：未含', 'Partial match: lacks'],
  partialHeading: ['部分匹配', 'Partial matches'],
  partialExplain: ['以下条款只含查询的部分词语。', 'These clauses have only some of the words of the query.'],
  language: ['English', '中文'],
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
