import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../api/apiTypes';
import type { CitationEdition } from '../citationStyles';
import { formatName } from '../formatNames';
import { formatReference, referenceType, serialYears } from '../formatReference';
import { formatSecondary } from '../formatSecondary';

// Expected entries are derived from the rules of each edition: 2015 writes ". , : ( )" half-width
// with a space after ". , :"; 2025 keeps "." and "[ ]" half-width in Chinese entries and writes
// "，：（）" full-width without spaces. Only 网页 keep a 引用日期 in 2025. Unknown fields are left out.

const src = (fields: Partial<SourceInfo>): SourceInfo => ({ id: 's', title: '来源', site: null, date: null, url: null, ...fields });
const both = (workTitle: string, source: SourceInfo, citedOn: string | null, e2015: string, e2025: string) => {
  for (const [edition, expected] of [['2015', e2015], ['2025', e2025]] as Array<[CitationEdition, string]>) {
    expect(formatReference({ workTitle, source, citedOn }, { edition }), edition).toBe(expected);
  }
};

describe('formatReference: the document types the app produces, both editions', () => {
  it('[N] a newspaper article: 报纸名, 出版日期(版次); no 引用日期 for print', () => {
    both(
      '数字革命与竞争国际化',
      src({ author: '丁文详', newspaper: '中国青年报', date: '2000-11-20', newspaperPage: '15' }),
      '2026-12-05',
      '丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).',
      '丁文详. 数字革命与竞争国际化[N]. 中国青年报，2000-11-20（15）.',
    );
  });

  it('[N/OL] a newspaper read online: 2015 keeps the 引用日期, 2025 drops it', () => {
    const url = 'http://epaper.gmw.cn/gmrb/html/2012-05/30/nw.D110000gmrb_20120530_1-02.htm';
    both(
      '化解医患矛盾需釜底抽薪',
      src({ author: '李强', newspaper: '光明日报', date: '2012-05-30', newspaperPage: '2', url }),
      '2013-03-26',
      `李强. 化解医患矛盾需釜底抽薪[N/OL]. 光明日报, 2012-05-30(2)[2013-03-26]. ${url}.`,
      `李强. 化解医患矛盾需釜底抽薪[N/OL]. 光明日报，2012-05-30（2）. ${url}.`,
    );
  });

  it('[J] a journal article: 刊名, 年, 卷(期): 页码, more than three authors as 等', () => {
    both(
      '互联网药品可信交易环境中主体资质审核备案模式',
      src({ author: '于潇、刘义、柴跃廷、孙宏波', journal: '清华大学学报（自然科学版）', date: '2012', journalVolume: '52', journalIssue: '11', pageRange: '1518-1523' }),
      null,
      '于潇, 刘义, 柴跃廷, 等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报（自然科学版）, 2012, 52(11): 1518-1523.',
      '于潇，刘义，柴跃廷，等. 互联网药品可信交易环境中主体资质审核备案模式[J]. 清华大学学报（自然科学版），2012，52（11）：1518-1523.',
    );
    both(
      '四库馆私家抄校书考略',
      src({ author: '杨洪升', journal: '文献', date: '2013', journalIssue: '1', pageRange: '56-75' }),
      null,
      '杨洪升. 四库馆私家抄校书考略[J]. 文献, 2013(1): 56-75.',
      '杨洪升. 四库馆私家抄校书考略[J]. 文献，2013（1）：56-75.',
    );
  });

  it('[J] with only the journal known leaves everything else out', () => {
    both('千万工程的启示', src({ journal: '求是' }), null, '千万工程的启示[J]. 求是.', '千万工程的启示[J]. 求是.');
  });

  it('[M] a book: 出版地: 出版者, 出版年: 引文页码', () => {
    both(
      '全唐五代诗格汇考',
      src({ author: '张伯伟', place: '南京', publisher: '江苏古籍出版社', date: '2002', pageRange: '288' }),
      null,
      '张伯伟. 全唐五代诗格汇考[M]. 南京: 江苏古籍出版社, 2002: 288.',
      '张伯伟. 全唐五代诗格汇考[M]. 南京：江苏古籍出版社，2002：288.',
    );
  });

  it('[EB/OL] a web page with its site: 出版者, 出版年(修改日期)[引用日期]. URL', () => {
    const url = 'https://www.yzwku.com/p-565344.html';
    both(
      '学习浙江“千万工程”经验感悟',
      src({ site: '优知文库', date: '2023-12-06', url }),
      '2026-12-05',
      `学习浙江“千万工程”经验感悟[EB/OL]. 优知文库, 2023(2023-12-06)[2026-12-05]. ${url}.`,
      `学习浙江“千万工程”经验感悟[EB/OL]. 优知文库，2023（2023-12-06）[2026-12-05]. ${url}.`,
    );
  });

  it('[EB/OL] without a site: (修改日期)[引用日期]', () => {
    const url = 'http://www.creader.com/news/20011219/200112190019.html';
    both(
      '出版业信息化迈入快车道',
      src({ author: '萧钰', date: '2001-12-19', url }),
      '2002-04-15',
      `萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. ${url}.`,
      `萧钰. 出版业信息化迈入快车道[EB/OL]. （2001-12-19）[2002-04-15]. ${url}.`,
    );
  });

  it('[EB/OL] with nothing but its site and title, and a site-only page without a date', () => {
    both('感悟', src({ site: '课桌文档' }), null, '感悟[EB/OL]. 课桌文档.', '感悟[EB/OL]. 课桌文档.');
    both('感悟', src({ site: '课桌文档' }), '2026-12-05', '感悟[EB/OL]. 课桌文档[2026-12-05].', '感悟[EB/OL]. 课桌文档[2026-12-05].');
  });

  it('[Z] a document: its issuers as authors and its 发文字号; an upload number is never printed', () => {
    both(
      '关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见',
      src({ issuer: '中共中央 国务院', docNumber: '中发〔2024〕1号', date: '2024-01-01' }),
      '2026-12-05',
      '中共中央, 国务院. 关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见[Z]. 中发〔2024〕1号. 2024-01-01.',
      '中共中央，国务院. 关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见[Z]. 中发〔2024〕1号. 2024-01-01.',
    );
    both('学习资料', src({ docNumber: '565344' }), null, '学习资料[Z].', '学习资料[Z].');
  });

  it('writes 佚名 only when asked (a list ordered by author); 顺序编码制 starts with the title', () => {
    expect(formatReference({ workTitle: '感悟', source: src({}) }, { edition: '2025', anonymous: true })).toBe('佚名. 感悟[Z].');
    expect(formatReference({ workTitle: '感悟', source: src({}) }, { edition: '2025' })).toBe('感悟[Z].');
  });

  it('falls back to the source title when the work has none', () => {
    expect(formatReference({ workTitle: '', source: src({ title: '来源题名', author: '王某' }) }, { edition: '2015' })).toBe('王某. 来源题名[Z].');
  });

  it('[转引] names the original only as far as the passage does, then where it was read', () => {
    const readIn2015 = '学习浙江“千万工程”经验感悟[EB/OL]. 优知文库, 2023(2023-12-06)[2026-12-05].';
    const readIn2025 = '学习浙江“千万工程”经验感悟[EB/OL]. 优知文库，2023（2023-12-06）[2026-12-05].';
    expect(formatSecondary({ speaker: '习近平', title: null }, readIn2015, '2015')).toBe(`转引自: ${readIn2015}`);
    expect(formatSecondary({ speaker: '习近平', title: null }, readIn2025, '2025')).toBe(`转引自：${readIn2025}`);
    expect(formatSecondary({ speaker: '习近平', title: '之江新语' }, readIn2025, '2025')).toBe(`习近平. 之江新语[Z]. 转引自：${readIn2025}`);
    expect(formatSecondary(null, readIn2015, '2015')).toBe(`转引自: ${readIn2015}`);
  });
});

