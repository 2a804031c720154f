import { it } from 'vitest';
import { buildCorpus } from '../../library/pipeline/buildCorpus';
import { readSourceFileSync } from '../readSourceFile';
const BODY = '近年来，我们认真学习浙江“千万工程”经验，坚持以人民为中心的发展思想。一是坚持规划先行。我们按照要求编制村庄规划。';
it('d', () => {
  const html = `<!DOCTYPE html><html><head><title>学习“千万工程”经验 推动乡村振兴_某某新闻网</title>
<style>.a{color:red}</style><script>var x = "千万工程";</script></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 新闻中心 &gt; 乡村振兴</div>
<p>发布时间：2023-07-15 来源：某某日报 作者：张三</p>
${BODY.split('。').filter(Boolean).map((s) => `<p>${s}。</p>`).join('\n')}
<p>&nbsp;</p><p>本段文字被&lt;br&gt;<br>硬换行，${BODY.slice(0, 20)}</p>
<p>（责任编辑：王五）</p>
<div>Copyright &copy; 2023 某某新闻网 版权所有 京ICP备12345678号</div></body></html>`;
  const r = readSourceFileSync('news.html', Buffer.from(html));
  console.log(r.extraction, r.meta, JSON.stringify(r.body.text));
  const b = buildCorpus([{ fileName: 'news.html', bytes: Buffer.from(html) }]);
  console.log(b.passages.map((p) => p.text));
});
