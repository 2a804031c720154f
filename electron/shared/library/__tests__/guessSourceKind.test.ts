import { describe, expect, it } from 'vitest';
import { guessSourceKind } from '../guessSourceKind';

// Fixtures written for these tests, shaped like what the importer extracts from real pages.
const SPEECH_REPORT = {
  title: '习近平在浙江考察时强调 深入学习推广“千万工程”经验',
  site: '新华网',
  url: 'http://www.news.cn/politics/leaders/2023-09/25/c_1129882345.htm',
  text: '新华社杭州9月25日电 中共中央总书记、国家主席、中央军委主席习近平近日在浙江考察时强调……',
};
const CENTRAL_DOCUMENT = {
  title: '中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见',
  issuer: '中共中央 国务院',
  docNumber: '中发〔2024〕1号',
  url: 'https://www.gov.cn/zhengce/202402/content_6929934.htm',
  text: '（2024年1月1日）\n推进中国式现代化，必须坚持不懈夯实农业基础，推进乡村全面振兴。',
};
const NEWS_ITEM = {
  title: '我市召开“千万工程”经验学习交流会',
  site: '某某晚报',
  newspaper: '某某晚报',
  url: 'https://www.sohu.com/a/712345678_121123',
  text: '本报讯（记者 王小明 通讯员 李华）9月12日，我市召开学习浙江“千万工程”经验交流会……',
};
const ESSAY_PAGE = {
  title: '学习浙江“千万工程”经验感悟3篇',
  site: '优知文库',
  docNumber: '565344',
  text: '学习浙江“千万工程”经验感悟3篇.docx\n上传人：王**\n文档编号：565344\n“千万工程”是习近平总书记在浙江工作时亲自谋划……',
};

describe('guessSourceKind', () => {
  it('takes a leader’s speech reported by 新华社 for 权威文献', () => {
    const g = guessSourceKind(SPEECH_REPORT);
    expect(g.kind).toBe('权威文献');
    expect(g.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['officialSite', 'officialMedia', 'xinhuaDateline', 'officialTitle']));
  });

  it('takes a central document (issuer, 发文字号, gov.cn) for 权威文献', () => {
    const g = guessSourceKind(CENTRAL_DOCUMENT);
    expect(g.kind).toBe('权威文献');
    expect(g.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['officialSite', 'officialIssuer', 'docNumber', 'officialTitle']));
  });

  it('takes a local paper’s report for 新闻报道', () => {
    const g = guessSourceKind(NEWS_ITEM);
    expect(g.kind).toBe('新闻报道');
    expect(g.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['newsSite', 'newspaper', 'newsDateline']));
  });

  it('takes a document-sharing page for 参考范文, though it quotes the 总书记', () => {
    const g = guessSourceKind(ESSAY_PAGE);
    expect(g.kind).toBe('参考范文');
    expect(g.reasons[0]).toEqual({ code: 'docSite', detail: '优知文库' });
  });

  it('keeps an upload of an official text 参考范文: the writer should cite the original', () => {
    expect(guessSourceKind({ ...CENTRAL_DOCUMENT, url: 'https://wenku.baidu.com/view/abc.html', site: '百度文库' }).kind).toBe('参考范文');
  });

  it('takes a 心得体会 reprinted on an official site for 参考范文', () => {
    expect(guessSourceKind({ title: '学习“千万工程”经验心得体会', site: '人民网', url: 'http://dangjian.people.com.cn/n1/2023/0705/c117092.html' }).kind).toBe('参考范文');
  });

  it('takes a 人民日报 article (official media) for 权威文献 and any 日报 of a province too', () => {
    expect(guessSourceKind({ title: '千万工程造就万千美丽乡村', newspaper: '人民日报' }).kind).toBe('权威文献');
    expect(guessSourceKind({ title: '千万工程二十年', newspaper: '浙江日报' }).kind).toBe('权威文献');
    expect(guessSourceKind({ title: '评论', text: '新华社评论员\n……' }).kind).toBe('权威文献');
  });

  it('does not take a document-sharing 文档编号 for a 发文字号', () => {
    const g = guessSourceKind({ title: '学习资料', docNumber: '565344' });
    expect(g.reasons.map((r) => r.code)).not.toContain('docNumber');
    expect(guessSourceKind({ title: '某办法', docNumber: '浙委办发〔2023〕12号' }).reasons.map((r) => r.code)).toContain('docNumber');
  });

  it('falls back to 参考范文 when nothing is known, and says so', () => {
    expect(guessSourceKind({ text: '同志们：今天我们召开会议。' })).toEqual({ kind: '参考范文', reasons: [{ code: 'noSignal', detail: '' }] });
  });

  it('classifies the seed corpus’ facts as 参考范文', () => {
    for (const facts of [
      { title: '关于学习浙江“千万工程”经验感悟（3篇）', text: '##paidbegin##' },
      { title: '学习浙江"千万工程"经验感悟3篇', site: '优知文库' },
      { title: '浙江千万工程经验案例专题学习研讨心得发言材料【2篇文】' },
      { title: '学习“千万工程”经验专题培训班学员心得体会（3篇5242字）' },
      { title: '2023年浙江“千村示范、万村整治”工程(“千万工程”)经验的研讨交流材料10篇', site: '课桌文档', url: 'https://www.desk33.com/p-452121.html' },
    ]) {
      expect(guessSourceKind(facts).kind).toBe('参考范文');
    }
  });
});
