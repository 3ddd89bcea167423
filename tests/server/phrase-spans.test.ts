import { describe, expect, it } from 'vitest';
import { sentences, type Sentence } from '../../indexer/figures/index.ts';
import { questionShape } from '../../server/qa/question-shape.ts';
import { actionSpans, divisionSpans, glossAsked, glossSpans, quotedNames, type Span } from '../../server/qa/spans.ts';

// Sentences written for these tests (not from the corpus), in the manner of plans that name their
// layouts and slogans by numbers and spell them out in brackets, and of rules that say what is done.

// Each span's offsets give back its text from the clause.
function texts(text: string, find: (s: Sentence) => Span[]): string[] {
  return sentences(text).flatMap((s) =>
    find(s).map((span) => {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      return span.text;
    }),
  );
}

const asking = (text: string, shape = 'what', lang = 'zh') => ({ text, shape, lang });
const glosses = (text: string, question: string, lang = 'zh') =>
  texts(text, (s) => glossSpans(s, glossAsked(asking(question, 'what', lang))));

describe('what a quoted name stands for', () => {
  it('reads the quoted names of a question, in Chinese or Latin quotes, and not an apostrophe', () => {
    expect(quotedNames('湖南产业布局中的“一湖”指什么？')).toEqual(['一湖']);
    expect(quotedNames("What does Hunan's '365' programme mean?")).toEqual(['365']);
    expect(quotedNames('湖南产业布局是什么？')).toEqual([]);
  });

  it('asks for a gloss only where the question asks what the name stands for', () => {
    expect(glossAsked(asking('“一湖”指的是什么？'))).toEqual(['一湖']);
    expect(glossAsked(asking('“三委两局”包括哪些部门？', 'which'))).toEqual(['三委两局']);
    expect(glossAsked(asking('“十四五”期间湖南的重点是什么？'))).toEqual([]);
    expect(glossAsked(asking('“十四五”指什么时候？', 'when'))).toEqual([]);
    expect(glossAsked(asking("Which bodies make up Hunan's '两委一局'?", 'which', 'en'))).toEqual(['两委一局']);
  });

  it('is the gloss in brackets right after the name, not the brackets of another name', () => {
    const text = '构建“一湖”（洞庭湖生物医药走廊）、“两区”（长沙高新区、株洲经开区）协同发展的格局。';
    expect(glosses(text, '“一湖”指的是什么？')).toEqual(['洞庭湖生物医药走廊']);
    expect(glosses(text, '“两区”是哪两个园区？')).toEqual(['长沙高新区、株洲经开区']);
    expect(glosses(text, '“三带”指什么？')).toEqual([]);
  });

  it('is the gloss of a longer quoted name that holds it, and nothing where no bracket follows or it is empty', () => {
    expect(
      glosses('实施“365”（三百家企业、六十个项目、五个园区）计划。', "What does the '365' plan cover?", 'en'),
    ).toEqual(['三百家企业、六十个项目、五个园区']);
    expect(glosses('推进“一城一中心”（岳阳医药城、常德检测中心）建设。', '“一城”指什么？')).toEqual([
      '岳阳医药城、常德检测中心',
    ]);
    expect(glosses('推进“一城一中心”建设。', '“一城”指什么？')).toEqual([]);
    expect(glosses('推进“一城”(  )建设。', '“一城”指什么？')).toEqual([]);
  });
});

describe('what a rule says is to be done', () => {
  const actions = (text: string) => texts(text, actionSpans);

  it('is each modal verb with the rest of its clause', () => {
    expect(actions('运输条件不符合要求的，收货单位应当拒绝接收，并及时报告。')).toEqual(['应当拒绝接收']);
    expect(actions('停产超过两年的，重新生产前必须进行验证；企业可以委托检验机构检验。')).toEqual([
      '必须进行验证',
      '可以委托检验机构检验',
    ]);
  });

  it('reads no modal inside another word (应急, 响应, 应用, 无须), nor a bare modal', () => {
    expect(actions('配备应急药品储备，响应国家号召。')).toEqual([]);
    expect(actions('推动新技术应用于临床，费用应当足额缴纳。')).toEqual(['应当足额缴纳']);
    expect(actions('符合条件的，无须重新申请许可证。')).toEqual([]);
    expect(actions('配备相应设施，应当。')).toEqual([]);
  });

  it('is asked for by a question for what must be done, in Chinese or English', () => {
    const shape = (q: string, english: boolean) =>
      questionShape(q.toLowerCase(), english, 0, { heads: [], plural: false, actor: false });
    expect(shape('收货单位遇到运输条件不符合要求的药品应当如何处理？', false).action).toBe(true);
    expect(shape('What must a receiving hospital do when the transport conditions are not met?', true).action).toBe(
      true,
    );
    expect(shape('收货单位的职责是什么？', false).action).toBeUndefined();
    expect(shape('What is the duty of a receiving hospital?', true).action).toBeUndefined();
  });
});

// Sentences written for these tests (not from the corpus).
describe('what a sentence divides a thing into', () => {
  const kinds = (text: string) => texts(text, divisionSpans);

  it('reads the kinds after 分为 or 分成 to the end of the clause, joined by 和 or 、', () => {
    expect(kinds('试验用动物分为一级动物和二级动物。')).toEqual(['一级动物和二级动物']);
    expect(kinds('实验室按照防护水平分成甲、乙、丙三级，由省厅认定。')).toEqual(['甲、乙、丙三级']);
  });

  it('reads nothing where nothing follows the dividing word, or no word divides', () => {
    expect(kinds('具体分为。')).toEqual([]);
    expect(kinds('试验用动物由省厅统一管理。')).toEqual([]);
  });
});
