// What went wrong, in the interface's language: API failures by their code and details, never the raw message.
import type { ApiFailure } from './api.ts';
import { lang } from './i18n.ts';

type Words = readonly [zh: string, en: string];

function pick(words: Words): string {
  return lang() === 'zh' ? words[0] : words[1];
}

function detail<T>(f: ApiFailure, key: string): T | undefined {
  const d = f.details as Record<string, unknown> | undefined;
  return d && typeof d === 'object' ? (d[key] as T | undefined) : undefined;
}

const BY_CODE: Readonly<Record<string, (f: ApiFailure) => Words>> = {
  NETWORK: () => [
    '无法连接服务器，请检查网络后重试。',
    'The server cannot be reached; check the connection and try again.',
  ],
  BAD_RESPONSE: () => [
    '服务器的回应无法读取（可能正在重启），请稍后重试。',
    'The server’s answer could not be read (it may be restarting); try again shortly.',
  ],
  QUERY_TOO_LONG: (f) => {
    const length = detail<number>(f, 'length');
    const max = detail<number>(f, 'max') ?? 200;
    return [
      `查询过长：${length ?? '超过'} 个字符，最多 ${max} 个。请缩短后再试。`,
      `Query too long: ${length ?? 'over'} characters, at most ${max}. Shorten it and try again.`,
    ];
  },
  EMPTY_QUERY: () => ['请输入要检索的词或问题。', 'Type words to search for, or a question.'],
  UNKNOWN_PROVINCE: (f) => {
    const value = detail<string>(f, 'value') ?? '';
    const valid = (detail<string[]>(f, 'valid') ?? []).join('、');
    return [
      `没有来自“${value}”的文件。可选地区：${valid}。`,
      `No documents from “${value}”. Regions with documents: ${valid}.`,
    ];
  },
  UNKNOWN_DOCUMENT: (f) => {
    const value = detail<string>(f, 'value') ?? '';
    return [`没有编号为“${value}”的文件。`, `There is no document “${value}”.`];
  },
  NOT_FOUND: () => ['没有找到这份文件或条款。', 'No such document or clause.'],
  RATE_LIMITED: () => ['请求过于频繁，请稍候一分钟再试。', 'Too many requests; wait a minute and try again.'],
  INVALID_PARAMETER: () => ['地址中的参数有误。', 'A parameter in the address is not valid.'],
  INTERNAL: () => ['服务器出错了，已记录。请稍后再试。', 'The server failed (it has been logged); try again later.'],
};

/**
 * The failure in words for the reader of the page, with the code for a developer.
 * @example problemText({ failed: true, code: 'QUERY_TOO_LONG', details: { length: 210, max: 200 }, … })
 *   -> '查询过长：210 个字符，最多 200 个。请缩短后再试。'
 */
export function problemText(f: ApiFailure): string {
  const words = BY_CODE[f.code];
  if (words) return pick(words(f));
  return pick(['出错了，请稍后再试。', 'Something went wrong; try again later.']);
}
