import { describe, expect, it } from 'vitest';
import { extractProjects } from '../../src/extract/projects.js';
import { docOf, documentOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem, ParsedDocument, Sentence } from '../../src/types.js';

function projects(text: string, numbers: (t: string) => NumberItem[] = () => [], date: string | null = '2026-04-01') {
  const doc = docOf(text, date);
  return run(doc, numbers(text));
}
function run(doc: ParsedDocument, numbers: NumberItem[] = []) {
  return extractProjects(doc, numbers, tokensOf(doc));
}
const names = (ps: ReturnType<typeof projects>) => ps.map((p) => p.name);
const statusOf = (text: string, date: string | null = '2026-04-01') => projects(text, () => [], date).map((p) => [p.name, p.status]);

describe('spurious project shapes', () => {
  it('never starts a name with a comparison (比/较), glued or not', () => {
    const text = '江北医院新院区已于去年启用，开放床位600张，比老院区增加1倍。';
    const found = names(projects(text, (t) => [num(t, '600张', 600, '张', 'count'), num(t, '1倍', 1, '倍', 'multiple')]));
    expect(found).toEqual(['江北医院新院区']);
    expect(names(projects('新馆已经建成，展厅面积较老博物馆增加一半。'))).toEqual([]);
  });

  it('does not read a netizen’s generic noun phrase as a project', () => {
    expect(names(projects('网友问：听说家附近在建新学校，什么时候能投用？'))).toEqual([]);
    expect(names(projects('小区周边新建幼儿园已经开园。'))).toEqual([]);
  });

  it('reads a facility type covering every street or township as a category', () => {
    expect(names(projects('到2028年实现街道综合文化服务中心全覆盖。'))).toEqual([]);
    expect(names(projects('今年将新建乡镇卫生院5所，社区养老服务中心已建成投用。', (t) => [num(t, '5所', 5, '所', 'count')]))).toEqual([]);
    // a named one of them is a project
    expect(names(projects('东城街道综合文化服务中心已建成投用。'))).toEqual(['东城街道综合文化服务中心']);
  });
});

describe('missed project shapes', () => {
  it('reads a building of a named institution in subject position', () => {
    const [p] = projects('市人民医院门诊大楼正在进行内部装修。');
    expect(p).toMatchObject({ name: '市人民医院门诊大楼', category: 'facility', status: 'in_progress' });
    expect(names(projects('新大楼正在进行内部装修。'))).toEqual([]);
    expect(names(projects('已谋划企业总部大楼等一批项目。'))).toEqual([]);
  });

  it('reads a road extension listed before 等项目', () => {
    const found = projects('力争年内建成滨江快速路二期、沿江大道北延等项目。');
    expect(names(found)).toContain('沿江大道北延');
    expect(found.find((p) => p.name === '沿江大道北延')?.category).toBe('road');
    // an extension names one road even when its modifier is a generic word
    expect(names(projects('沿江大道北延工程正在建设。'))).toEqual(['沿江大道北延工程']);
  });

  it('reads a metro line with its ridership as running', () => {
    const text = '目前，江州地铁2号线一期日均客流达到18万人次。';
    const [p] = projects(text, (t) => [num(t, '18万人次', 180000, '人次', 'count')]);
    expect(p).toMatchObject({ name: '江州地铁2号线一期', category: 'rail', status: 'completed' });
  });

  it('reads a quoted platform used to apply through as running', () => {
    const [p, ...rest] = projects('其他事项通过“江州企服通”平台申报，主管部门完成审核。');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: '“江州企服通”平台', category: 'platform', status: 'completed' });
  });

  it('reads a policy package named in the page title, with its short form', () => {
    const lines = [
      '《江州市科技企业培育实施办法》政策解读',
      '近日，市政府印发《江州市科技企业培育实施办法》（以下简称《办法》）。',
      '《办法》自2026年5月1日起施行。',
      '市科技局将对《办法》实施效果进行评估。',
    ];
    const text = lines.join('\n');
    const sentences: Sentence[] = [];
    let at = 0;
    for (const [i, line] of lines.entries()) {
      sentences.push({ span: [at, at + line.length], kind: i === 0 ? 'title' : 'body', exchange: null });
      at += line.length + 1;
    }
    const ps = run(documentOf(text, '2026-04-01', sentences));
    expect(ps).toHaveLength(1);
    // named by its full title, not by the short form said more often
    expect(ps[0]).toMatchObject({ name: '《江州市科技企业培育实施办法》', category: 'policy', status: 'completed' });
    expect(ps[0]!.mentions.map((m) => m.text)).toEqual(['《江州市科技企业培育实施办法》', '《江州市科技企业培育实施办法》', '《办法》', '《办法》', '《办法》']);
  });

  it('takes no unquoted policy word for a package', () => {
    expect(names(projects('市发展改革委将会同有关部门制定实施细则。'))).toEqual([]);
  });
});

describe('status of a completion still ahead', () => {
  it('a completion dated after the document is not completed', () => {
    for (const text of [
      '今年6月底前建成江州市创新服务中心。',
      '江州体育馆计划明年建成。',
      '江州体育馆将于年底前建成投用。',
      '江州体育馆预计9月完工。',
      '江州体育馆今年9月就能投用。',
      '江州轻轨东线2027年上半年通车。',
    ]) {
      const [p] = projects(text);
      expect(p, text).toBeDefined();
      expect(p!.status, text).not.toBe('completed');
      expect(['planned', 'in_progress'], text).toContain(p!.status);
    }
  });

  it('a completion said as done, or dated before the document, stays completed', () => {
    expect(statusOf('江州体育馆已建成。')).toEqual([['江州体育馆', 'completed']]);
    expect(statusOf('江州体育馆去年建成。')).toEqual([['江州体育馆', 'completed']]);
    expect(statusOf('江州体育馆已于今年3月建成投用。')).toEqual([['江州体育馆', 'completed']]);
    expect(statusOf('江州体育馆今年3月建成投用。')).toEqual([['江州体育馆', 'completed']]);
    // the same month later in the year, in a later document
    expect(statusOf('江州体育馆今年9月建成投用。', '2026-11-20')).toEqual([['江州体育馆', 'completed']]);
  });

  it('a start of works dated ahead is planned', () => {
    expect(statusOf('江州体育馆年内开工建设。')).toEqual([['江州体育馆', 'planned']]);
  });

  it('a future clause with no verb of works does not undo an issued policy', () => {
    const text = '市政府印发了《江州市人才新政实施办法》。市人社局将对《江州市人才新政实施办法》实施效果进行评估。';
    expect(statusOf(text)).toEqual([['《江州市人才新政实施办法》', 'completed']]);
  });
});
