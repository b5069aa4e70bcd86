import { describe, expect, it } from 'vitest';
import { extractProjects } from '../../src/extract/projects.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem, Token } from '../../src/types.js';

function projects(text: string, numbers: (t: string) => NumberItem[] = () => [], date = '2022-09-16') {
  const doc = docOf(text, date);
  return extractProjects(doc, numbers(text), tokensOf(doc));
}
const brief = (ps: ReturnType<typeof projects>) => ps.map((p) => [p.name, p.category, p.status]);

describe('projects', () => {
  it('stops a name at 的 and links the numbers said of it', () => {
    const ps = projects('当前,我们正全力打造总长约43.4公里、总投资约200亿元的滨海大道。', (s) => [
      num(s, '43.4公里', 43.4, '公里', 'length', { id: 'len' }),
      num(s, '200亿元', 2e10, '元', 'money', { id: 'inv' }),
    ]);
    expect(brief(ps)).toEqual([['滨海大道', 'road', 'in_progress']]);
    expect(ps[0]!.attributes).toEqual([
      { number: 'len', role: 'length' },
      { number: 'inv', role: 'investment' },
    ]);
  });

  it('reads status from the verbs of the clause', () => {
    expect(brief(projects('甬台温高速公路复线、温州绕城高速等一批外联通道建成通车。'))).toEqual([
      ['甬台温高速公路复线', 'road', 'completed'],
      ['温州绕城高速', 'road', 'completed'],
    ]);
    expect(brief(projects('接下来,我们将提速推进杭绍台高速南延等重点工程。'))).toEqual([['杭绍台高速南延', 'road', 'in_progress']]);
    expect(brief(projects('同时,我们正全力做好温福高铁乐清段、杭温高铁联络线等项目的前期谋划。'))).toEqual([
      ['温福高铁乐清段', 'rail', 'planned'],
      ['杭温高铁联络线', 'rail', 'planned'],
    ]);
    expect(brief(projects('近期我们还将与工信部电子五所共建赛宝东南研究院,落地同济平安智慧出行AI实验室。'))).toEqual([
      ['赛宝东南研究院', 'platform', 'planned'],
      ['同济平安智慧出行AI实验室', 'platform', 'planned'],
    ]);
  });

  it('takes quoted names and the items of a counted list', () => {
    expect(brief(projects('出台数字经济“新十条”等重磅政策。'))).toEqual([['数字经济“新十条”', 'policy', 'completed']]);
    const ps = projects('打造了乐清·上海南翔、浙大紫金港-乐清数字经济两大省级示范飞地。', (s) => [num(s, '两大', 2, '个', 'count')]);
    expect(ps.map((p) => p.name)).toEqual(['乐清·上海南翔', '浙大紫金港-乐清数字经济']);
  });

  it('merges the mentions of one project', () => {
    const ps = projects('今年8月市域铁路S2线一期主线工程全线轨通。我们全力推进S2线一期建设。');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions.map((m) => m.text)).toEqual(['市域铁路S2线一期主线工程', 'S2线一期']);
    expect(ps[0]).toMatchObject({ category: 'rail', status: 'in_progress' });
  });

  it('leaves out places, organisations, honours, kinds and generic nouns', () => {
    expect(projects('上个月,科技部公布了首批全国创新型县名单,乐清入选。')).toEqual([]);
    expect(projects('先后获评国家卫生城市、园林城市。')).toEqual([]);
    expect(projects('拥有国家级企业技术中心2家。', (s) => [num(s, '2家', 2, '家', 'count')])).toEqual([]);
    expect(projects('新改建农村公路344.5公里。', (s) => [num(s, '344.5公里', 344.5, '公里', 'length')])).toEqual([]);
    expect(projects('匠心打造四大城市公园。', (s) => [num(s, '四大', 4, '个', 'count')])).toEqual([]);
    expect(projects('到龙湾机场最快仅15分钟。', (s) => [num(s, '15分钟', 15, '分钟', 'duration')])).toEqual([]);
  });

  it('a work report and a press conference answer', () => {
    expect(brief(projects('力争明年开工建设江北数字经济产业园,启动市第一人民医院东院区建设。', () => [], '2023-01-05'))).toEqual([
      ['江北数字经济产业园', 'park', 'planned'],
      ['市第一人民医院东院区', 'facility', 'planned'],
    ]);
    expect(brief(projects('港航方面,临江港二期工程新建5个2万吨级泊位。', () => [], '2023-03-15'))).toEqual([['临江港二期工程', 'port', 'in_progress']]);
  });

  it('takes user-dictionary words tagged proj as projects', () => {
    const text = '我们将建设雁荡山旅游集散中心和山海绿廊。';
    const doc = docOf(text, '2022-09-16');
    const words: [string, string][] = [['我们', 'r'], ['将', 'd'], ['建设', 'v'], ['雁荡山旅游集散中心', 'proj'], ['和', 'c'], ['山海绿廊', 'proj_park'], ['。', 'x']];
    let at = 0;
    const tokens: Token[] = words.map(([word, tag]) => {
      const t: Token = { word, tag, span: [at, at + word.length] };
      at += word.length;
      return t;
    });
    expect(brief(extractProjects(doc, [], tokens))).toEqual([
      ['雁荡山旅游集散中心', 'platform', 'planned'],
      ['山海绿廊', 'park', 'planned'],
    ]);
  });

  it('mention texts are the source slices', () => {
    const s = '特别是乐清湾港区铁路支线建成通车后,形成了一条从乐清湾港区直通金华的铁路货运专线。';
    const ps = projects(s);
    expect(ps.map((p) => p.name)).toEqual(['乐清湾港区铁路支线']);
    for (const p of ps) for (const m of p.mentions) expect(s.slice(...m.span)).toBe(m.text);
  });
});
