// A run of English words that is one CC-CEDICT gloss of a corpus word is translated as one concept,
// asserted on a lexicon made up for the test.
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../indexer/analysis/glossary.ts';
import { phraseKey } from '../../indexer/analysis/index.ts';
import { RegionResolver } from '../../server/search/regions.ts';
import { Translator } from '../../server/search/translate.ts';

const lexicon = {
  identity: 'test',
  words: new Map(),
  english: new Map<string, readonly string[]>([
    [phraseKey('take effect'), ['施行', '生效']],
    [phraseKey('take'), ['采取']],
    [phraseKey('effect'), ['影响', '效果']],
    [phraseKey('working day'), ['工作日']],
    [phraseKey('of'), ['之']],
    // Glosses the checks must pass over: one ending on a stop word, one the glossary has a phrase for.
    [phraseKey('effect of'), ['效应之']],
    [phraseKey('medical device'), ['医疗设备']],
    [phraseKey('save water'), ['节水']],
  ]),
  pinyin: new Map(),
};
const frequency = new Map([
  ['施行', 30],
  ['生效', 3],
  ['采取', 50],
  ['影响', 40],
  ['效果', 10],
  ['工作日', 8],
  ['节水', 6],
]);
const translator = new Translator(
  parseGlossary('医疗器械\tmedical device\n'),
  lexicon,
  (t) => frequency.get(t) ?? 0,
  new RegionResolver([]),
);

describe('English phrases CC-CEDICT glosses as one', () => {
  it('reads "take effect" as 施行 and 生效, not as take (采取) and effect (影响)', () => {
    const run = translator.translate('when does the rule take effect');
    const phrase = run.concepts.find((c) => c.from === 'take effect');
    expect(phrase?.to).toEqual(['施行', '生效']);
    expect(run.concepts.flatMap((c) => c.to)).not.toContain('采取');
  });

  it('matches plural forms (working days) and leaves single words to their own senses', () => {
    expect(translator.translate('within 20 working days').concepts.map((c) => c.to)).toContainEqual(['工作日']);
    expect(translator.translate('the effect').concepts[0]?.to).toContain('影响');
  });

  it('reads two words glossed the other way round (water saving, "save water") as one', () => {
    expect(translator.translate('water saving plants').concepts[0]).toMatchObject({
      from: 'water saving',
      to: ['节水'],
    });
  });

  it('never starts or ends a phrase on a stop word, and the glossary goes first', () => {
    expect(translator.translate('effect of').concepts.map((c) => c.from)).toEqual(['effect']);
    expect(translator.translate('medical device').concepts[0]).toMatchObject({ to: ['医疗器械'], source: 'glossary' });
  });
});
