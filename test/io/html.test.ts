/**
 * HTML → text: the page's text laid out one block per line, with furniture
 * (head, scripts, menus, footers) left out and the breadcrumb kept.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { declaredCharset, extractHtmlText, looksLikeHtml } from '../../src/io/html.js';
import { decodeBytes, sha256 } from '../../src/io/decode.js';

describe('extractHtmlText', () => {
  it('puts blocks on their own lines, paragraphs apart, and decodes entities', () => {
    const html = '<body><h1>标题&ldquo;新&rdquo;</h1><p>第一段&nbsp;内容 &amp; 更多</p><p>第二段<br>下一行</p><div>甲</div><div>乙</div></body>';
    expect(extractHtmlText(html)).toBe('标题“新”\n\n第一段\u00a0内容 & 更多\n\n第二段\n下一行\n\n甲\n乙\n');
  });

  it('collapses white space as a browser does, keeping inline markup inline', () => {
    const html = '<p>\n   近三年财政累计补助<strong>5.6亿元</strong>,\n   年均增长超<span>25%</span>  </p>';
    expect(extractHtmlText(html)).toBe('近三年财政累计补助5.6亿元, 年均增长超25%\n');
  });

  it('gives every table cell its own line (info tables: key, then value)', () => {
    const html = '<table><tr><td>索引号:</td><td>001/2022-1</td></tr><tr><td>成文日期:</td><td>2022-09-16</td><td></td></tr></table>';
    expect(extractHtmlText(html)).toBe('索引号:\n001/2022-1\n成文日期:\n2022-09-16\n');
  });

  it('drops head, scripts, styles, forms and hidden elements', () => {
    const html = `<html><head><title>页面标题_某市政府</title><style>p{color:red}</style></head>
      <body><script>document.write("<p>脚本</p>")</script><form><input value="搜索"><button>搜索</button></form>
      <p hidden>隐藏</p><div style="display: none">也隐藏</div><p>正文</p><noscript>请启用脚本</noscript></body></html>`;
    expect(extractHtmlText(html)).toBe('正文\n');
  });

  it('drops site navigation, headers and footers outside the article, but keeps the breadcrumb', () => {
    const html = `<body>
      <div id="header"><img alt="logo">欢迎访问</div>
      <div class="main-nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li></ul></div>
      <nav><div class="breadcrumb">当前位置:<a>首页</a> &gt; <a>政务公开</a></div><a>English</a></nav>
      <article><header><h1>文章标题</h1></header><p>正文。</p><footer>文章脚注</footer></article>
      <div class="bdsharebuttonbox">分享到:微信</div>
      <footer><p>版权所有</p></footer>
      <div class="footer-wrap">网站标识码</div>
    </body>`;
    expect(extractHtmlText(html)).toBe('当前位置:首页 > 政务公开\n\n文章标题\n\n正文。\n\n文章脚注\n');
  });

  it('keeps preformatted text as it is', () => {
    expect(extractHtmlText('<pre>问:一\n  答:二</pre>')).toBe('问:一\n  答:二\n');
  });

  it('copes with tag soup: unclosed and stray tags', () => {
    expect(extractHtmlText('<p>一<p>二</span></div><li>三')).toBe('一\n\n二\n三\n');
  });

  it('never throws, and prose without markup comes back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        extractHtmlText(s);
        // a sentence (it ends in 。) is never taken for a tool bar or a footer line, whatever it holds (©, 打印)
        const sentence = `${s.replace(/[<>&]/g, '')}。`;
        const plain = sentence.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, ''); // a browser collapses ASCII white space only (&nbsp; and U+3000 stay)
        expect(extractHtmlText(`<p>${sentence}</p>`)).toBe(`${plain}\n`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('looksLikeHtml and declaredCharset', () => {
  it('recognises documents, not text that merely mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('\ufeff  <html lang="zh-CN">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(looksLikeHtml('问题一:文中提到<html>标签')).toBe(false);
    expect(looksLikeHtml('<p>一段</p>')).toBe(false);
  });

  it('reads both meta forms', () => {
    const enc = (s: string): Uint8Array => Buffer.from(s, 'latin1');
    expect(declaredCharset(enc('<meta charset="GBK">'))).toBe('gbk');
    expect(declaredCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
    expect(declaredCharset(enc('<p>no meta</p>'))).toBeNull();
  });
});

describe('extractHtmlText on CMS shapes', () => {
  it('table layouts of the 2000s: link menus, <br> paragraphs, tool bars, link tables and the footer go', () => {
    const html = `<body><table><tr><td><a href="/">首页</a> | <a>政务公开</a> | <a>办事服务</a> | <a>公众互动</a></td></tr></table>
      <table><tr><td width="200"><table><tr><td><b>政务公开</b></td></tr><tr><td>·<a>通知公告</a></td></tr><tr><td>·<a>领导活动</a></td></tr><tr><td>·<a>重点工程</a></td></tr></table></td>
      <td><table><tr><td class="dh">当前位置：<a>首页</a> &gt;&gt; <a>领导活动</a></td></tr>
      <tr><td class="bt"><font color="red"><b>县长答记者问</b></font></td></tr>
      <tr><td><font>&nbsp;&nbsp;<b>记者：</b>今年的目标是什么？<br><br>&nbsp;&nbsp;<b>答：</b>完成投资50亿元。<br>第二行</font></td></tr>
      <tr><td>【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      <tr><td><table><tr><td><b>相关链接：</b></td></tr><tr><td>·<a>去年完成投资42亿元</a></td></tr></table></td></tr></table></td></tr></table>
      <table><tr><td>主办单位：某县人民政府办公室&nbsp;&nbsp;承办单位：某县信息中心<br>版权所有 &copy; 2010 某县人民政府 浙ICP备05012345号<br>建议使用1024×768分辨率浏览本站</td></tr></table></body>`;
    expect(extractHtmlText(html)).toBe(
      '当前位置：首页 >> 领导活动\n县长答记者问\n\u00a0\u00a0记者：今年的目标是什么？\n\n\u00a0\u00a0答：完成投资50亿元。\n第二行\n',
    );
  });

  it('TRS pages: a turn in <strong> stays on its line; 附件, share bar, prev/next and 相关阅读 go', () => {
    const html = `<div class="detail"><h2>在线访谈</h2><div class="TRS_Editor"><style>.TRS_Editor P{line-height:1.8}</style>
      <div class="Custom_UnionStyle"><p><strong>主持人：</strong>进展如何？</p><p><strong>嘉宾 陈某（局长）：</strong>完成<span>92%</span>。</p></div></div>
      <div class="fj-box"><p>附件：</p><ul><li><a>实录.pdf</a></li></ul></div>
      <div><p>附件</p><ul><li><a>图文实录（2023年11月9日）.pdf</a></li></ul></div>
      <div class="bshare-custom"><span>分享到：</span><a>微信</a><a>微博</a></div>
      <p>上一篇：<a>区教育局局长谈课后服务点126个</a></p><p>下一篇：<a>某某</a></p>
      <div><h3>相关阅读</h3><ul><li><a>计划投资186亿元</a><span>2023-02-28</span></li></ul></div></div>`;
    expect(extractHtmlText(html)).toBe('在线访谈\n\n主持人：进展如何？\n\n嘉宾 陈某（局长）：完成92%。\n');
  });

  it('WeChat exports: the js_content body shown by a script is kept, <section>/<span> soup reads as paragraphs', () => {
    const html = `<div id="js_article"><h1 class="rich_media_title">实录｜发布会</h1>
      <div id="meta_content"><span class="rich_media_meta_nickname">某某发布</span> <em id="publish_time" class="rich_media_meta">2024-03-08 18:30</em></div>
      <div class="rich_media_content" id="js_content" style="visibility: hidden;">
        <section><section><span>3月8日上午，</span><span>召开发布会。</span></section></section><p><br></p>
        <section><p><span><strong><span>澜江日报记者：</span></strong></span><span>请问安排如何？</span></p></section>
        <section><p style="display:none">隐藏</p><p><span><strong>邵某：</strong></span><span>安排项目</span><span>58个。</span></p></section>
        <section><section><strong>往期推荐</strong></section><section><p><a>2023年投资291亿元</a></p></section></section>
      </div>
      <div class="rich_media_tool"><div>阅读 <span>1.2万</span></div><span>在看 86</span></div>
      <div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></div>`;
    expect(extractHtmlText(html)).toBe(
      '实录｜发布会\n\n某某发布\n2024-03-08 18:30\n3月8日上午，召开发布会。\n\n澜江日报记者：请问安排如何？\n\n邵某：安排项目58个。\n',
    );
  });

  it('modern pages: the <article> with its own header and footer, the site footer dropped by its ICP/标识码 lines', () => {
    const html = `<body><article><header><h1>标题</h1><time>2024-05-21</time></header><p>正文。</p><footer>责任编辑：某某</footer></article>
      <div><p><a>网站地图</a> | <a>联系我们</a></p><p>主办：某市人民政府办公室</p><p>网站标识码：3300000001 浙公网安备 33000002000001号</p></div></body>`;
    expect(extractHtmlText(html)).toBe('标题\n\n2024-05-21\n\n正文。\n\n责任编辑：某某\n');
  });

  it('keeps article text that only looks like furniture', () => {
    const long = '本次会议研究了附件所列的十个重点项目，全年计划完成投资50亿元，其中交通项目20个、产业项目30个，力争年底前全部开工建设，并对进度滞后的项目实行挂牌督办，每月通报一次进展情况。';
    const html = `<div><p>附件</p><p>${long}</p></div>
      <p>会上，<a>市发改委</a>、<a>市交通局</a>和<a>市住建局</a>分别汇报了今年重点项目的推进情况和下一步的工作安排。</p>
      <p>主办单位：市商务局</p><p>打印机采购项目已完成。</p>`;
    expect(extractHtmlText(html)).toBe(
      `附件\n\n${long}\n\n会上，市发改委、市交通局和市住建局分别汇报了今年重点项目的推进情况和下一步的工作安排。\n\n主办单位：市商务局\n\n打印机采购项目已完成。\n`,
    );
  });
});

describe('the saved pages under fixtures/pages', () => {
  const dir = new URL('../../fixtures/pages/', import.meta.url);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

  it('has the three CMS shapes, each beside its gold, and the gold is of these bytes', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const bytes = readFileSync(new URL(page, dir));
      const gold = parse(readFileSync(new URL(page.replace(/\.html$/, '.gold.yaml'), dir), 'utf8')) as { source: { sha256: string; encoding: string } };
      const decoded = decodeBytes(bytes, page);
      expect(gold.source.sha256, page).toBe(sha256(bytes));
      expect(decoded.encoding, page).toBe(gold.source.encoding);
    }
  });

  it('extracts no furniture and keeps every turn on one line with its words', () => {
    for (const page of pages) {
      const text = decodeBytes(readFileSync(new URL(page, dir)), page).text;
      expect(text, page).not.toMatch(/ICP|公网安备|网站标识码|版权所有|打印|关闭窗口|上一篇|下一篇|相关链接|相关阅读|往期推荐|分享到|扫一扫|写留言|网站地图|\.pdf|<|&nbsp;/);
      for (const line of text.split('\n')) expect(line, page).not.toMatch(/^[\s\u00a0]*(主持人|记者|答|嘉宾[^：]*|[^：]{0,12}记者)：$/);
    }
  });
});
