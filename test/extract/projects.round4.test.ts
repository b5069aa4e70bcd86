/**
 * Project shapes behind the fourth blind round's misses, in sentences written
 * for these tests: a zone's standard factory buildings, car parks and a named
 * shanty-area redevelopment with a phase; verb phrases ending in 计划, question
 * words, generic utility nouns and an existing park named as a place; the
 * status of works whose main structure is done or that start later; the
 * category of company-named parks and bases, education campuses and street
 * works.
 */
import { describe, expect, it } from 'vitest';
import { docOf, documentOf, projectsIn } from './targets.helpers.js';
import type { Sentence } from '../../src/types.js';

const DATE = '2025-03-10';

const projects = (text: string, date: string | null = DATE) => projectsIn(docOf(text, date));
const names = (text: string) => projects(text).map((p) => p.name);
const brief = (text: string, date: string | null = DATE) => projects(text, date).map((p) => [p.name, p.status]);
const categories = (text: string) => projects(text).map((p) => [p.name, p.category]);

/** A caller's question sentence, then an answer sentence (split at the first 。 or ？). */
function callIn(question: string, answer: string) {
  const text = question + answer;
  const sentences: Sentence[] = [
    { span: [0, question.length], kind: 'question', exchange: 'q1' },
    { span: [question.length, text.length], kind: 'answer', exchange: 'q1' },
  ];
  return projectsIn(documentOf(text, DATE, sentences));
}

describe('round 4: missed names', () => {
  it('reads the standard factory buildings of a named zone, with their phase', () => {
    expect(brief('南湖经济开发区标准厂房二期第四季度竣工交付。')).toEqual([['南湖经济开发区标准厂房二期', 'in_progress']]);
    // a kind of building, however much is built
    expect(names('今年新建标准厂房10万平方米，盘活闲置厂房3处。')).toEqual([]);
    // the workshop of a company's project is a part of its works, not a name
    expect(names('华新电机项目一期主体厂房已经封顶。')).toEqual(['华新电机项目一期']);
  });

  it('reads a named car park as a facility; a generic or counted one stays out', () => {
    const [p, ...rest] = projects('其中解放路地下停车场设计泊位500个，已经完成主体施工，计划9月底前投入使用。');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: '解放路地下停车场', category: 'facility', status: 'in_progress' });
    expect(names('今年新建公共停车场12个，推动单位内部停车场错时开放。')).toEqual([]);
    expect(brief('东门停车楼已经建成投用。')).toEqual([['东门停车楼', 'completed']]);
    // the kind of car park (地下, 立体) names none on its own
    expect(names('今年将建设地下停车场和立体停车楼。')).toEqual([]);
  });

  it('reads a named shanty-area redevelopment with its phase; the kind alone is none', () => {
    const [p] = projects('下半年我们将启动城西片区棚户区改造二期，计划10月开工。');
    expect(p).toMatchObject({ name: '城西片区棚户区改造二期', category: 'district', status: 'planned' });
    expect(names('持续推进棚户区改造和城中村改造。')).toEqual([]);
    expect(categories('河东片区城中村改造项目已经启动征收。')).toEqual([['河东片区城中村改造项目', 'district']]);
  });

  it('reads a building of a named institution on a numbered list line', () => {
    expect(brief('8．县妇幼保健院住院楼年底前建成投用。')).toEqual([['县妇幼保健院住院楼', 'in_progress']]);
  });
});

