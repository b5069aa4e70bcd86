import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { columnWidths, renderTable, truncate, wrap } from '../../src/report/table.js';
import { makeChalk } from '../../src/report/color.js';

const plain = makeChalk(0);
const cjkText = fc.array(fc.constantFrom('乐', '清', '港', 'a', 'b', ' ', '1', '，', '“', '𠮷', 'é'), { maxLength: 60 }).map((a) => a.join(''));

describe('truncate and wrap measure CJK as two columns', () => {
  it('truncate never exceeds the width and marks a cut with …', () => {
    fc.assert(
      fc.property(cjkText, fc.integer({ min: 1, max: 30 }), (s, w) => {
        const out = truncate(s, w);
        expect(stringWidth(out)).toBeLessThanOrEqual(w);
        if (stringWidth(s) <= w) expect(out).toBe(s);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
    expect(truncate('瓯江北口大桥', 7)).toBe('瓯江北…');
  });

  it('wrap keeps every character (spaces aside) and every line within the width', () => {
    fc.assert(
      fc.property(cjkText, fc.integer({ min: 2, max: 30 }), (s, w) => {
        const lines = wrap(s, w);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(w);
        expect(lines.join('').replace(/ /g, '')).toBe(s.replace(/ /g, ''));
      }),
    );
  });
});

describe('renderTable', () => {
  const columns = [{ header: 'name', wrap: true }, { header: 'status' }, { header: 'note' }];
  it('fits every line into the width, even with long CJK cells', () => {
    const rows = [
      ['甬台温高速公路复线乐清段及乐清湾港区铁路支线工程', 'in_progress', '总投资约200亿元，预计明年8月底建成通车'],
      ['北京超算中心', 'completed', ''],
    ];
    for (const width of [40, 60, 80, 120]) {
      const out = renderTable(columns, rows, { width, chalk: plain });
      for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      expect(out).toContain(width >= 80 ? '北京超算中心' : '北京');
      expect(out).toContain('in_progress'.slice(0, 3));
    }
  });

  it('uses natural widths when the table is narrow enough', () => {
    expect(columnWidths(columns, [['ab', 'c', 'd']], 80)).toEqual([4, 6, 4]);
  });

  it('has no escape codes at colour level 0 and has them at level 1', () => {
    const rows = [['甲', 'b', 'c']];
    expect(renderTable(columns, rows, { width: 80, chalk: plain })).not.toMatch(/\u001b\[/);
    expect(renderTable(columns, rows, { width: 80, chalk: makeChalk(1) })).toMatch(/\u001b\[1m/);
  });
});
