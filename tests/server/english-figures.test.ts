import { describe, expect, it } from 'vitest';
import { findFigures } from '../../indexer/figures/index.ts';
import { figureInEnglish } from '../../server/qa/english.ts';

const english = (text: string) => {
  const figure = findFigures(text)[0];
  if (!figure) throw new Error(`no figure in ${text}`);
  return figureInEnglish(figure);
};

describe('figures in English', () => {
  it.each([
    ['100个以上', '100 or more'],
    ['突破50亿元', 'over 5 billion yuan'],
    ['约30家', 'about 30 enterprises'],
    ['不少于20个', 'at least 20'],
    ['10个左右', 'about 10'],
    ['不超过20个', 'at most 20'],
  ])('reads %s as %s, its qualifier from the data file', (text, expected) => {
    expect(english(text)).toBe(expected);
  });
});
