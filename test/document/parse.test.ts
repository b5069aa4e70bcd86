import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/document/parse.js';
import type { ParsedDocument, Span } from '../../src/types.js';

const seed = readFileSync(new URL('../../fixtures/yueqing-2022-09-16.txt', import.meta.url), 'utf8');
const slice = (doc: ParsedDocument, span: Span): string => doc.text.slice(span[0], span[1]);

describe('the seed page', () => {
  const doc = parseDocument(seed);

  it('reads breadcrumb, title and the bulleted info block with no-break spaces', () => {
    expect(doc.info.breadcrumb).toEqual(['首页', '政务公开', '政务专题', '政策解读专题', '领导解读']);
    expect(doc.info.title).toMatch(/^\(市政府主要领导答记者问\).*交通建设怎么做\?$/);
    expect(doc.info.meta).toEqual({
      index_no: '001008003013001/2022-217060',
      topic: '综合政务/政务公开',
      publisher: '市政府办公室',
      date: '2022-09-16',
      validity: '有效',
    });
  });

  it('finds three exchanges with the speaker and role before 回答记者提问', () => {
    expect(doc.info.exchanges.map((e) => e.label)).toEqual(['问题一', '问题二', '问题三']);
    for (const ex of doc.info.exchanges) {
      expect(ex.speaker).toEqual({ name: '戴旭强', role: '中共乐清市委副书记、市人民政府市长' });
      expect(ex.question!.text).toBe(slice(doc, ex.question!.span));
      expect(ex.question!.text.startsWith('戴市长您好')).toBe(true);
      expect(slice(doc, ex.answer.span)).not.toContain('回答记者提问');
    }
    expect(doc.info.exchanges.map((e) => e.sections.length)).toEqual([4, 3, 3]);
  });

  it('gives sections a heading without its enumerator and full stop', () => {
    const sec = doc.info.exchanges[2]!.sections[1]!;
    expect(sec.label).toBe('二');
    expect(sec.heading).toBe('打造高效率的内部主干道');
    expect(slice(doc, sec.heading_span)).toBe(sec.heading);
    expect(slice(doc, sec.span).startsWith('二、打造高效率')).toBe(true);
  });

  it('keeps page furniture out of the sentences, without shifting offsets', () => {
    expect(doc.text).toBe(seed);
    const content = doc.sentences.map((s) => slice(doc, s.span)).join('\n');
    expect(content).not.toContain('索引号');
    expect(content).not.toContain('回答记者提问');
    expect(content).not.toMatch(/^0$/m);
    // the trailing page counter is excluded
    expect(doc.excluded.some(([s, e]) => seed.slice(s, e).trim() === '0')).toBe(true);
  });

  it('splits sentences at 。?! and keeps ; inside', () => {
    const s = doc.sentences.find((x) => slice(doc, x.span).startsWith('土地方面'))!;
    expect(slice(doc, s.span)).toMatch(/^土地方面.*落地;全域推动.*第1。$/);
    expect(s.exchange).toBe('q1');
    expect(s.kind).toBe('answer');
  });
});

