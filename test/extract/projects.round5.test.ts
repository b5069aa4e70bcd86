/**
 * Project shapes behind the fifth blind round's misses (a letter page and a
 * televised accountability programme), in sentences written for these tests:
 * verbs naming the work between a place and 工程; a named pumping station or
 * vendor site; a cited policy; a district's own platform; a named work whose
 * status a back-reference or the next sentences of the turn say; and what is
 * none: back-references, an existing school, an office in every district, a
 * year's list of works.
 */
import { describe, expect, it } from 'vitest';
import { docOf, projectsIn } from './targets.helpers.js';

const DATE = '2025-06-10';

const projects = (text: string, date: string | null = DATE) => projectsIn(docOf(text, date));
const names = (text: string) => projects(text).map((p) => p.name);
const brief = (text: string, date: string | null = DATE) => projects(text, date).map((p) => [p.name, p.status]);
const full = (text: string) => projects(text).map((p) => [p.name, p.status, p.category]);

describe('round 5: named works', () => {
  it('reads verbs that name the work between a place and 工程 (综合提升, 排水防涝提升)', () => {
    expect(full('下半年还将启动沿江路综合提升工程，全长1.8公里。')).toEqual([['沿江路综合提升工程', 'planned', 'road']]);
    expect(full('南湖片区排水防涝提升工程正在加快施工。')).toEqual([['南湖片区排水防涝提升工程', 'in_progress', 'utility']]);
    // a verb of works before the place is no part of the name
    expect(names('加快推进综合提升工程。')).toEqual([]);
  });

  it('reads a named pumping station, also when one of it is counted', () => {
    expect(full('新建解放路雨水泵站1座，目前正在施工。')).toEqual([['解放路雨水泵站', 'in_progress', 'utility']]);
    // the kind alone, or several of it, is none
    expect(names('新建雨水泵站1座，改造污水泵站3座。')).toEqual([]);
    expect(names('新建解放路雨水泵站3座，年底前完工。')).toEqual([]);
  });

  it('reads a named vendor relocation site', () => {
    expect(full('今年在人民公园东侧建设东湖便民疏导点，月底前建成投入使用。')).toEqual([['东湖便民疏导点', 'in_progress', 'facility']]);
  });

  it('reads a policy cited as the ground of a measure as in force', () => {
    expect(full('依据《青川市老旧小区改造实施办法》，市财政对每个小区给予补助。')).toEqual([
      ['《青川市老旧小区改造实施办法》', 'completed', 'policy'],
    ]);
  });

  it("reads the district's own platform named by 区 or 市 at its start, launched ahead → planned", () => {
    expect(full('第二，区数字城管平台今年10月上线。')).toEqual([['区数字城管平台', 'planned', 'platform']]);
    // said plainly, a launch is done
    expect(brief('去年，市智慧停车平台正式上线。')).toEqual([['市智慧停车平台', 'completed']]);
    // a generic platform stays out
    expect(names('今年10月数字城管平台上线。')).toEqual([]);
  });

  it('takes the category from the name, not from the words before it', () => {
    expect(full('该村已列入全省美丽乡村建设计划，西岭新村改造项目计划于今年9月开工。')).toEqual([['西岭新村改造项目', 'planned', 'district']]);
  });

  it('reads a facility planned in an attribute by the verb after it (规划建设的…已开工)', () => {
    expect(brief('园区北侧规划建设的青川第二中学已于今年2月开工。')).toEqual([['青川第二中学', 'in_progress']]);
  });

  it('reads the start of works ahead as planned, said plainly as under way', () => {
    expect(brief('向阳路改造工程计划8月1日前进场施工。')).toEqual([['向阳路改造工程', 'planned']]);
    expect(brief('向阳路改造工程已经进场。')).toEqual([['向阳路改造工程', 'in_progress']]);
  });
});

describe('round 5: status said away from the name', () => {
  it('takes the status a back-reference says when nothing is said at the name', () => {
    expect(brief('你反映的积水问题已纳入北门片区排水改造工程。该工程已于今年3月开工。')).toEqual([['北门片区排水改造工程', 'in_progress']]);
    // the first back-reference decides; later ones say what is still to come
    expect(brief('问题已纳入北门片区排水改造工程。该工程已于今年3月开工。整个工程计划于今年底前完成改造。')).toEqual([
      ['北门片区排水改造工程', 'in_progress'],
    ]);
    // what is said at the name wins
    expect(brief('北门片区排水改造工程计划明年开工。该工程已完成设计。')).toEqual([['北门片区排水改造工程', 'planned']]);
  });

  it('takes the status the next sentences of the turn say of a named work', () => {
    const text = '城西宿舍改造项目延误，是我们协调不力。目前方案已经确定，包括打通消防通道。我们保证7月1日前进场施工。';
    expect(brief(text)).toEqual([['城西宿舍改造项目', 'planned']]);
    // too far on, the turn has moved to other things
    const far = '城西宿舍改造项目延误，是我们协调不力。我们向居民道歉。请大家理解。感谢监督。我们保证7月1日前进场施工。';
    expect(names(far)).toEqual([]);
  });
});

describe('round 5: no projects', () => {
  it('reads no project in a back-reference (整个工程, 该工程)', () => {
    expect(names('整个工程计划于今年10月底前完工。')).toEqual([]);
    expect(names('该工程已于今年2月开工。')).toEqual([]);
  });

  it('reads no project in an existing school that only will do something', () => {
    expect(names('今年秋季学期，城北小学将挖潜增加学位60个。')).toEqual([]);
    // a school being built is one
    expect(names('城北小学将于明年建成投用。')).toEqual(['城北小学']);
  });

  it('reads no project in an office found in every district', () => {
    expect(names('我们已在各区政务服务中心设立专门窗口。')).toEqual([]);
    expect(names('每个乡镇卫生院都已建成发热门诊。')).toEqual([]);
  });

  it("reads no project in a year's list of works; the work named in it is one", () => {
    expect(brief('东门小区已列入2025年老旧小区改造计划，东门小区改造项目计划于今年8月开工。')).toEqual([['东门小区改造项目', 'planned']]);
    expect(names('已列入年度城市更新计划。')).toEqual([]);
  });

  it('reads no project in the administrative class of building works', () => {
    expect(names('工程建设项目审批时间已压缩至40个工作日以内。')).toEqual([]);
  });
});
