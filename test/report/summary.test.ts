import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { renderSummary } from '../../src/report/summary.js';
import { renderCombined, sharedProjects } from '../../src/report/summary-combined.js';
import { amount, numberCell } from '../../src/report/summary-format.js';
import { makeChalk } from '../../src/report/color.js';
import type { NumberItem, Result, TargetItem } from '../../src/types.js';

const plain = makeChalk(0);

function number(id: string, text: string, value: number, unit: string, quantity: NumberItem['quantity'], extra: Partial<NumberItem> = {}): NumberItem {
  return { id, text, span: [0, 1], value, unit, quantity, approx: null, subject: null, period: null, exchange: 'q1', sentence: [0, 1], ...extra };
}
function target(id: string, metric: string, value: number | null, unit: string | null, deadline: string | null): TargetItem {
  return { id, text: `${metric}的承诺`, span: [0, 1], metric, value, unit, comparator: value === null ? null : '>=', deadline, number: null, exchange: 'q1' };
}

function result(path: string, date: string, projectStatus: 'completed' | 'planned' = 'completed'): Result {
  return {
    schema: 'jiedu/v1',
    source: { path, sha256: 'ab', encoding: 'utf-8', format: 'text' },
    document: {
      title: '(市政府主要领导答记者问)乐清创新怎么做?推动城市能级提升怎么做?交通建设怎么做?',
      breadcrumb: [],
      meta: { index_no: null, topic: null, publisher: '市政府办公室', date, validity: null },
      exchanges: [
        {
          id: 'q1',
          label: '问题一',
          question: { span: [0, 10], text: '戴市长您好,上个月,科技部公布了首批全国创新型县(市)名单,乐清作为温州唯一、全省五个之一入选,请问有哪些具体成效?' },
          speaker: { name: '戴旭强', role: '中共乐清市委副书记、市人民政府市长' },
          answer: { span: [10, 100] },
          sections: [],
        },
      ],
    },
    numbers: [
      number('n1', '5.6亿元', 560000000, '元', 'money', { subject: '企业数字化转型财政累计补助', period: { text: '近三年', span: [0, 1], from: 2020, to: 2022 } }),
      number('n2', '20多亿元', 2000000000, '元', 'money', { approx: 'over', subject: '带动社会投资' }),
      number('n3', '1300个', 1300, '个', 'count', { approx: 'over', subject: '实施智能化技改项目' }),
      number('n4', '7.9公里', 7900, '米', 'length', { subject: '大桥全长' }),
      number('n5', '1.5万亩', 15000, '亩', 'area', { subject: '争取用地指标' }),
    ],
    targets: [
      target('t1', '港口吞吐量', 50000000, '吨', '2026'),
      target('t2', '高新技术企业', 1000, '家', '2022'),
      target('t3', '建成通车', null, null, '2023-08'),
      target('t4', '数字产业集群规模', 50000000000, '元', null),
    ],
    projects: [
      {
        id: 'p1', name: '瓯江北口大桥', category: 'bridge', status: projectStatus,
        mentions: [{ span: [0, 1], exchange: 'q1', text: '瓯江北口大桥' }], attributes: [{ number: 'n4', role: 'length' }],
      },
      { id: 'p2', name: '乐清湾港区铁路支线', category: 'rail', status: 'in_progress', mentions: [{ span: [0, 1], exchange: 'q1', text: '' }], attributes: [] },
    ],
  };
}

function widest(text: string): number {
  return Math.max(...text.split('\n').map((l) => stringWidth(l)));
}

describe('renderSummary', () => {
  const keywords = new Map<string | null, string[]>([['q1', ['创新', '人才', '数字']]]);

  it('shows the header, the exchange, numbers, targets, projects and keywords', () => {
    const out = renderSummary(result('x.txt', '2022-09-16'), { width: 80, chalk: plain, keywords });
    for (const s of ['2022-09-16', '市政府办公室', '戴旭强', '问题一', '5.6亿元', '>20亿元', '>1300个', '企业数字化转型财政累计补助', '近三年 (2020–2022)', '瓯江北口大桥', 'bridge', 'length 7.9公里', '≥1000家', '≥5000万吨', '≥500亿元', '创新 人才 数字']) {
      expect(out).toContain(s);
    }
    // money total in 亿元 (5.6 + 20)
    expect(out).toMatch(/money\s*│\s*2\s*│\s*25\.6亿元/);
  });

  it('sorts targets by deadline, undated last', () => {
    const out = renderSummary(result('x.txt', '2022-09-16'), { width: 100, chalk: plain });
    const order = ['2022 ', '2023-08', '2026', '≥500亿元'].map((s) => out.indexOf(s));
    expect(order.every((pos) => pos > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('fits the width on every line, at 80 columns and others', () => {
    for (const width of [50, 80, 132]) {
      expect(widest(renderSummary(result('x.txt', '2022-09-16'), { width, chalk: plain, keywords }))).toBeLessThanOrEqual(width);
    }
  });

  it('writes no escape codes at colour level 0 (NO_COLOR, piped) and some at level 1', () => {
    expect(renderSummary(result('x.txt', '2022-09-16'), { width: 80, chalk: plain })).not.toMatch(/\u001b/);
    expect(renderSummary(result('x.txt', '2022-09-16'), { width: 80, chalk: makeChalk(1) })).toMatch(/\u001b\[/);
  });

  it('cuts long tables with a "… N more" row', () => {
    const out = renderSummary(result('x.txt', '2022-09-16'), { width: 80, chalk: plain, rows: 2 });
    expect(out).toContain('… 2 more targets');
  });
});

describe('renderCombined', () => {
  it('lists projects seen in several documents with their status in date order, and targets by year', () => {
    const a = result('a.txt', '2023-03-01', 'completed');
    const b = result('b.txt', '2022-09-16', 'planned');
    expect(sharedProjects([a, b]).map((p) => [p.name, p.seen.map((s) => s.status)])).toEqual([
      ['瓯江北口大桥', ['planned', 'completed']],
      ['乐清湾港区铁路支线', ['in_progress', 'in_progress']],
    ]);
    const out = renderCombined([a, b], { width: 80, chalk: plain, rows: 0 });
    expect(out).toContain('2022-09-16 planned');
    expect(out).toMatch(/2026\s*│\s*港口吞吐量/);
    expect(widest(out)).toBeLessThanOrEqual(80);
  });
});

describe('value formatting', () => {
  it('writes money in 亿元 and large figures with 万 or 亿', () => {
    expect(numberCell({ text: '500万元', value: 5000000, unit: '元', quantity: 'money', approx: 'about' })).toBe('~0.05亿元');
    expect(amount(1000000, '平方米')).toBe('100万平方米');
    expect(amount(25, '%')).toBe('25%');
    expect(amount(1.5e9, '吨')).toBe('15亿吨');
  });
});
