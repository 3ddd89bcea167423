// A failure as the page shows it: the words in the page's language and, where waiting may help, a retry.
import { problemIn, retryable, type Failure } from '../problem-words.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

/** A "Try again" button calling `retry`, for a failure that passes (busy, rate-limited, unreachable); else null. */
export function renderRetry(f: Failure, lang: Lang, retry: () => void): VNode | null {
  if (!retryable(f)) return null;
  return v(
    'button',
    { type: 'button', class: 'retry', 'data-code': f.code, on: { click: () => retry() } },
    wordsOf(lang)('retry'),
  );
}

/**
 * The notice of a failed request: an alert in `lang`, with a "Try again" button calling `retry`
 * when the failure is one that passes (busy, rate-limited, unreachable) and a retry is given.
 */
export function renderProblemNotice(f: Failure, lang: Lang, retry?: () => void): VNode {
  return v(
    'div',
    { class: 'problem-notice', 'data-code': f.code },
    v('p', { class: 'status error', role: 'alert' }, problemIn(f, lang)),
    retry ? renderRetry(f, lang, retry) : null,
  );
}
