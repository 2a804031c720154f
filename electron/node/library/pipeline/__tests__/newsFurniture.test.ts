import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { allText, expectProvenance, fixture, passagesOf } from './fixtureBuild';

// News and government pages, copied from a browser (select all, paste) and saved as HTML: the
// furniture around a story and glued onto its last line never reaches a passage.
const FILES = ['news-copied-page.txt', 'gov-notice.txt', 'news-saved-page.html', 'gov-page.html'];
const build = buildCorpus(FILES.map(fixture));
const text = allText(build);

describe('news-page furniture', () => {
  it('leaves no menus, widgets, date lines, credits, footers or tracking numbers in a passage', () => {
    const furniture = [
      /首页|新闻中心|政务公开|办事服务|正文|当前位置|您当前的位置/,
      /杭州 宁波|温州嘉兴|湖州绍兴/,
      /字体|字号|T\|T|【|】/,
      /来源：|信息来源|发布日期|浏览次数|\d{1,2}:\d{2}/,
      /打开APP|APP内|客户端|分享|微信|微博|weixin|weibo|QQ空间|扫码/,
      /责任编辑|编辑：|校对|纠错|打印本页|关闭窗口|供稿/,
      /摄影|\s摄|摄）|图为/,
      /新华社杭州|（记者/,
      /□|\d{12}|索引号|联系人|联系电话|0571/,
      /农业农村厅办公室|ICP|版权/,
      /更正|稿件编号|XH2023/,
    ];
    for (const re of furniture) expect(text, String(re)).not.toMatch(re);
  });

  it('keeps the story: whole sentences, the last one without what was glued to it', () => {
    for (const fragment of [
      '20年前，浙江启动“千村示范、万村整治”工程',
      '为全国推进乡村全面振兴提供了有益借鉴。',
      '这些经验为各地提供了有益借鉴。',
      '二十年前，浙江从整治村庄环境入手',
      '会上，三个县（市、区）作了交流发言。',
      '各市、县（市、区）农业农村局：为深入学习贯彻“千万工程”经验',
      '确保各项任务落到实处。',
    ]) {
      expect(text, fragment).toContain(fragment);
    }
    for (const ending of ['为全国推进乡村全面振兴提供了有益借鉴。', '这些经验为各地提供了有益借鉴。', '作了交流发言。', '确保各项任务落到实处。']) {
      expect(build.passages.some((p) => p.text.endsWith(ending)), ending).toBe(true);
    }
  });

  it('takes a headline set apart from the text as the title of its work, not as text', () => {
    const titles = build.works.map((w) => w.title);
    expect(titles).toContain('学习运用“千万工程”经验扎实推进乡村全面振兴');
    expect(titles).toContain('关于深化“千万工程”推进和美乡村建设的通知');
    expect(text).not.toContain('扎实推进乡村全面振兴20年前');
    expect(text).not.toContain('建设的通知各市');
  });

  it('reports every removal', () => {
    const actions = build.report.map((r) => r.action);
    for (const name of ['导航菜单', '地区列表', '面包屑导航', '日期与来源行', '工具栏与分享按钮', '打开 APP 提示', '扫码提示', '占位方框', '跟踪编号', '图片说明与摄影署名', '更正说明']) {
      expect(actions.some((a) => a.includes(name)), name).toBe(true);
    }
    for (const glued of ['删除粘连内容：编辑署名', '删除粘连内容：新闻电头', '删除粘连内容：图片说明与摄影署名', '删除粘连内容：稿件来源署名', '删除粘连内容：跟踪编号']) {
      expect(actions, glued).toContain(glued);
    }
    expect(build.report.find((r) => r.action === '删除粘连内容：编辑署名')?.before).toMatch(/责任编辑：李四|编辑：张三 校对：李四/);
  });

  it('points every passage at its text in the page as saved', () => {
    expectProvenance(build);
    const html = build.sources.find((s) => s.fileName === 'news-saved-page.html')!;
    const first = passagesOf(build, 'news-saved-page.html')[0]!.occurrences[0]!;
    expect(html.rawText.slice(first.start, first.end)).toMatch(/^二十年前，浙江从整治村庄环境入手/);
  });
});

describe('prose that only looks like furniture', () => {
  it('stays', () => {
    const lines = [
      '织密乡村治理一张网',
      '近年来，我县坚持把乡村治理作为基层工作的重中之重，推行网格化管理，织密了一张覆盖全域的治理网络，群众的事情有人管、有人办。',
      '记者深入基层',
      '记者在村里走访时看到，家家户户门前屋后干干净净，道路两旁花木葱茏，村民们脸上洋溢着幸福的笑容。',
      '欢迎来到美丽的余村，这里山清水秀。',
      '村民扫码就能查看积分。',
      '3、使用“浙里办”APP办理业务。',
      '请大家关注我们村的发展。',
      '2023年6月5日，省委召开全省深化“千万工程”建设新时代美丽乡村现场推进会，总结交流各地经验做法，部署下一阶段工作。',
      '利用体育彩票公益金建设农村文化礼堂，整治赌博、封建迷信等陈规陋习。',
    ];
    const own = buildCorpus([{ fileName: 'prose.txt', bytes: Buffer.from(`${lines.join('\n')}\n`) }]);
    const kept = own.passages.map((p) => p.text).join('') + own.works.map((w) => w.title).join('');
    for (const line of lines) expect(kept, line).toContain(line);
    expect(own.report.filter((r) => r.step === 'furniture')).toEqual([]);
  });
});
