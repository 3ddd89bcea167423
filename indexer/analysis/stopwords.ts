// Stop words: function words that carry no meaning for ranking.

/** Chinese function words and particles dropped from the word fields (never from phrase matching). */
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set([
  '的', '了', '和', '与', '及', '或', '等', '在', '是', '为', '对', '以', '于', '把', '被', '将', '并', '而',
  '之', '其', '从', '向', '由', '至', '到', '上', '中', '下', '内', '外', '也', '又', '就', '都', '还', '更',
  '这', '那', '此', '该', '各', '每', '个', '有', '无', '不', '要', '能', '可', '会', '让', '使', '给', '着',
  '以及', '以上', '以下', '以来', '其中', '其他', '我们', '他们', '它们', '这些', '那些', '一个', '一些',
  '进一步', '有关', '相关', '关于', '对于', '通过', '按照', '根据', '为了', '并且', '同时', '以及', '等等',
  '什么', '哪些', '哪个', '多少', '如何', '怎么', '是否', '吗', '呢', '吧',
]);

/** English stop words (queries in English; Latin words inside the Chinese text are kept). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'its', 'it', 'this', 'that', 'these', 'those', 'which', 'what',
  'who', 'whom', 'how', 'when', 'where', 'why', 'does', 'do', 'did', 'has', 'have', 'had', 'will',
  'would', 'should', 'can', 'could', 'into', 'about', 'than', 'their', 'there', 'any', 'all',
]);

/** True when `term` (already normalised) is a stop word in either language. */
export function isStopword(term: string): boolean {
  return CHINESE_STOPWORDS.has(term) || ENGLISH_STOPWORDS.has(term);
}