/** The same text as pages often write it: full-width , : ; ! ? ( ) (offsets do not move). */
function fullWidth(s: string): string {
  return s.replace(/[,:;!?()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe.each([
  ['ASCII', (s: string) => s],
  ['full-width', fullWidth],
])('a press conference with 主持人/记者/发布人 turns (%s punctuation)', (_, punct) => {
  const text = punct([
    '某市2024年一季度经济运行情况新闻发布会',
    '发布时间:2024年4月18日 10:00',
    '发布地点:市政府新闻发布厅',
    '发布人:市统计局局长 林某某',
    '',
    '主持人:各位记者朋友,上午好!今天我们邀请到市统计局局长林某某介绍情况。',
    '',
    '林某某:一季度全市地区生产总值完成812亿元,同比增长6.1%。',
    '',
    '主持人:下面进入提问环节。',
    '',
    '某某日报记者:请问一季度工业生产有哪些亮点?',
    '',
    '市统计局局长 林某某:一季度规上工业增加值增长7.3%。',
    '二、新动能加快成长。高技术制造业增长12.5%。',
    '',
    '某某电视台记者:消费市场情况如何?',
    '',
    '市统计局副局长 陈某:社会消费品零售总额增长5.2%。',
    '市商务局副局长 吴某某:我补充一点,限上单位网上零售额增长18%。',
  ].join('\n'));
  const doc = parseDocument(text);

  it('takes the date from 发布时间 and keeps the header out of content', () => {
    expect(doc.info.meta.date).toBe('2024-04-18');
    expect(doc.info.title).toBe('某市2024年一季度经济运行情况新闻发布会');
    const content = doc.sentences.map((s) => slice(doc, s.span)).join('');
    expect(content).not.toContain('发布地点');
    expect(content).not.toContain(punct('10:00'));
  });

  it('pairs each reporter question with the answers that follow it', () => {
    const ex = doc.info.exchanges;
    expect(ex.map((e) => e.label)).toEqual(['某某日报记者', '某某电视台记者']);
    expect(ex[0]!.speaker).toEqual({ name: '林某某', role: '市统计局局长' });
    expect(ex[0]!.sections.map((s) => s.heading)).toEqual(['新动能加快成长']);
    expect(ex[1]!.speaker).toEqual({ name: '陈某', role: '市统计局副局长' });
    // a second official adding to the same answer extends it
    expect(slice(doc, ex[1]!.answer.span)).toMatch(/^社会消费品.*18%。$/s);
  });

  it('leaves host remarks and the opening statement outside any exchange', () => {
    const opening = doc.sentences.find((s) => slice(doc, s.span).startsWith('一季度全市地区生产总值'))!;
    expect(opening.exchange).toBeNull();
    expect(opening.kind).toBe('body');
    const host = doc.sentences.find((s) => slice(doc, s.span).startsWith('下面进入提问环节'))!;
    expect(host.exchange).toBeNull();
  });
});

describe('an interview with 问/答 and no info block', () => {
  const text = [
    '专访某县县长:让群众过上更好日子',
    '2023年6月2日',
    '',
    '问:今年上半年全县经济形势怎么样?',
    '答:总体平稳。上半年全县规上工业产值同比增长9.2%;',
    '接下来我们将力争全年完成固定资产投资120亿元。',
    '问:',
    '问:乡村振兴方面有什么打算?',
    '答:明年底前建成10个示范村。',
  ].join('\n');
  const doc = parseDocument(text);

  it('finds exchanges, a dated line and no meta fields but the date', () => {
    expect(doc.info.meta).toEqual({ index_no: null, topic: null, publisher: null, date: '2023-06-02', validity: null });
    expect(doc.info.exchanges.map((e) => [e.id, e.label])).toEqual([
      ['q1', '问'],
      ['q2', '问'],
    ]);
    expect(doc.info.exchanges[0]!.speaker).toBeNull();
    expect(slice(doc, doc.info.exchanges[0]!.answer.span)).toMatch(/^总体平稳.*120亿元。$/s);
  });

  it('numbers the sentences of both answer paragraphs with their exchange', () => {
    const inQ1 = doc.sentences.filter((s) => s.exchange === 'q1' && s.kind === 'answer').map((s) => slice(doc, s.span));
    expect(inQ1).toEqual(['总体平稳。', '上半年全县规上工业产值同比增长9.2%;', '接下来我们将力争全年完成固定资产投资120亿元。']);
  });
});

describe('a page with no title line, no info block and CRLF line ends', () => {
  const text = '近年来,全区累计新增就业岗位3.2万个。\r\n\r\n下一步,我们将继续加大投入,力争明年再新增1万个。\r\n';
  const doc = parseDocument(text);

  it('reads body sentences and no exchanges', () => {
    expect(doc.info.title).toBeNull();
    expect(doc.info.exchanges).toEqual([]);
    expect(doc.info.meta.date).toBeNull();
    expect(doc.sentences.map((s) => slice(doc, s.span))).toEqual([
      '近年来,全区累计新增就业岗位3.2万个。',
      '下一步,我们将继续加大投入,力争明年再新增1万个。',
    ]);
    expect(doc.sentences.every((s) => s.kind === 'body' && s.exchange === null)).toBe(true);
  });
});

describe('dates', () => {
  it('take a work report date from the dashed line under the title', () => {
    const doc = parseDocument('政府工作报告\n——2023年1月10日在市第十七届人民代表大会第二次会议上\n市长 某某\n\n各位代表:现在,我代表市人民政府作报告。');
    expect(doc.info.meta.date).toBe('2023-01-10');
    expect(doc.sentences.map((s) => slice(doc, s.span)).join('')).not.toContain('第十七届');
  });

  const dateOf = (header: string): string | null => parseDocument(['某市新闻发布会', header, '问：今年怎么样？', '答：增长5%。'].join('\n')).info.meta.date;

  it('come from header lines in brackets, several fields to a line, or a date after the source', () => {
    expect(dateOf('【发布时间：2025-07-10】')).toBe('2025-07-10');
    expect(dateOf('信息来源：市政府办 发布时间：2025-07-11 阅读次数：33')).toBe('2025-07-11');
    expect(dateOf('作者：张三 时间：2025-07-12')).toBe('2025-07-12');
    expect(dateOf('来源：某某日报\u3000\u30002025-07-13 08:30')).toBe('2025-07-13');
  });

  it('come from other keys that name a date (播出时间, 录制日期), but not from prose or a month alone', () => {
    expect(dateOf('播出时间：2025年6月12日 9:00-10:00')).toBe('2025-06-12');
    expect(dateOf('录制日期：2025年6月13日')).toBe('2025-06-13');
    expect(dateOf('这段时间：2025年6月12日以来工作很多')).toBeNull();
    expect(dateOf('开工时间：2025年3月')).toBeNull();
  });

  it('keep a header line with several fields out of the content', () => {
    const doc = parseDocument(['某市新闻发布会', '信息来源：市政府办 发布时间：2025-07-11 阅读次数：33', '问：今年怎么样？', '答：增长5%。'].join('\n'));
    expect(doc.sentences.map((x) => slice(doc, x.span)).join('')).not.toContain('阅读次数');
  });

  it('give null for a month and day without a year', () => {
    const doc = parseDocument('标题\n6月2日\n\n正文一句话。');
    expect(doc.info.meta.date).toBeNull();
  });
});

describe('turn labels standing alone on their line', () => {
  const doc = parseDocument('问:\n今年的重点项目有哪些?\n答:\n全年安排重点项目86个。');

  it('take the next paragraph as the turn', () => {
    const [ex] = doc.info.exchanges;
    expect(ex!.question!.text).toBe('今年的重点项目有哪些?');
    expect(slice(doc, ex!.answer.span)).toBe('全年安排重点项目86个。');
    expect(doc.sentences.map((s) => s.kind)).toEqual(['question', 'answer']);
  });
});

describe('an interview whose answers are given under a bare 答:', () => {
  const doc = parseDocument(
    [
      '对话区长|老城区如何焕新',
      '编者按:日前,本报记者专访了东湖区委副书记、区长钟立新。访谈中,钟立新谈了老城改造的打算。',
      '问:钟区长您好,今年老城改造有哪些安排?',
      '答:今年将改造老旧小区23个。',
      '(记者 孙某 整理)',
    ].join('\n'),
  );

  it('names the interviewee from the introduction', () => {
    expect(doc.info.exchanges[0]!.speaker).toEqual({ name: '钟立新', role: '东湖区委副书记、区长' });
  });

  it('leaves the credit line out of the answer', () => {
    expect(slice(doc, doc.info.exchanges[0]!.answer.span)).toBe('今年将改造老旧小区23个。');
  });
});

describe('an online interview where the host asks', () => {
  const doc = parseDocument(
    [
      '在线访谈:老旧小区改造进展如何',
      '访谈时间:2024年5月21日 15:00',
      '主持人:各位网友大家好!今天我们请到了市住建局局长赵某某。',
      '主持人:赵局长,今年全市计划改造多少个老旧小区?',
      '市住建局局长 赵某某:今年计划改造老旧小区120个。',
      '网友“绿色出行”:小区加装电梯有补助吗?',
      '嘉宾 赵某某(市住建局局长):每台补助20万元。',
      '主持人:还有网友要提问吗?',
      '主持人:感谢赵局长!',
    ].join('\n'),
  );

  it('makes the host\'s and the public\'s questions into exchanges', () => {
    expect(doc.info.exchanges.map((e) => [e.id, e.label])).toEqual([
      ['q1', '主持人'],
      ['q2', '网友“绿色出行”'],
    ]);
    expect(doc.info.exchanges[1]!.speaker).toEqual({ name: '赵某某', role: '市住建局局长' });
  });

  it('dates the page from 访谈时间', () => {
    expect(doc.info.meta.date).toBe('2024-05-21');
  });

  it('keeps an unanswered host question as a host remark', () => {
    const s = doc.sentences.find((x) => slice(doc, x.span).startsWith('还有网友'))!;
    expect(s).toMatchObject({ kind: 'body', exchange: null });
  });
});

describe('a page in traditional characters with full-width punctuation', () => {
  const doc = parseDocument(
    [
      '首頁 > 新聞 > 新聞公報',
      '工務局局長陳志明就來年工程答記者問',
      '發布時間\uFF1A2024年11月12日 16\uFF1A30',
      '工務局局長陳志明今日出席記者會。陳志明表示,工程進展順利。',
      '問\uFF1A明年有多少個項目動工\uFF1F',
      '答\uFF1A明年將有12個項目動工。',
      '(完)',
    ].join('\n'),
  );

  it('reads the structure and gives strings back as written', () => {
    expect(doc.info.breadcrumb).toEqual(['首頁', '新聞', '新聞公報']);
    expect(doc.info.meta.date).toBe('2024-11-12');
    expect(doc.info.exchanges.map((e) => e.label)).toEqual(['問']);
    expect(doc.info.exchanges[0]!.speaker).toEqual({ name: '陳志明', role: '工務局局長' });
    expect(slice(doc, doc.info.exchanges[0]!.answer.span)).toBe('明年將有12個項目動工。');
  });

  it('offers a folded text of the same length for matching', () => {
    expect(doc.folded).toHaveLength(doc.text.length);
    expect(doc.folded).toContain('明年将有12个项目动工。');
  });
});

describe('ministers answering under bare names', () => {
  const doc = parseDocument(
    [
      '“部长通道”实录',
      '2025年3月5日 来源:本网综合',
      '国家发展改革委主任程某某、交通运输部部长韩某某先后走上通道,回答记者提问。',
      '某某报记者:今年投资怎么安排?',
      '程某某:今年中央预算内投资拟安排7350亿元。',
      '某某社记者:交通方面呢?',
      '韩某某:今年将新开工一批项目。',
    ].join('\n'),
  );

  it('takes their roles from the introduction and the date from the dated line', () => {
    expect(doc.info.meta.date).toBe('2025-03-05');
    expect(doc.info.exchanges.map((e) => e.speaker)).toEqual([
      { name: '程某某', role: '国家发展改革委主任' },
      { name: '韩某某', role: '交通运输部部长' },
    ]);
  });
});

describe('a newspaper interview with a byline and closing narration', () => {
  const doc = parseDocument(
    [
      '让山区小城亮起来——访某县县长周某某',
      '本报记者 李某 2024年9月3日',
      '记者:今年县城改造有什么打算?',
      '县长 周某某:今年改造街道12条。',
      '记者:资金从哪里来?',
      '周某某:争取专项债券3亿元。',
      '周某某说,县城会越来越好。',
    ].join('\n'),
  );

  it('dates the page from the byline', () => {
    expect(doc.info.meta.date).toBe('2024-09-03');
  });

  it('gives a bare name the role of its earlier labelled turn', () => {
    expect(doc.info.exchanges.map((e) => e.speaker)).toEqual([
      { name: '周某某', role: '县长' },
      { name: '周某某', role: '县长' },
    ]);
  });

  it('ends the answer where the writer reports the speaker again', () => {
    expect(slice(doc, doc.info.exchanges[1]!.answer.span)).toBe('争取专项债券3亿元。');
    const last = doc.sentences[doc.sentences.length - 1]!;
    expect(last).toMatchObject({ kind: 'body', exchange: null });
  });
});

describe('turn prefixes with marks and brackets', () => {
  const text = [
    '专访:谈谈城市更新',
    '2024年3月5日',
    '【编者按】本报记者专访了区长李明。',
    '',
    '【记者】今年城市更新有哪些重点?',
    '【李明】今年改造老旧小区120个。',
    '',
    '■记者:交通方面呢?',
    '■李明:地铁5号线将于明年通车。',
    '',
    '◆问:教育方面有什么安排?',
    '◆答:新建学校8所。',
  ].join('\n');
  const doc = parseDocument(text);

  it('reads 【label】 without a colon and skips marks before a label', () => {
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, e.speaker?.name ?? null])).toEqual([
      ['记者', '今年城市更新有哪些重点?', '李明'],
      ['记者', '交通方面呢?', '李明'],
      ['问', '教育方面有什么安排?', '李明'],
    ]);
    expect(slice(doc, doc.info.exchanges[1]!.answer.span)).toBe('地铁5号线将于明年通车。');
  });

  it('leaves a bracketed heading that names no speaker as content', () => {
    expect(doc.sentences.some((s) => slice(doc, s.span).includes('专访了区长李明'))).toBe(true);
  });
});