describe('names and ranges', () => {
  it('2015 capitalises surnames and abbreviates given names; 2025 does neither for pinyin and keeps the hyphen', () => {
    expect(formatName('Albert Einstein', '2015')).toBe('EINSTEIN A');
    expect(formatName('Albert Einstein', '2025')).toBe('Einstein A');
    expect(formatName('Godard, Jean-Luc', '2015')).toBe('GODARD J L');
    expect(formatName('Godard, Jean-Luc', '2025')).toBe('Godard J-L');
    expect(formatName('Li Jiangning', '2015')).toBe('LI J N');
    expect(formatName('Li Jiangning', '2025')).toBe('Li Jiangning');
    expect(formatName('Li, Jiangning', '2025')).toBe('Li Jiangning');
    expect(formatName('钱学森', '2015')).toBe('钱学森');
  });

  it('a Latin entry keeps half-width marks and et al. in both editions', () => {
    const source = src({ author: 'Priscilla Caplan', journal: 'The Public-Access Computer Systems Review', date: '1993', journalVolume: '4', journalIssue: '2', pageRange: '61-66' });
    expect(formatReference({ workTitle: 'Cataloging Internet Resources', source }, { edition: '2015' })).toBe('CAPLAN P. Cataloging Internet Resources[J]. The Public-Access Computer Systems Review, 1993, 4(2): 61-66.');
    expect(formatReference({ workTitle: 'Cataloging Internet Resources', source }, { edition: '2025' })).toBe('Caplan P. Cataloging Internet Resources[J]. The Public-Access Computer Systems Review, 1993, 4(2): 61-66.');
    const four = src({ author: 'A Smith; B Jones; C Brown; D White', journal: 'J' });
    expect(formatReference({ workTitle: 'T', source: four }, { edition: '2025' })).toBe('Smith A, Jones B, Brown C, et al. T[J]. J.');
  });

  it('continuing ranges of a serial use — in 2025 and - in 2015', () => {
    expect(serialYears('1984-', '2025')).toBe('1984—');
    expect(serialYears('1957-1990', '2025')).toBe('1957—1990');
    expect(serialYears('1957—1990', '2015')).toBe('1957-1990');
    expect(serialYears('2013-05-06', '2025')).toBe('2013');
    both('临床内科杂志', src({ journal: '临床内科杂志', date: '1984-' }), null, '临床内科杂志[J]. 临床内科杂志, 1984-.', '临床内科杂志[J]. 临床内科杂志，1984—.');
  });

  it('says what each source is cited as', () => {
    expect(referenceType(src({ newspaper: '人民日报' }))).toEqual({ type: 'N', online: false });
    expect(referenceType(src({ journal: '求是', url: 'http://www.qstheory.cn/x' }))).toEqual({ type: 'J', online: true });
    expect(referenceType(src({ publisher: '人民出版社' }))).toEqual({ type: 'M', online: false });
    expect(referenceType(src({ site: '优知文库' }))).toEqual({ type: 'EB', online: true });
    expect(referenceType(src({}))).toEqual({ type: 'Z', online: false });
  });
});
