import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { allText, expectProvenance, fixture } from './fixtureBuild';

// A mobile news page copied as text and a WeChat article saved from a browser: menus run together,
// region lists, "open in app" banners, share rows, placeholder boxes and scan-code lines.
const build = buildCorpus([fixture('mobile-news-copied.txt'), fixture('wechat-article.html')]);
const text = allText(build);

describe('menus, region lists, app banners, share rows, boxes and scan-code lines', () => {
  it('never reach a passage', () => {
    expect(text).not.toMatch(/要闻视频|财经科技|首页/);
    expect(text).not.toMatch(/杭州\|宁波|上城区|拱墅区|临安区/);
    expect(text).not.toMatch(/APP|客户端|阅读全文/);
    expect(text).not.toMatch(/分享|weixin|weibo|qzone|收藏|点赞|在看|举报|反馈/);
    expect(text).not.toMatch(/□|■/);
    expect(text).not.toMatch(/扫码|二维码|长按识别|关注我们|蓝字/);
    expect(text).not.toMatch(/本报记者|通讯员|原创|09:15|21:30|昨天|END|编辑：|审核：/);
  });

  it('keeps the story and its headline apart', () => {
    expect(build.works.map((w) => w.title)).toEqual(['浙江这个山村，靠“千万工程”富了起来', '学习“千万工程”经验，这些做法值得借鉴']);
    expect(build.passages[0]?.text).toMatch(/^盛夏时节，走进丽水市松阳县的一个小山村/);
    expect(text).toContain('吸引了不少年轻人回乡创业。');
    expect(text).toContain('“过去守着老房子发愁，现在老房子成了‘金饭碗’。”村民告诉记者');
    expect(text).toContain('一是坚持规划先行。');
    expect(text).toContain('以钉钉子精神推动各项工作落地见效，持续巩固和提升乡村建设成果。');
  });

  it('reports each kind by name', () => {
    const actions = new Set(build.report.map((r) => r.action));
    for (const a of [
      '删除整行：导航菜单',
      '删除整行：地区列表',
      '删除整行：打开 APP 提示',
      '删除整行：工具栏与分享按钮',
      '删除整行：占位方框',
      '删除整行：扫码提示',
      '删除整行：记者署名',
      '删除整行：公众号关注提示',
      '删除整行：日期与来源行',
      '删除整行：正文结束标记',
    ]) {
      expect(actions.has(a), a).toBe(true);
    }
  });

  it('points every passage at its text in the raw original', () => {
    expectProvenance(build);
  });
});