describe('turn labels in Latin letters and with a name before 答', () => {
  it('reads Q:/A: turns (ASCII and full-width) as questions and answers', () => {
    const doc = parseDocument(['市长专访', '2025-05-06', 'Q：今年经济形势怎么样？', 'A：一季度增长6.1%。', 'Q:下一步呢?', 'A:力争全年增长6%以上。'].join('\n'));
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, slice(doc, e.answer.span)])).toEqual([
      ['Q', '今年经济形势怎么样？', '一季度增长6.1%。'],
      ['Q', '下一步呢?', '力争全年增长6%以上。'],
    ]);
    const wide = parseDocument(['市长专访', '2025-05-06', 'Ｑ：下一步呢？', 'Ａ：力争全年增长6%以上。'].join('\n'));
    expect(wide.info.exchanges.map((e) => [e.label, slice(wide, e.answer.span)])).toEqual([['Ｑ', '力争全年增长6%以上。']]);
  });

  it('takes the name before 答 as the speaker, not as part of it', () => {
    const doc = parseDocument(['市长答记者问', '2025年5月6日', '记者问：项目进展如何？', '王明答：已开工120个。'].join('\n'));
    expect(doc.info.exchanges.map((e) => [e.label, e.speaker?.name ?? null, slice(doc, e.answer.span)])).toEqual([['记者问', '王明', '已开工120个。']]);
  });
});

