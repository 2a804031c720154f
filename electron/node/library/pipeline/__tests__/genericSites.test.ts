import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';

const enc = (s: string) => Buffer.from(s, 'utf8');
const BODY = [
  '近年来，我们认真学习浙江“千万工程”经验，坚持以人民为中心的发展思想，扎实推进农村人居环境整治，村庄面貌焕然一新，群众的获得感、幸福感不断增强。',
  '一是坚持规划先行。我们按照“多规合一”的要求编制村庄规划，因村制宜确定发展定位，不搞千村一面，让每个村都有自己的特色和风貌。',
  '二是坚持问题导向。从群众反映最强烈的垃圾、污水、厕所问题入手，先易后难，逐步推进，全面完成农村改厕任务，生活垃圾实现分类收集处理。',
  '三是坚持共建共享。发动群众投工投劳，推行积分制管理，让村民从“旁观者”变成“参与者”，共同建设美好家园，乡村治理水平明显提升。',
  '下一步，我们将继续学习借鉴浙江经验，久久为功、善作善成，推动乡村全面振兴不断取得新成效，为建设宜居宜业和美乡村作出新的更大贡献。',
].join('');
const LONG_BODY = BODY + BODY.replace(/我们/g, '各级干部').replace(/浙江/g, '先进地区');

/** Cuts text into numbered chunks of a fixed length, the way preview sites do. */
function chunked(text: string, size: number): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += size) lines.push(`${lines.length + 1}、${text.slice(i, i + size)}`);
  return lines.join('\n');
}

describe('documents from other sites', () => {
  it('cleans a 道客巴巴/原创力文档-style preview with other banners and chunking', () => {
    const page = [
      '乡村振兴学习心得体会范文.doc',
      '上传者：李** 下载积分：1000 浏览次数：56 文档格式：DOC',
      '原创力文档 知识共享平台 - 预览与源文档一致，下载高清无水印 VIP免费下载',
      '- 1 -',
      chunked(LONG_BODY, 160),
      '- 2 -',
      '该用户很懒，什么都没有留下。本站所有文档均来自用户上传，如有侵权请联系删除。',
      '热门搜索',
      '扫码关注公众号，添加客服微信：139 1234 5678，获取更多范文素材',
    ].join('\n');
    const build = buildCorpus([{ fileName: 'other.txt', bytes: enc(page) }]);
    const text = build.passages.map((p) => p.text).join('|');
    expect(text).not.toMatch(/上传者|原创力|预览|VIP|- 1 -|该用户|本站|热门搜索|客服|\d、[^深]/);
    const skeletal = build.passages.map((p) => p.text).join('');
    expect(skeletal).toContain(BODY.slice(20, 200).replace(/,/g, '，'));
    expect(build.stats?.chunksRejoined).toBeGreaterThanOrEqual(3);
    expect(build.passages.some((p) => p.kind === '标题' && p.text === '一是坚持规划先行。')).toBe(true);
  });

  it('cleans a news page: markup, breadcrumbs, editor footer, copyright; offsets point into the HTML', () => {
    const html = `<!DOCTYPE html><html><head><title>学习“千万工程”经验 推动乡村振兴_某某新闻网</title>
<style>.a{color:red}</style><script>var x = "千万工程";</script></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 新闻中心 &gt; 乡村振兴</div>
<p>发布时间：2023-07-15 来源：某某日报 作者：张三</p>
${BODY.split('。').filter(Boolean).map((s) => `<p>${s}。</p>`).join('\n')}
<p>&nbsp;</p><p>本段文字被&lt;br&gt;<br>硬换行，${BODY.slice(0, 20)}</p>
<p>（责任编辑：王五）</p>
<div>Copyright &copy; 2023 某某新闻网 版权所有 京ICP备12345678号</div></body></html>`;
    const build = buildCorpus([{ fileName: 'news.html', bytes: enc(html) }]);
    const src = build.sources[0];
    expect(src?.rawText).toBe(html);
    expect(src?.date).toBe('2023-07-15');
    const text = build.passages.map((p) => p.text).join('|');
    expect(text).not.toMatch(/当前位置|首页|责任编辑|Copyright|版权|ICP|var x|color|&nbsp;|<|来源/);
    expect(text).toContain('群众的获得感、幸福感不断增强。');
    for (const p of build.passages) {
      const o = p.occurrences[0];
      expect(o && html.slice(o.start, o.end).startsWith(p.text.slice(0, 5))).toBe(true);
    }
  });

  it('cleans a page in traditional characters, offers it in simplified ones and still finds its themes', () => {
    const page = [
      '上傳人：王** 文檔編號：8888 上傳時間：2023-07-01 頁數：3',
      '當前位置：首頁 > 學習園地',
      '學習浙江「千萬工程」經驗心得體會',
      '近年來，我們認真學習浙江「千萬工程」經驗，從群眾反映最強烈的垃圾、污水、廁所問題入手，全面完成農村改廁任務，村莊面貌煥然一新。',
      '責任編輯：張三',
      '版權所有 © 2023 某某網',
    ].join('\n');
    const build = buildCorpus([{ fileName: 'tw.txt', bytes: enc(page) }]);
    expect(build.sources[0]?.date).toBe('2023-07-01');
    const text = build.passages.map((p) => p.text).join('|');
    expect(text).not.toMatch(/上傳|當前位置|責任編輯|版權|上传|当前位置|责任编辑|版权/);
    expect(text).toContain('全面完成农村改厕任务');
    expect(build.passages.find((p) => p.text.includes('改厕'))?.themes).toContain('人居环境');
    expect(build.sources[0]?.rawText).toContain('全面完成農村改廁任務');
  });

  it('leaves a plain numbered list alone', () => {
    const list = ['1、深入学习浙江“千万工程”经验，把握其中蕴含的发展理念和工作方法，结合本地实际抓好落实。', '2、扎实推进农村人居环境整治，持续改善村容村貌。', '3、健全长效管护机制，巩固整治成果。'].join('\n');
    const build = buildCorpus([{ fileName: 'list.txt', bytes: enc(list) }]);
    expect(build.stats?.chunksRejoined).toBe(0);
    expect(build.passages.map((p) => p.text).join('')).toContain('2、扎实推进农村人居环境整治');
  });
});
