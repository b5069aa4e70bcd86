import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/document/parse.js';
import { tokenizeDocument } from '../../src/segment/tokens.js';
import { extractNumbers } from '../../src/extract/numbers.js';
import type { NumberItem, ParsedDocument } from '../../src/types.js';

function numbers(text: string, date: string | null = '2023-03-01'): NumberItem[] {
  const doc: ParsedDocument = parseDocument(text);
  doc.info.meta.date = date;
  return extractNumbers(doc, tokenizeDocument(doc));
}

const brief = (ns: NumberItem[]) => ns.map((n) => [n.text, n.value, n.unit, n.quantity, n.approx]);

describe('numbers in sentences', () => {
  it('growth and decrease keep the value as written', () => {
    expect(brief(numbers('全区社零总额同比增长12.3%,工业能耗下降15.3%。'))).toEqual([
      ['12.3%', 12.3, '%', 'percent', null],
      ['15.3%', 15.3, '%', 'percent', null],
    ]);
  });

  it('percent words, per-mille, fractions and percentage points', () => {
    expect(brief(numbers('审批时限压缩百分之十,人口自然增长率3‰,民生支出占三分之一,占比提高2个百分点。'))).toEqual([
      ['百分之十', 10, '%', 'percent', null],
      ['3‰', 3, '‰', 'percent', null],
      ['三分之一', 100 / 3, '%', 'percent', null],
      ['2个百分点', 2, '百分点', 'percent', null],
    ]);
  });

  it('units written in Latin letters, matched whole; codes with letters stay out', () => {
    expect(brief(numbers('算力规模超过300EFLOPS,新建110kV变电站3座,储能容量200MWh,光伏装机80MW,吞吐量45万TEU。'))).toEqual([
      ['300EFLOPS', 300, 'EFLOPS', 'other', 'over'],
      ['110kV', 110, '千伏', 'other', null],
      ['3座', 3, '座', 'count', null],
      ['200MWh', 200000, '千瓦时', 'other', null],
      ['80MW', 80, '兆瓦', 'other', null],
      ['45万TEU', 450000, '标箱', 'other', null],
    ]);
    // a unit cut short by more letters, and codes, are no numbers
    expect(brief(numbers('建成5G基站1200个,接入100MWp示范线。'))).toEqual([['1200个', 1200, '个', 'count', null]]);
  });

  it('a bare multiplier with 余/多 is a number with any unit; idioms and time spans are not', () => {
    expect(brief(numbers('引进企业百余家,吸纳就业千余人,新增万余个岗位。千家万户受益,百姓满意,已有千余年历史。'))).toEqual([
      ['百余家', 100, '家', 'count', 'over'],
      ['千余人', 1000, '人', 'count', 'over'],
      ['万余个', 10000, '个', 'count', 'over'],
    ]);
  });

  it('a numeral with a multiplier takes the unit of the people named right after it', () => {
    expect(brief(numbers('解决5.2万农村人口的饮水问题,惠及3万农户。'))).toEqual([
      ['5.2万', 52000, '人', 'count', null],
      ['3万', 30000, '户', 'count', null],
    ]);
  });

  it('spoken numbers: 来 inside (about), N个亿; 一来 and 年来 are no numbers', () => {
    expect(brief(numbers('引进企业四百来家,建成一百来个站点,投资1.2个亿。十年来变化很大,一来方便群众。'))).toEqual([
      ['四百来家', 400, '家', 'count', 'about'],
      ['一百来个', 100, '个', 'count', 'about'],
      ['1.2个亿', 120000000, '元', 'money', null],
    ]);
  });

  it('approximation inside the text, and before it outside', () => {
    const ns = numbers('引进企业30余家,带动投资20多亿元,吸纳就业5900余人,开放近3000个停车位。');
    expect(brief(ns)).toEqual([
      ['30余家', 30, '家', 'count', 'over'],
      ['20多亿元', 2000000000, '元', 'money', 'over'],
      ['5900余人', 5900, '人', 'count', 'over'],
      ['3000个', 3000, '个', 'count', 'nearly'],
    ]);
  });

  it('implied units, thresholds and bare multipliers', () => {
    expect(brief(numbers('全镇人口45万,纳税过1亿元的企业有8家,年产值超千亿元。'))).toEqual([
      ['45万', 450000, '人', 'count', null],
      ['1亿元', 100000000, '元', 'money', 'over'],
      ['8家', 8, '家', 'count', null],
      ['千亿元', 100000000000, '元', 'money', 'over'],
    ]);
    expect(brief(numbers('全年新开工亿元以上项目40个。'))).toEqual([
      ['亿元', 100000000, '元', 'money', 'over'],
      ['40个', 40, '个', 'count', null],
    ]);
  });

  it('comparators are no approximations', () => {
    expect(brief(numbers('全市GDP达到1234.56亿元,集装箱吞吐量突破12万标箱。'))).toEqual([
      ['1234.56亿元', 123456000000, '元', 'money', null],
      ['12万标箱', 120000, '标箱', 'other', null],
    ]);
  });

  it('ranks, N大 counts, lists and multiples', () => {
    expect(brief(numbers('综合实力位居全省第3位,组建4大产业联盟,分别新增5个、7个园区,产值翻了一番,连续两年保持全国第一。'))).toEqual([
      ['第3位', 3, '位', 'rank', null],
      ['4大', 4, '个', 'count', null],
      ['5个', 5, '个', 'count', null],
      ['7个', 7, '个', 'count', null],
      ['翻了一番', 2, '倍', 'multiple', null],
      ['第一', 1, '位', 'rank', null],
    ]);
  });

  it('leaves out years, dates, time spans, names, codes, slogans, articles and enumerators', () => {
    const text =
      '2022年8月16日,我们召开了一次会议,实施“双十”行动和数字经济一号工程,建设G60科创走廊和S1线,出台人才新政30条,' +
      '培育了一大批企业,一条条道路四通八达,第一,近五年来成效明显,十年来变化很大,党的二十大以来,比例为3:1。';
    expect(numbers(text)).toEqual([]);
  });

  it('capacity classes and durations', () => {
    expect(brief(numbers('新建3个十万吨级泊位,通行时间缩短半小时,车程15分钟。'))).toEqual([
      ['3个', 3, '个', 'count', null],
      ['十万吨', 100000, '吨', 'mass', null],
      ['半小时', 0.5, '小时', 'duration', null],
      ['15分钟', 15, '分钟', 'duration', null],
    ]);
  });

  it('N and a half of a duration; N and a half months is a time span, not a count', () => {
    expect(brief(numbers('车程由一个半小时缩短到40分钟,工期还剩两个半月,另需1个半小时。'))).toEqual([
      ['一个半小时', 1.5, '小时', 'duration', null],
      ['40分钟', 40, '分钟', 'duration', null],
      ['1个半小时', 1.5, '小时', 'duration', null],
    ]);
    expect(brief(numbers('等了两个多小时,维修拖了两个多月。'))).toEqual([['两个多小时', 2, '小时', 'duration', 'over']]);
    // 个半 before anything but a duration or a time word leaves the count alone
    expect(brief(numbers('建成两个半岛公园。'))).toEqual([['两个', 2, '个', 'count', null]]);
  });

  it('fractions written with a slash are shares; dates, decimals and page counters are not', () => {
    expect(brief(numbers('约1/3的货物改走铁路,2/5的村实现通气。'))).toEqual([
      ['1/3', 100 / 3, '%', 'percent', 'about'],
      ['2/5', 40, '%', 'percent', null],
    ]);
    expect(numbers('日期2024/1/3,比值为1/2.5,共3/3页,增长5/4。')).toEqual([]);
  });

  it('内 right after a duration is a limit (under), and 部 counts lifts and vehicles', () => {
    expect(brief(numbers('3个工作日内答复,48小时内修复,加装电梯23部,成立3部门联合专班。'))).toEqual([
      ['3个工作日', 3, '工作日', 'duration', 'under'],
      ['48小时', 48, '小时', 'duration', 'under'],
      ['23部', 23, '部', 'count', null],
    ]); // 3部门: 部 is part of the word 部门, no unit
  });

  it('converts traditional units to simplified ones', () => {
    expect(brief(numbers('完成重點項目12項。'))).toEqual([['12項', 12, '项', 'count', null]]);
  });

  it('gives periods resolved against the document date', () => {
    const ns = numbers('近三年累计投资50亿元。“十四五”期间新建学校8所。今年上半年引进人才300名。', '2023-06-30');
    expect(ns.map((n) => n.period && [n.period.text, n.period.from, n.period.to])).toEqual([
      ['近三年', 2021, 2023],
      ['“十四五”期间', 2021, 2025],
      ['今年上半年', 2023, 2023],
    ]);
    expect(numbers('近三年累计投资50亿元。', null)[0]!.period).toEqual({ text: '近三年', span: [0, 3], from: null, to: null });
  });

  it('names what is measured', () => {
    const ns = numbers('全市规上工业亩均税收52.3万元,建成3个省级园区。');
    expect(ns[0]!.subject).toContain('亩均税收');
    expect(ns[1]!.subject).toBe('省级园区');
  });

  it('numbers the items in text order with their sentence spans', () => {
    const text = '新增企业5家。新增项目6个。';
    const ns = numbers(text);
    expect(ns.map((n) => n.id)).toEqual(['n1', 'n2']);
    for (const n of ns) {
      expect(text.slice(n.span[0], n.span[1])).toBe(n.text);
      expect(n.span[0]).toBeGreaterThanOrEqual(n.sentence[0]);
      expect(n.span[1]).toBeLessThanOrEqual(n.sentence[1]);
    }
  });

  it('never throws and every span slices its text from the source', () => {
    const pieces = ['新增', '5', '.', '6', '亿', '万', '元', '个', '家', '第', '一', '两', '大', '%', '超', '近', '以上', '余', '多', ',', '。', '、', '“', '”', '年', '半', '小时', '百分之', '分之', '翻了一番', '千', '零', '１', 'Ｓ', '\n', '问题一:', '𠀀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const n of numbers(text)) {
          expect(text.slice(n.span[0], n.span[1])).toBe(n.text);
          expect(Number.isFinite(n.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