describe('labels with a name after the host or the reporter, and time stamps before turns', () => {
  it('reads 主持人 李娜 as the host and 记者 王芳 as a questioner', () => {
    const doc = parseDocument(['发布会', '发布时间：2025-07-10', '主持人 李娜：下面请记者提问。', '记者 王芳：投资情况如何？', '市发改委主任王建国：增长5.2%。'].join('\n'));
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, e.speaker?.name ?? null, slice(doc, e.answer.span)])).toEqual([
      ['记者王芳', '投资情况如何？', '王建国', '增长5.2%。'],
    ]);
    expect(doc.sentences.find((x) => slice(doc, x.span).includes('请记者提问'))?.exchange ?? null).toBeNull();
  });

  it('reads a reporter with the outlet in brackets (记者（棠州晚报）) as a questioner', () => {
    const doc = parseDocument(['发布会', '发布时间：2025-08-21', '记者（晚报）：进展如何？', '市交通局局长 韦明：已完成60%。', '日报记者：还有呢？', '韦明：年底通车。'].join('\n'));
    expect(doc.info.exchanges.map((e) => [e.label, slice(doc, e.answer.span)])).toEqual([
      ['记者（晚报）', '已完成60%。'],
      ['日报记者', '年底通车。'],
    ]);
  });

  it('skips a time stamp before the label', () => {
    const doc = parseDocument(['在线访谈', '访谈时间：2025年6月3日', '[00:05:20] 网友“小溪”：什么时候开始？', '00:05:45 区长 刘洋：今年开始。'].join('\n'));
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, e.speaker, slice(doc, e.answer.span)])).toEqual([
      ['网友“小溪”', '什么时候开始？', { name: '刘洋', role: '区长' }, '今年开始。'],
    ]);
  });
});

