import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fc from 'fast-check';
import { serialize } from '../src/report/serialize.js';
import { writeYaml, type Plain } from '../src/report/yaml-writer.js';
import type { Result } from '../src/types.js';

const result: Result = {
  schema: 'jiedu/v1',
  source: { path: 'x.txt', sha256: 'ab', encoding: 'utf-8', format: 'text' },
  document: {
    title: '标题: 含冒号 # 和井号',
    breadcrumb: ['首页'],
    meta: { index_no: '001/2022-1', topic: null, publisher: null, date: '2022-09-16', validity: null },
    exchanges: [
      {
        id: 'q1',
        label: '问',
        question: { span: [3, 9], text: '"引号"与,逗号' },
        speaker: null,
        answer: { span: [12, 40] },
        sections: [{ label: '一', heading: '从“新”出发', span: [12, 30], heading_span: [14, 19] }],
      },
    ],
  },
  numbers: [
    {
      id: 'n1', text: '5.6亿元', span: [20, 25], value: 560000000, unit: '元', quantity: 'money', approx: null,
      subject: '补助', period: { text: '近三年', span: [15, 18], from: 2020, to: 2022 }, exchange: 'q1', sentence: [12, 30],
    },
  ],
  targets: [],
  projects: [
    {
      id: 'p1', name: '滨海大道', category: 'road', status: 'in_progress',
      mentions: [{ span: [31, 35], exchange: 'q1', text: '滨海大道' }], attributes: [{ number: 'n1', role: 'investment' }],
    },
  ],
};

describe('serialize', () => {
  it.each(['yaml', 'json', 'jsonl'] as const)('%s reads back to the same result', (format) => {
    const text = serialize(result, format);
    expect(parse(text)).toEqual(result);
  });

  it('keeps jsonl to one line per result', () => {
    expect(serialize(result, 'jsonl').trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints spans on one line in YAML', () => {
    const yaml = serialize(result, 'yaml');
    expect(yaml).toContain('span: [20, 25]');
    // quoted so that YAML 1.1 readers do not turn it into a date
    expect(yaml).toContain('date: "2022-09-16"');
  });
});

describe('the YAML writer', () => {
  const strings = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('2022-09-16', '2022', 'yes', 'No', 'null', '~', '- a', 'a: b', 'a #b', '#x', '1e3', '.5', '+1', ' x', 'x ', '', '[a]', '{a}', 'a,b', '\u2028', '"q"', "'q'", '首页 > 领导解读'),
  );
  const scalars = fc.oneof(strings, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }).filter((d) => !Object.is(d, -0)), fc.boolean(), fc.constant(null));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, scalars, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(strings, tie('tree'), { maxKeys: 4 })),
  }));

  it('writes YAML that reads back to the same data', () => {
    fc.assert(
      fc.property(fc.dictionary(strings, tree, { maxKeys: 5 }), (value) => {
        const text = writeYaml(value as Plain, { flow: (_, key) => key === 'span' || key === 'meta' });
        expect(parse(text)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