describe('round 4: spurious names', () => {
  it('never starts a name with a verb phrase (超额完成年度投资计划)', () => {
    expect(names('全年完成投资180亿元，超额完成年度投资计划。')).toEqual([]);
    expect(names('全面完成年度目标任务，圆满完成年度投资计划。')).toEqual([]);
  });

  it('reads no project in a question word or demonstrative before 项目', () => {
    expect(names('请问下半年有哪些项目能够投产？')).toEqual([]);
    expect(names('这些项目年底前都将建成。')).toEqual([]);
  });

  it('reads no project in a generic utility noun', () => {
    expect(names('我们优先改造雨污管网、污水管网和燃气管道。')).toEqual([]);
    // a named one is
    expect(names('江南片区雨污管网改造工程已于上月开工。')).toEqual(['江南片区雨污管网改造工程']);
  });

  it('reads an existing park named as a place in a complaint as no project; its upgrade works are one', () => {
    const found = callIn(
      '听众：我住在河东街道，家门口的碧水公园晚上路灯坏了好几盏，希望尽快修好。',
      '碧水公园的路灯我们马上安排人员排查；碧水公园提升改造项目已经纳入今年计划，10月底前完工。',
    );
    expect(found.map((p) => p.name)).toEqual(['碧水公园提升改造项目']);
    // a weak sign of a finished work in a question (坏了) is no evidence of works, with or without 家门口的
    expect(callIn('听众：碧水公园晚上路灯坏了好几盏，能不能尽快修好？', '我们马上安排人员排查。')).toEqual([]);
    // said plainly, 家门口的 uses a bare facility as a place, not its works
    expect(names('家门口的碧水公园晚上没有路灯了。')).toEqual([]);
    expect(names('家门口的碧水公园改造提升工程今年开工。')).toEqual(['碧水公园改造提升工程']);
  });
});

describe('round 4: status', () => {
  it('keeps works whose main structure is done in progress (主体完工, 主体结构封顶)', () => {
    expect(brief('国道205线城西段改建工程主体完工，确保11月底前建成通车。')).toEqual([['国道205线城西段改建工程', 'in_progress']]);
    expect(brief('东岭第三中学已主体完工，确保9月1日开学投用。')).toEqual([['东岭第三中学', 'in_progress']]);
    expect(brief('市妇幼保健院新院区已完成主体结构封顶，预计明年上半年投入使用。')).toEqual([['市妇幼保健院新院区', 'in_progress']]);
    // 市场主体 is no part of the works
    expect(brief('青湖科技园去年建成投用，吸引市场主体入驻。')).toEqual([['青湖科技园', 'completed']]);
  });

  it('reads a future start of works as planned', () => {
    // a January work report: the first quarter is still ahead
    expect(brief('一季度开工建设东岭至西岙快速通道。', '2025-01-09')).toEqual([['东岭至西岙快速通道', 'planned']]);
    expect(brief('青湖港二期工程正在开展前期工作，计划四季度开工。')).toEqual([['青湖港二期工程', 'planned']]);
  });

  it('never reads a future start of production or use as completed; a past one is', () => {
    expect(brief('总投资30亿元的恒远光伏组件项目预计年内投产。')).toEqual([['恒远光伏组件项目', 'in_progress']]);
    expect(brief('县人民医院新院区6月底前建成投用。')).toEqual([['县人民医院新院区', 'in_progress']]);
    expect(brief('江东大桥已于去年10月建成通车。')).toEqual([['江东大桥', 'completed']]);
  });
});

describe('round 4: category', () => {
  it('gives a park or base named by a company category other; one named by a place keeps its own', () => {
    const text = '总投资18亿元的瑞丰智能农机产业园二季度投产；华棠生物医药产业化基地计划四季度开工；青山区数字经济产业园已于去年建成。';
    expect(categories(text)).toEqual([
      ['瑞丰智能农机产业园', 'other'],
      ['华棠生物医药产业化基地', 'other'],
      ['青山区数字经济产业园', 'park'],
    ]);
    // an unknown proper word names a company, unless the document writes it as a place (岚丰区)
    expect(categories('岚丰数字经济产业园已于去年建成。')).toEqual([['岚丰数字经济产业园', 'other']]);
    expect(categories('岚丰区今年招商引资成效明显。岚丰数字经济产业园已于去年建成。')).toEqual([['岚丰数字经济产业园', 'park']]);
  });

  it('gives an education campus the facility category and a street’s works the road category', () => {
    expect(categories('市职业教育园区一期正在加快建设。')).toEqual([['市职业教育园区一期', 'facility']]);
    expect(categories('滨江路提质改造工程全长2.1公里，正在加紧施工。')).toEqual([['滨江路提质改造工程', 'road']]);
    // two verbs of works after the street's name are inside the name
    expect(categories('南门路改造提升工程已经开工。')).toEqual([['南门路改造提升工程', 'road']]);
    expect(names('今年将推进改造提升工程。')).toEqual([]);
  });
});