describe('a call-in programme whose host names two guests in one sentence', () => {
  const doc = parseDocument([
    '政风行风热线',
    '播出时间：2025年6月12日 9:00-10:00',
    '主持人：今天走进直播间的是市住建局副局长罗建平和市城管局副局长苏晓雯。',
    '罗建平：听众朋友们好。',
    '听众王先生：电梯什么时候修？',
    '罗建平：本月底前完成维修。',
    '听众李女士：路灯不亮了。',
    '苏晓雯：48小时内修复。',
  ].join('\n'));

  it('gives each guest the role right before the name, cut after the verb and after the other guest', () => {
    expect(doc.info.exchanges.map((e) => [e.label, e.speaker])).toEqual([
      ['听众王先生', { name: '罗建平', role: '市住建局副局长' }],
      ['听众李女士', { name: '苏晓雯', role: '市城管局副局长' }],
    ]);
  });

  it('prefers the role a guest\'s own labelled greeting gives', () => {
    const greeted = parseDocument(['热线', '主持人：今天的嘉宾是住建局的罗建平。', '住建局副局长 罗建平：大家好。', '听众王先生：电梯什么时候修？', '罗建平：本月底前。'].join('\n'));
    expect(greeted.info.exchanges.map((e) => e.speaker)).toEqual([{ name: '罗建平', role: '住建局副局长' }]);
  });
});

