import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { allText } from './fixtureBuild';

// A WeChat article copied as text: the account line above it and the counters under it come along.
const copied = [
  '“千万工程”二十年：一个村庄的蝶变',
  '原创 乡村振兴观察 李明 2024-05-20 08:00 发表于浙江',
  '',
  '二十年前，这个村庄垃圾遍地、污水横流，村民们守着绿水青山却过着穷日子。',
  '',
  '如今，村里建起了污水处理终端和垃圾分类站，游客纷至沓来，村集体经济年收入突破三百万元。',
  '',
  '阅读 3.2万',
  '点赞 856',
  '在看 128',
  '写留言',
  '',
].join('\n');

describe('a WeChat article copied as text', () => {
  it('leaves the account line and the 阅读/点赞/在看 counters out of the text, not glued to its paragraphs', () => {
    const build = buildCorpus([{ fileName: 'wechat.txt', bytes: new TextEncoder().encode(copied) }]);
    const text = allText(build);
    expect(text).toContain('二十年前，这个村庄垃圾遍地、污水横流，村民们守着绿水青山却过着穷日子。');
    expect(text).toContain('村集体经济年收入突破三百万元。');
    expect(text).not.toMatch(/原创|发表于|阅读|点赞|在看|写留言/);
    expect(build.sources[0]!.title).toBe('“千万工程”二十年：一个村庄的蝶变');
    expect(build.report.map((r) => r.action).join('\n')).toMatch(/公众号/);
  });
});
