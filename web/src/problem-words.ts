// What went wrong, in words in either language: API failures by their code and details, never the raw message.
import type { Lang } from './words.ts';

type Words = readonly [zh: string, en: string];

/** The part of an API failure its words depend on (api.ts's ApiFailure). */
export interface Failure {
  readonly code: string;
  readonly details?: unknown;
  readonly retryAfter?: number;
}

function detail<T>(f: Failure, key: string): T | undefined {
  const d = f.details as Record<string, unknown> | undefined;
  return d && typeof d === 'object' ? (d[key] as T | undefined) : undefined;
}

// "Try again in N seconds" where the server said how long (Retry-After), else "shortly".
function wait(f: Failure): Words {
  const s = f.retryAfter;
  if (s === undefined || s <= 0) return ['请稍后重试', 'try again shortly'];
  return [`请 ${s} 秒后重试`, `try again in ${s} second${s === 1 ? '' : 's'}`];
}

const BY_CODE: Readonly<Record<string, (f: Failure) => Words>> = {
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
  RATE_LIMITED: (f) => {
    const [zh, en] = wait(f);
    return [`请求过于频繁，${zh}。`, `Too many requests from this address; ${en}.`];
  },
  SERVER_BUSY: (f) => {
    const [zh, en] = wait(f);
    return [`服务器正忙于回答其他问题，${zh}。`, `The server is busy answering other questions; ${en}.`];
  },
  INVALID_PARAMETER: () => ['地址中的参数有误。', 'A parameter in the address is not valid.'],
  INTERNAL: () => ['服务器出错了，已记录。请稍后再试。', 'The server failed (it has been logged); try again later.'],
};

const RETRYABLE: ReadonlySet<string> = new Set(['NETWORK', 'BAD_RESPONSE', 'RATE_LIMITED', 'SERVER_BUSY', 'INTERNAL']);

/** True when the same request may succeed later (busy, rate-limited, unreachable): the page offers a retry. */
export function retryable(f: Failure): boolean {
  return RETRYABLE.has(f.code);
}

/**
 * The failure in words in `lang`.
 * @example problemIn({ code: 'SERVER_BUSY', retryAfter: 2 }, 'zh') -> '服务器正忙于回答其他问题，请 2 秒后重试。'
 */
export function problemIn(f: Failure, lang: Lang): string {
  const words = BY_CODE[f.code]?.(f) ?? ['出错了，请稍后再试。', 'Something went wrong; try again later.'];
  return lang === 'zh' ? words[0] : words[1];
}
