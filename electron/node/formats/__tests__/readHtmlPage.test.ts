import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../html/readHtmlPage';
import { readSourceFileSync } from '../readSourceFile';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** Each line of the text, checked against the raw HTML its units map to (entities decoded there). */
function expectLinesPointIntoHtml(html: string, read: { body: { text: string; originSpan(a: number, b: number): [number, number] } }) {
  let at = 0;
  for (const line of read.body.text.split('\n')) {
    if (line.trim().length >= 4) {
      const [s, e] = read.body.originSpan(at, at + line.length);
      const raw = html.slice(s, e).replace(/&nbsp;/g, '\u00a0').replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      expect(raw.replace(/<[^>]+>|\s+/g, ''), line).toContain(line.replace(/\s+/g, '').slice(0, 12));
    }
    at += line.length + 1;
  }
}

describe('readHtmlPage on pages from different kinds of site', () => {
  it('a news page: the article only, its facts from the markup, every line pointing into the HTML', () => {
    const html = fixture('news-xinhua-style.html');
    const read = readHtmlPage(html);
    expect(read.extraction).toBe('article');
    expect(read.meta).toMatchObject({ title: '浙江“千万工程”造就万千美丽乡村', site: '新华网', date: '2023-06-05', url: 'https://www.example-news.cn/politics/2023-06/05/c_1129670000.htm' });
    const text = read.body.text;
    expect(text).toContain('新华社杭州6月5日电');
    expect(text).toContain('规划保留村生活污水治理覆盖率达到95%以上。');
    expect(text).toContain('打造共同富裕的乡村样板。');
    for (const furniture of ['新华网首页', '时政', '热点推荐', '相关新闻', '网友评论', '支持！', 'Copyright', 'ICP', '分享到', '新浪微博', '扫码下载', '打印本页', '_hmt']) expect(text).not.toContain(furniture);
    expectLinesPointIntoHtml(html, read);
  });

  it('a government page: the article title and date from its meta names, the canonical address, the 文号 and issuing body in its text', () => {
    const html = fixture('gov-style.html');
    const read = readSourceFileSync('意见.html', Buffer.from(html));
    expect(read.meta).toMatchObject({
      title: '中共浙江省委办公厅 浙江省人民政府办公厅关于深化“千万工程”建设新时代美丽乡村的实施意见',
      site: '浙江省人民政府门户网站',
      date: '2023-07-18',
      url: 'https://www.example.gov.cn/art/2023/7/18/art_1229017138_2482000.html',
    });
    expect(read.body.text).toContain('（一）深化农村人居环境整治。');
    expect(read.body.text).not.toMatch(/办事服务|互动交流|主办单位|ICP|关闭窗口/);
    expect(read.statedText).toContain('浙委办发〔2023〕36号');
    expectLinesPointIntoHtml(html, read);
  });

  it('a WeChat article saved from a browser: title, 公众号, author, publish time, and its body although WeChat hides it until a script runs', () => {
    const html = fixture('wechat-article.html');
    const read = readHtmlPage(html);
    expect(read.extraction).toBe('wechat');
    expect(read.meta).toMatchObject({ title: '学习“千万工程”经验｜我们村的五年之变', site: '青山发布', author: '王小明', date: '2023-06-20' });
    expect(read.meta.url).toMatch(/^http:\/\/mp\.weixin\.qq\.com\/s\?__biz=/);
    expect(read.body.text).toContain('成了远近闻名的“网红村”。');
    expect(read.body.text).not.toMatch(/阅读 3万|在看|微信扫一扫|js_name/);
    expectLinesPointIntoHtml(html, read);
  });

  it('a newspaper article on its paper’s site: newspaper, page and date for a [N] citation', () => {
    const read = readSourceFileSync('人民日报.html', Buffer.from(fixture('peoples-daily-paper.html')));
    expect(read.meta.title).toBe('坚持不懈推进“千万工程”');
    expect(read.meta.date).toBe('2023-06-06');
    expect(read.statedText).toMatch(/人民日报\s*》（ 2023年06月06日 第 05 版）/);
    expect(read.body.text).toContain('一年接着一年干');
    expect(read.body.text).not.toMatch(/版 权 所 有|weibo|广告服务/);
  });

  it('a page in GBK that says so in its meta tag', () => {
    const html = fixture('gov-style.html').replace('charset=utf-8', 'charset=gb2312');
    const read = readSourceFileSync('gbk.htm', iconv.encode(html, 'gbk'));
    expect(read.meta.title).toContain('关于深化“千万工程”建设新时代美丽乡村的实施意见');
    expect(read.body.text).toContain('坚持以人民为中心的发展思想');
  });

  it('a page nested deeper than any real one is read flat, without recursion', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>深层正文：坚持以人民为中心的发展思想，持续改善农村人居环境。</p>${'</div>'.repeat(50_000)}</body></html>`;
    const read = readHtmlPage(html);
    expect(read.extraction).toBe('page');
    expect(read.body.text).toContain('深层正文');
  });

  it('a fragment without <html> or <body> (a clipboard snippet), and plain text saved under an .html name', () => {
    const fragment = readHtmlPage('<p>第一段：坚持以人民为中心的发展思想，持续改善农村人居环境，村庄面貌焕然一新。</p><p>第二段：久久为功、善作善成，一张蓝图绘到底。</p>');
    expect(fragment.body.text).toBe('第一段：坚持以人民为中心的发展思想，持续改善农村人居环境，村庄面貌焕然一新。\n第二段：久久为功、善作善成，一张蓝图绘到底。');
    const text = readSourceFileSync('本地新闻.html', Buffer.from('我县召开推进会\n\n本报讯（记者 李明）3月15日，我县召开学习“千万工程”经验现场推进会。'));
    expect(text.format).toBe('text');
    expect(text.body.text.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
