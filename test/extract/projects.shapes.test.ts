import { describe, expect, it } from 'vitest';
import { extractProjects } from '../../src/extract/projects.js';
import { docOf, num, tokensOf } from './targets.helpers.js';
import type { NumberItem } from '../../src/types.js';

function projects(text: string, numbers: (t: string) => NumberItem[] = () => [], date = '2026-04-01') {
  const doc = docOf(text, date);
  return extractProjects(doc, numbers(text), tokensOf(doc));
}
const names = (ps: ReturnType<typeof projects>) => ps.map((p) => p.name);

describe('projects on other page shapes', () => {
  it('reads the new heads: 基地, 电站, 管道, 苑, a numbered bridge, a named plan', () => {
    expect(names(projects('我们将加快建设宁东新能源外送基地和白鹤滩抽水蓄能电站。'))).toEqual(['宁东新能源外送基地', '白鹤滩抽水蓄能电站']);
    expect(names(projects('第二条跨江输水管道已完成约六成工程量,预计明年6月通水。'))).toEqual(['第二条跨江输水管道']);
    expect(names(projects('位于北岸新区的安和苑已于今年3月封顶。'))).toEqual(['安和苑']);
    expect(names(projects('去年,沅江三桥建成通车。'))).toEqual(['沅江三桥']);
    expect(names(projects('今年将实施新能源汽车下乡补贴扩围计划,新增试点县10个。'))).toEqual(['新能源汽车下乡补贴扩围计划']);
    // 计划 as a verb, or with a bare modifier, names nothing
    expect(names(projects('改造工作计划于7月启动。'))).toEqual([]);
  });

  it('reads a park that firms have moved into as running', () => {
    const [park] = projects('东湖生物医药产业园已入驻企业30家,去年实现产值20亿元。');
    expect(park).toMatchObject({ name: '东湖生物医药产业园', category: 'park', status: 'completed' });
  });

  it('takes a route between two places into the name of a road or line', () => {
    expect(names(projects('市民关心江州至白沙城际铁路的进展,目前正在加快建设。'))).toEqual(['江州至白沙城际铁路']);
  });

  it('drops organisations, labels, lists and generic kinds', () => {
    expect(names(projects('市轨道交通管理中心主任出席发布会,介绍建设情况。'))).toEqual([]);
    expect(names(projects('我们把旧城改造作为“一号民生工程”来抓。'))).toEqual([]);
    expect(names(projects('我们已梳理形成“十五五”重大工程储备清单。'))).toEqual([]);
    expect(names(projects('我们还完成城镇老旧管道更新改造200公里。', (s) => [num(s, '200公里', 200, '公里', 'length')]))).toEqual([]);
  });

  it('merges a short form, a quoted part and a name without its section', () => {
    const a = projects('市政府印发了《江州市关于支持民营经济发展的若干措施》(以下简称《若干措施》)。《若干措施》自发布之日起施行。');
    expect(a).toHaveLength(1);
    expect(a[0]!.mentions).toHaveLength(3);
    const b = projects('市民关心的沈海高速扩容什么时候完成?G15沈海高速江州段扩容工程正在加快建设。');
    expect(b).toHaveLength(1);
    expect(b[0]!.status).toBe('in_progress');
  });

  it('names a port or an airport by its phase', () => {
    expect(names(projects('支持民营企业参与江州港二期等重大项目建设。'))).toEqual(['江州港二期']);
  });

  it('keeps a named platform after its quoted name', () => {
    expect(names(projects('依托“江州政务通”平台,推行惠企政策直达。'))).toEqual(['“江州政务通”平台']);
  });
});
