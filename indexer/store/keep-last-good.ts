// The rule that keeps the last good index: a build that loses most of its documents does not replace it.

/**
 * Why a new index of `next` documents must not replace one of `previous` documents: it has lost
 * more than half of them (an unmounted share, a half-done copy, an emptied folder). Losing half or
 * less is an edit of the corpus and goes through.
 * @param previous documents of the index in place (undefined: none, or unreadable)
 * @returns the reason to refuse, or undefined to go ahead
 * @example shrinkRefusal(5, 0) // 'the corpus gives 0 documents where the index in place has 5 …'
 */
export function shrinkRefusal(previous: number | undefined, next: number): string | undefined {
  if (previous === undefined || previous === 0 || next * 2 >= previous) return undefined;
  return (
    `the corpus gives ${next} documents where the index in place has ${previous} (more than half lost: ` +
    'an unmounted or half-copied folder?); the index in place is kept. To accept the smaller corpus, ' +
    'set ALLOW_SHRINK=true for the server or run `npm run index -- --allow-shrink`'
  );
}
