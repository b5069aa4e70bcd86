/**
 * HTML → text: the page's text laid out one block per line, with furniture
 * (head, scripts, menus, footers) left out and the breadcrumb kept.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { declaredCharset, extractHtmlText, looksLikeHtml } from '../../src/io/html.js';

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

  it('never throws, and text without markup comes back whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        extractHtmlText(s);
        const plain = s.replace(/[<>&]/g, '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, ''); // a browser collapses ASCII white space only (&nbsp; and U+3000 stay)
        const out = extractHtmlText(`<p>${s.replace(/[<>&]/g, '')}</p>`);
        expect(out).toBe(plain.length > 0 ? `${plain}\n` : '');
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
