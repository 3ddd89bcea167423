// Latin and numeric tokens inside normalised text: words, codes such as pd-1, figures with units.

/** A Latin word, a code (pd-1, covid-19, 5g) or a figure (2150.71, 5.8%). */
export const LATIN_TOKEN = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.\-+&_'](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*%?/gu;

const FIGURE = /^\d+(?:\.\d+)?%?$/;
const PART_SPLIT = /[.\-+&_']/;

/** True when `term` is a number, optionally with a decimal part or a percent sign. */
export function isFigure(term: string): boolean {
  return FIGURE.test(term);
}

/**
 * The pieces of a compound Latin token, for recall: `pd-1` -> [`pd`, `1`]; `5.8%` -> [`5.8`].
 * Returns an empty array for a simple token.
 */
export function latinParts(token: string): string[] {
  if (isFigure(token)) return token.endsWith('%') ? [token.slice(0, -1)] : [];
  const parts = token.split(PART_SPLIT).filter((p) => p.length > 0);
  return parts.length > 1 ? parts : [];
}