describe('a televised accountability programme with clips and audience questions', () => {
  const doc = parseDocument([
    '《问政》第三期',
    '2025-06-19 21:40　来源：区融媒体中心',
    '【短片】记者在夜市看到40多个摊位占道经营。',
    '主持人：这归谁管？',
    '区城管局局长 郑宏斌：归我们管，三天内整改到位。',
    '（播放暗访短片：宿舍楼道漏水，墙面开裂2厘米。）',
    '现场观众：我想问，漏水什么时候修？',
    '区住建局局长 邵敏：月底前修好。',
    '（现场满意度测评：满意票占41%。）',
    '评议员 杜晓岚：渣土车谁来管？',
    '邵敏：我们来管。',
  ].join('\n'));

  it('reads audience and panel labels as questions', () => {
    expect(doc.info.exchanges.map((e) => [e.label, e.speaker?.name ?? null])).toEqual([
      ['主持人', '郑宏斌'],
      ['现场观众', '邵敏'],
      ['评议员杜晓岚', '邵敏'],
    ]);
  });

  it('ends an answer at a clip or a bracketed stage line, which stay content outside any exchange', () => {
    expect(doc.info.exchanges.map((e) => slice(doc, e.answer.span))).toEqual(['归我们管，三天内整改到位。', '月底前修好。', '我们来管。']);
    const clip = doc.sentences.find((x) => slice(doc, x.span).includes('40多个摊位'));
    expect(clip && slice(doc, clip.span).startsWith('记者在夜市')).toBe(true);
    expect(clip?.exchange).toBeNull();
    expect(doc.sentences.find((x) => slice(doc, x.span).includes('满意票'))?.exchange).toBeNull();
  });

  it('keeps a paragraph that only opens and closes with brackets of its own in the answer', () => {
    const answer = parseDocument(['问：怎么做？', '答：分三步。', '(二)加强监管(重点区域)', '(三)严格考核。'].join('\n'));
    expect(slice(answer, answer.info.exchanges[0]!.answer.span)).toBe('分三步。\n(二)加强监管(重点区域)\n(三)严格考核。');
  });
});

describe('a letter page (市长信箱) with labelled fields', () => {
  const doc = parseDocument([
    '市长信箱来信办理情况选登',
    '留言标题：小区积水',
    '留言时间：2025-04-08 09:12:30',
    '留言内容：下雨就积水，能不能解决？',
    '办理单位：市城管局',
    '回复时间：2025-04-15',
    '回复内容：计划于今年8月底前完成改造。',
    '感谢您的关心！',
    '留言标题：上学太远',
    '留言时间：2025-04-20 10:00:00',
    '留言内容：孩子要到3公里外上学。',
    '办理单位：市教育局',
    '回复内容：新学校预计明年建成。',
  ].join('\n'));

  it('makes each letter and its reply an exchange answered by the unit, dated by the first letter', () => {
    expect(doc.info.meta.date).toBe('2025-04-08');
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, e.speaker, slice(doc, e.answer.span)])).toEqual([
      ['留言内容', '下雨就积水，能不能解决？', { name: null, role: '市城管局' }, '计划于今年8月底前完成改造。\n感谢您的关心！'],
      ['留言内容', '孩子要到3公里外上学。', { name: null, role: '市教育局' }, '新学校预计明年建成。'],
    ]);
  });

  it('keeps the next letter\'s title out of the reply before it', () => {
    const title = doc.sentences.find((x) => slice(doc, x.span) === '上学太远');
    expect(title?.exchange).toBeNull();
  });
});

