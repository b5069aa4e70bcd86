/**
 * Project name shapes beyond the tuned fixtures: names in subject position,
 * A至B roads with a grade, a part of the works (主体工程), the site after 在,
 * verbs inside names, long …能力提升工程 names, conferred titles and generic
 * mentions that name no project. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { docOf, projectsIn } from './targets.helpers.js';

const projects = (text: string) => projectsIn(docOf(text, '2024-06-01'));
const brief = (text: string) => projects(text).map((p) => [p.name, p.status]);

describe('project recall', () => {
  it('takes a name in subject position, before what it achieved', () => {
    expect(brief('滨湖数字经济产业园已入驻企业45家,今年上半年实现营收12亿元。')).toEqual([['滨湖数字经济产业园', 'completed']]);
  });

  it('reads an A至B road with its grade as one name', () => {
    expect(brief('正在建设的河口至石塘二级公路全长18公里,计划明年建成通车。')).toEqual([['河口至石塘二级公路', 'in_progress']]);
    expect(brief('长岭至白沙一级公路去年已建成通车。')).toEqual([['长岭至白沙一级公路', 'completed']]);
  });

  it('starts a route at its first place, never at the comma before it', () => {
    expect(brief('目前完成投资,东坪至北岭高铁正在加快建设。')).toEqual([['东坪至北岭高铁', 'in_progress']]);
  });

  it('reads 规划面积 after a name as its size, neither a plan document nor a plan', () => {
    expect(brief('正在建设的青峰智能装备产业园规划面积3.6平方公里。')).toEqual([['青峰智能装备产业园', 'in_progress']]);
    expect(projects('编制青峰产业园规划,明年实施。')).toEqual([]);
  });

  it('takes an unquoted platform named by a proper word, never a generic one', () => {
    expect(projects('去年我们上线了青峰企业综合服务平台,办事更方便。').map((p) => p.name)).toEqual(['青峰企业综合服务平台']);
    expect(projects('积极为企业搭建公共服务平台,提升服务能力。')).toEqual([]);
  });

  it('takes a grade alone as a kind of road, no project', () => {
    expect(projects('全县新改建二级公路46公里。')).toEqual([]);
  });

  it('ends the name before a part of the works, which leaves the whole in progress', () => {
    const ps = projects('总投资8亿元的石门水库主体工程已经完工,预计明年下闸蓄水。');
    expect(ps.map((p) => [p.name, p.category, p.status])).toEqual([['石门水库', 'utility', 'in_progress']]);
    expect(ps[0]!.mentions.map((m) => m.text)).toEqual(['石门水库']);
    expect(brief('城北污水处理厂主体结构已经完工。')).toEqual([['城北污水处理厂', 'in_progress']]);
    expect(projects('大坝主体工程已经完工。')).toEqual([]);
  });

  it('a completion said of the whole stays completed', () => {
    expect(brief('城北污水处理厂已经完工。')).toEqual([['城北污水处理厂', 'completed']]);
  });

  it('takes the work built at a site, not the site after 在', () => {
    expect(brief('我们将在师范学院建设绿色建材重点实验室。')).toEqual([['绿色建材重点实验室', 'planned']]);
    expect(brief('明年我们将在县中医院建设远程影像诊断中心。')).toEqual([['远程影像诊断中心', 'planned']]);
  });

  it('does not cut a name at a verb inside it', () => {
    expect(brief('接下来,我们将建设白沙河湿地保护修复示范区。')).toEqual([['白沙河湿地保护修复示范区', 'planned']]);
    expect(brief('今年我们在全县实施乡村医疗卫生服务能力提升工程。')).toEqual([['乡村医疗卫生服务能力提升工程', 'in_progress']]);
    expect(brief('我们还实施了城乡供水保障能力提升工程。')).toEqual([['城乡供水保障能力提升工程', 'in_progress']]);
  });

  it('keeps narrative verbs out of names', () => {
    expect(projects('优先保障重大创新项目落地。')).toEqual([]);
  });

  it('leaves out conferred titles, generic kinds and places with a kind', () => {
    expect(projects('去年,我县成功创建省级生态文明建设示范区。')).toEqual([]);
    expect(projects('签约项目大多是制造业项目,落地快。')).toEqual([]);
    expect(projects('今年桐溪县重点项目开工率达到80%。')).toEqual([]);
  });

  it('reads the status of works named before 力争, 工程量 and 投入运行', () => {
    expect(brief('县妇幼保健院迁建项目力争年内开工。')).toEqual([['县妇幼保健院迁建项目', 'planned']]);
    expect(brief('市第二人民医院改扩建工程已完成总工程量的六成。')).toEqual([['市第二人民医院改扩建工程', 'in_progress']]);
    expect(brief('与省农科院共建的茶叶研究院已投入运行。')).toEqual([['茶叶研究院', 'completed']]);
  });

  it('keeps a capacity class, a berth code and a direction section inside the name', () => {
    expect(brief('今年将开工建设江口港北岸作业区3万吨级散货码头。')).toEqual([['江口港北岸作业区3万吨级散货码头', 'planned']]);
    expect(brief('我们正在推进江口港区5号泊位建设。')).toEqual([['江口港区5号泊位', 'in_progress']]);
    expect(brief('力争年内建成石湖绕城高速东段。')).toEqual([['石湖绕城高速东段', 'in_progress']]);
  });

  it('reads 计划 after a name as the verb, and 等项目 / 重大项目 as no name', () => {
    expect(brief('其中城南体育中心计划明年一季度开工。')).toEqual([['城南体育中心', 'planned']]);
    expect(projects('今年县里谋划了一批重大项目。')).toEqual([]);
    expect(projects('按设备投资额给予补助,单个项目最高500万元。')).toEqual([]);
    expect(projects('记者非常关心地铁建设进度。')).toEqual([]);
  });

  it('takes a 走廊 built as a district', () => {
    expect(brief('我们还将谋划建设城南创新走廊。')).toEqual([['城南创新走廊', 'planned']]);
  });
});
