import { describe, expect, it } from 'vitest';
import { sentences } from '../../indexer/figures/index.ts';
import { enumeratedNames, listsBefore, namesEndingIn, valuesAfter } from '../../server/qa/names.ts';
import { sameSpanAnswer } from '../../server/qa/span-answer.ts';

// Sentences written for these tests (not from the corpus), in the manner of plans that name who
// does each task.
const values = (text: string, heads: string[]) =>
  sentences(text).flatMap((s) => valuesAfter(s, heads).map((v) => v.text));

describe('values of labels', () => {
  it('reads who does a task from the label that names it (责任部门：X, 牵头单位为X)', () => {
    expect(values('建设三个中试平台。（责任部门：市经信委）', ['部门'])).toEqual(['市经信委']);
    expect(values('牵头单位为省药品监督管理局，配合单位：省卫健委、省医保局。', ['单位'])).toEqual([
      '省药品监督管理局',
      '省卫健委、省医保局',
    ]);
  });

  it('finds nothing where the noun asked for labels nothing', () => {
    expect(values('各部门要加强协作。', ['部门'])).toEqual([]);
  });
});

describe('names ending in the noun asked for', () => {
  const names = (text: string, heads: string[]) =>
    sentences(text).flatMap((s) => namesEndingIn(s, heads).map((v) => v.text));

  it('keeps a level and its direction word (二级以上医疗机构), and stops at punctuation', () => {
    expect(names('三级以上医疗机构应当配备专职药师。', ['医疗机构'])).toEqual(['三级以上医疗机构']);
    expect(names('依照条例规定，医疗机构应当建立制度。', ['医疗机构'])).toEqual([]);
  });

  it('keeps the verbs right before the noun in the name (审评委员会, 协调机制), not a verb with no noun before it', () => {
    expect(names('省仓储工作协调机制由各部门组成。', ['机制'])).toEqual(['省仓储工作协调机制']);
    expect(names('申请材料由药品质量审评委员会负责审评。', ['委员会'])).toEqual(['药品质量审评委员会']);
    expect(names('当事人可以向质量争议鉴定机构申请鉴定。', ['机构'])).toEqual(['质量争议鉴定机构']);
  });

  it('also runs on over the nouns after the noun asked (检测 in 检测中心站点), not over what is done to it (体系建设)', () => {
    const found = names('推动设立省级中药材质量检测中心站点。', ['检测']);
    expect(found).toContain('省级中药材质量检测');
    expect(found).toContain('省级中药材质量检测中心站点');
    expect(names('完善质量追溯体系建设。', ['追溯体系'])).toEqual(['质量追溯体系']);
    // The noun asked may end inside a word: the name runs on to that word's end.
    expect(names('支持湘南医学院建设。', ['医学'])).toContain('湘南医学院');
    // At most a few characters more: a long noun after the noun asked is another thing.
    expect(
      names('设立检测中心实验室大楼管理委员会。', ['检测']).every((n) => n.length <= '检测中心实验室'.length + 2),
    ).toBe(true);
  });

  it('also starts further back, past a verb or a joiner between nouns (技术审评检查分中心, 创新和服务站)', () => {
    const found = names('由国家药监局器械技术审评检查华东分中心负责。', ['分中心']);
    expect(found).toContain('检查华东分中心');
    expect(found).toContain('国家药监局器械技术审评检查华东分中心');
    expect(names('推进医药创新和审评柔性服务站。', ['服务站'])).toContain('医药创新和审评柔性服务站');
    // A verb with no noun before it is what is done, not part of the name.
    expect(names('要求加快审评柔性服务站。', ['服务站']).some((n) => n.includes('加快'))).toBe(false);
  });
});

describe('enumerations of the noun asked for', () => {
  const lists = (text: string, heads: string[]) =>
    sentences(text).flatMap((s) => listsBefore(s, heads).map((v) => v.text));

  it('reads items before 等 and the noun, and short items sharing the noun after the last', () => {
    expect(lists('甲派、乙派等传统医学流派得到扶持。', ['流派'])).toEqual(['甲派、乙派']);
    expect(lists('到2030年，饮片、成药和器械产业链收入分别达到10亿元。', ['产业链'])).toContain(
      '饮片、成药和器械产业链',
    );
  });

  it('starts the items after the preposition that ends the sentence frame (由…、…等部门)', () => {
    expect(lists('工作机制由卫生健康、农业农村、科学技术等部门组成。', ['部门'])).toEqual([
      '卫生健康、农业农村、科学技术',
    ]);
  });

  it('does not read a clause with a long item, or a noun with no list before it, as an enumeration', () => {
    expect(lists('鼓励高校及时、有效地对接产业链。', ['产业链'])).toEqual([]);
    expect(lists('饮片、成药产业链。', [''])).toEqual([]);
    expect(lists('加快推进全省生物医药产业高质量发展、器械产业链建设。', ['产业链'])).toEqual([]);
    expect(lists('完善器械产业链。', ['产业链'])).toEqual([]);
  });
});

describe('enumerations of names each ending in the noun asked for', () => {
  const enumerated = (text: string, heads: string[]) =>
    sentences(text).flatMap((s) => enumeratedNames(s, namesEndingIn(s, heads)).map((v) => v.text));

  it('joins the names an enumeration lists, each item whole up to its own noun', () => {
    // 创新 is a verb: the second name alone starts after it, the item at the joiner.
    expect(enumerated('推动甲方中药创制重点实验室、重大慢病创新药物重点实验室等开展研究。', ['重点实验室'])).toContain(
      '甲方中药创制重点实验室、重大慢病创新药物重点实验室',
    );
    expect(enumerated('支持湘江研究院和洞庭研究院发展。', ['研究院'])).toContain('湘江研究院和洞庭研究院');
  });

  it('joins none across a break, nor a name with nothing after its joiner', () => {
    expect(enumerated('建设湘江研究院，支持洞庭研究院。', ['研究院'])).toEqual([]);
    expect(enumerated('建设湘江研究院、完善配套设施。', ['研究院'])).toEqual([]);
  });
});

describe('the same span answer', () => {
  it('holds a span and the pieces of it, not another answer', () => {
    expect(sameSpanAnswer('杭州、宁波', '杭州')).toBe(true);
    expect(sameSpanAnswer('热敏灸', '热敏灸产业')).toBe(true);
    expect(sameSpanAnswer('杭州', '宁波')).toBe(false);
  });
});