describe('an online interview with a guest introduced by the host', () => {
  const text = [
    '区长访谈:打造宜居城区',
    '2024年5月10日',
    '',
    '主持人:各位网友大家好,今天我们邀请到区长张伟做客访谈。',
    '主持人:张区长,今年重点抓哪些工作?',
    '嘉宾 张伟:今年我们将新建公园5个。',
    '问:养老服务有何举措?答:新增养老床位500张。',
  ].join('\n');
  const doc = parseDocument(text);

  it('takes the role after the verb of inviting, and a name not glued to the next word', () => {
    expect(doc.info.exchanges.map((e) => e.speaker)).toEqual([
      { name: '张伟', role: '区长' },
      { name: '张伟', role: '区长' },
    ]);
  });

  it('splits a question and its answer written on one line', () => {
    const last = doc.info.exchanges[1]!;
    expect(last.question!.text).toBe('养老服务有何举措?');
    expect(slice(doc, last.answer.span)).toBe('新增养老床位500张。');
  });
});

describe('a header that lists the host and the speakers', () => {
  const text = [
    '全市一季度经济运行情况新闻发布会',
    '2025-04-18 10:00　来源：市政府新闻办',
    '主持人：市政府新闻办副主任 赵明',
    '发布人：市统计局党组书记、局长 周蓉；市发改委副主任 钱进',
    '',
    '赵明：各位记者朋友，上午好！今天我们请市统计局局长周蓉介绍情况。',
    '周蓉：一季度全市地区生产总值增长5.2%。',
    '赵明：下面请记者提问。',
    '日报记者：投资情况怎么样？',
    '钱进：一季度固定资产投资增长6.1%。',
    '赵明：周局长，请您介绍一下消费情况。',
    '周蓉：社会消费品零售总额增长4.8%。',
    '赵明：今天的发布会到此结束，谢谢大家。',
  ].join('\n');
  const doc = parseDocument(text);

  it('knows the host by name, asks with a request, and gives bare names the listed roles', () => {
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, e.speaker])).toEqual([
      ['日报记者', '投资情况怎么样？', { name: '钱进', role: '市发改委副主任' }],
      ['赵明', '周局长，请您介绍一下消费情况。', { name: '周蓉', role: '市统计局党组书记、局长' }],
    ]);
  });

  it('keeps the host\'s closing words out of the last answer', () => {
    expect(slice(doc, doc.info.exchanges[1]!.answer.span)).toBe('社会消费品零售总额增长4.8%。');
  });
});

describe('a policy interpretation in numbered questions', () => {
  const text = [
    '《青川县农业补贴办法》政策解读',
    '发布时间：2025-02-10',
    '',
    '近日，县农业农村局有关负责人就《办法》作了解读。',
    '',
    '一、《办法》为什么出台？',
    '为稳定粮食生产，县里研究制定了本办法。',
    '',
    '二、补贴标准是多少？',
    '每亩补贴120元。',
    '种粮大户另行奖励。',
  ].join('\n');
  const doc = parseDocument(text);

  it('makes each numbered question and the paragraphs under it an exchange, answered by the official the introduction names', () => {
    expect(doc.info.exchanges.map((e) => [e.label, e.question!.text, slice(doc, e.answer.span), e.speaker])).toEqual([
      ['一', '《办法》为什么出台？', '为稳定粮食生产，县里研究制定了本办法。', { name: null, role: '县农业农村局有关负责人' }],
      ['二', '补贴标准是多少？', '每亩补贴120元。\n种粮大户另行奖励。', { name: null, role: '县农业农村局有关负责人' }],
    ]);
  });

  it('leaves a numbered question inside a labelled answer as a section', () => {
    const labelled = parseDocument(['问：补贴怎么发？', '答：分两步。', '一、怎么申请？', '到村里登记。'].join('\n'));
    expect(labelled.info.exchanges).toHaveLength(1);
    expect(labelled.info.exchanges[0]!.sections.map((s) => s.label)).toEqual(['一']);
  });
});
