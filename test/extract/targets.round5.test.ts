import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets.js';
import { docDate, findDeadlines } from '../../src/extract/deadline.js';
import { docOf, tokensOf } from './targets.helpers.js';

function targets(text: string, date: string | null) {
  const doc = docOf(text, date);
  return extractTargets(doc, [], tokensOf(doc));
}
const brief = (ts: ReturnType<typeof targets>) => ts.map((t) => [t.value, t.deadline]);

describe('commitments made on air and in replies', () => {
  it('takes 承诺 as a marker of a dated commitment', () => {
    expect(brief(targets('我们承诺7月10日前进场施工。', '2026-06-19'))).toEqual([[null, '2026-07-10']]);
  });

  it('dates an announcement to be published (公布, 出台) as a commitment', () => {
    expect(brief(targets('具体招生政策将于7月中旬在官网公布。', '2026-05-12'))).toEqual([[null, '2026-07']]);
    expect(brief(targets('实施细则将于年底前出台。', '2026-05-12'))).toEqual([[null, '2026']]);
  });

  it('reads a bare 今晚 as the evening of speaking, not a deadline', () => {
    expect(findDeadlines('今晚曝光的问题由督查室督办', [0, 13], docDate('2026-06-19'))).toEqual([]);
    expect(brief(targets('今晚曝光的问题由督查室挂牌督办。', '2026-06-19'))).toEqual([]);
  });
});
