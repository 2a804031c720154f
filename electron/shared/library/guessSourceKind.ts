import type { SourceKind } from './sourceKinds';

/** What is known of a source when its kind is guessed: the import's metadata and the text itself. */
export interface SourceKindInput {
  title?: string | null;
  site?: string | null;
  author?: string | null;
  url?: string | null;
  /** 出版者 of a book, or the publisher a page names. */
  publisher?: string | null;
  newspaper?: string | null;
  journal?: string | null;
  /** 发文机关 / 发布机构 of a document. */
  issuer?: string | null;
  /** 发文字号 (国发〔2024〕1号); a document-sharing site's 文档编号 is recognised and does not count. */
  docNumber?: string | null;
  text?: string | null;
}

export type SourceKindReason =
  | 'docSite'
  | 'essayTitle'
  | 'paywall'
  | 'officialSite'
  | 'officialMedia'
  | 'officialIssuer'
  | 'docNumber'
  | 'leaderAuthor'
  | 'xinhuaDateline'
  | 'officialTitle'
  | 'commentator'
  | 'newsSite'
  | 'newsDateline'
  | 'newspaper'
  | 'noSignal';

export interface SourceKindGuess {
  kind: SourceKind;
  /** Why, strongest first: codes the UI turns into words, each with what it matched. */
  reasons: Array<{ code: SourceKindReason; detail: string }>;
}

// Hosts and names of official media and government sites (权威文献 per the product's definition:
// leaders' speeches, central and provincial documents, 人民日报 / 求是 / 新华社 and other official media).
const OFFICIAL_HOSTS = [
  'gov.cn',
  'people.com.cn',
  'xinhuanet.com',
  'news.cn',
  'qstheory.cn',
  'gmw.cn',
  'ce.cn',
  'cctv.com',
  'cctv.cn',
  'cnr.cn',
  'china.com.cn',
  '12371.cn',
  'xuexi.cn',
  'farmer.com.cn',
  'zjol.com.cn',
  'qizhiwang.org.cn',
  'dangjian.cn',
  'chinadaily.com.cn',
  'youth.cn',
];
const OFFICIAL_NAMES = [
  '人民日报',
  '人民网',
  '新华社',
  '新华网',
  '新华每日电讯',
  '求是',
  '求是网',
  '光明日报',
  '光明网',
  '经济日报',
  '中国经济网',
  '解放军报',
  '中国军网',
  '中央广播电视总台',
  '央视网',
  '央视新闻',
  '中国政府网',
  '中华人民共和国中央人民政府',
  '共产党员网',
  '中国共产党新闻网',
  '学习强国',
  '学习时报',
  '中国纪检监察报',
  '中央纪委国家监委网站',
  '农民日报',
  '浙江在线',
  '中国网',
  '党建网',
  '人民出版社',
  '中央文献出版社',
  '党建读物出版社',
  '学习出版社',
  '中共中央党校出版社',
];
const PROVINCES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆';
// Provincial party papers, and government and party-committee sites by their usual names.
const OFFICIAL_NAME_SHAPES = [
  new RegExp(`^(${PROVINCES})日报$`),
  /^(南方日报|大众日报|新华日报|解放日报|北京日报)$/,
  /(人民政府|政府网|人民代表大会|政协)(网站|门户网站)?$/,
  /^中共.{1,12}委员会(网站)?$/,
];

const DOC_SITE_HOSTS = [
  'wenku.baidu.com',
  'doc88.com',
  'book118.com',
  'docin.com',
  'renrendoc.com',
  '360doc.com',
  'taodocs.com',
  'iask.sina.com.cn',
  'jinchutou.com',
  'yzwku.com',
  'desk33.com',
  '51wendang.com',
  'wendangku.net',
  'mianfeiwendang.com',
  'diyifanwen.com',
  'yjbys.com',
  'ruiwen.com',
  '360wenmi.com',
  'xuexila.com',
  'unjs.com',
  'jy135.com',
  'docsj.com',
  'wenmi.com',
  'gwyoo.com',
];
// 优知文库, 课桌文档, 第一范文网, 公文易, 文秘网 …: the site's own name says what it is.
const DOC_SITE_NAME = /文库|文档|范文|文秘|公文|写作|材料网|文章网|论文网|笔杆子/;

const NEWS_HOSTS = ['sohu.com', 'sina.com.cn', 'sina.cn', '163.com', 'qq.com', 'ifeng.com', 'thepaper.cn', 'bjnews.com.cn', 'chinanews.com.cn', 'chinanews.com', 'huanqiu.com', 'jiemian.com', 'caixin.com', 'yicai.com', '21jingji.com', 'cqn.com.cn'];
const NEWS_NAME = /(日报|晚报|晨报|都市报|时报|商报|青年报|法治报|新闻网|新闻|电视台|广播电视台|融媒体中心|报社|周刊)$/;

// Someone else's essay: 心得体会, 研讨发言, 学习感悟, collections "（3篇）", "10篇".
const ESSAY_TITLE = /心得|体会|感悟|感想|研讨发言|交流发言|发言材料|研讨材料|交流材料|学习材料|范文|汇编|[（(【[]?\s*[0-9一二三四五六七八九十]+\s*篇\s*[】)）\]]?|\d+篇/;
const OFFICIAL_DOC_TITLE = /关于.{2,80}的(意见|通知|决定|规定|办法|方案|规划|纲要|条例|批复|通报|指导意见|实施意见|实施方案|工作报告)(（[^）]*）)?$/;
const ISSUER_PREFIX = /^(中共中央|国务院|中共中央办公厅|国务院办公厅|全国人民代表大会|全国人大|中央|中华人民共和国)/;
const ISSUER = /^(中共中央|国务院|中央|全国人大|全国人民代表大会|全国政协|中华人民共和国|中共.{1,12}委员会|.{2,12}(部|委员会|办公厅|办公室|总局|人民政府|省委|市委|县委|区委|政府))/;
// 国发〔2024〕1号, 浙委办发[2023]12号, 中发（2024）1号.
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,10}[〔[（(［]\d{4}[〕\]）)］]\s*\d{1,4}\s*号$/;
const LEADERS = /^(习近平)$/;
const LEADER_SPEECH_TITLE = /习近平.{0,30}(讲话|重要指示|重要论述|重要文章|会见|主持|考察|强调|指出|回信|贺信|署名文章)/;
const COMMENTATOR = /(新华社|人民日报|本报|求是|光明日报|经济日报|浙江日报)(特约)?评论员/;

function hostOf(url: string | null | undefined): string | null {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function hostMatches(host: string | null, list: string[]): string | null {
  if (!host) return null;
  return list.find((h) => host === h || host.endsWith(`.${h}`)) ?? null;
}

function officialName(name: string | null | undefined): string | null {
  const n = name?.trim();
  if (!n) return null;
  if (OFFICIAL_NAMES.includes(n) || OFFICIAL_NAME_SHAPES.some((re) => re.test(n))) return n;
  return null;
}

/**
 * Guesses whether a source is 权威文献, 新闻报道 or 参考范文 from its metadata and its text. The writer
 * can change it; the guess only decides the default, so it leans to 参考范文 (never footnoted
 * silently) when nothing speaks for the other two. A copy on a document-sharing site is 参考范文 even
 * when it reproduces an official text: the writer should cite the original, not the upload.
 */
export function guessSourceKind(input: SourceKindInput): SourceKindGuess {
  const title = input.title?.trim() ?? '';
  const site = input.site?.trim() ?? '';
  const host = hostOf(input.url);
  const head = (input.text ?? '').slice(0, 600);
  const essay: SourceKindGuess['reasons'] = [];
  const official: SourceKindGuess['reasons'] = [];
  const news: SourceKindGuess['reasons'] = [];

  const docHost = hostMatches(host, DOC_SITE_HOSTS);
  if (docHost) essay.push({ code: 'docSite', detail: docHost });
  else if (site && DOC_SITE_NAME.test(site)) essay.push({ code: 'docSite', detail: site });
  if (/##paid(begin|end)##|文档编号\s*[:：]|上传(时间|人)\s*[:：]|下载积分|展开阅读全文/.test(input.text ?? '')) essay.push({ code: 'paywall', detail: '' });
  const essayTitle = ESSAY_TITLE.exec(title);
  if (essayTitle) essay.push({ code: 'essayTitle', detail: essayTitle[0] });
  // An upload is never the original, whatever it copies.
  if (essay.some((r) => r.code === 'docSite' || r.code === 'paywall')) return { kind: '参考范文', reasons: essay };

  const officialHost = hostMatches(host, OFFICIAL_HOSTS);
  if (officialHost) official.push({ code: 'officialSite', detail: officialHost });
  for (const name of [input.newspaper, input.journal, site, input.publisher]) {
    const n = officialName(name);
    if (n) official.push({ code: 'officialMedia', detail: n });
  }
  const issuer = input.issuer?.trim();
  if (issuer && ISSUER.test(issuer)) official.push({ code: 'officialIssuer', detail: issuer });
  const docNumber = input.docNumber?.trim();
  if (docNumber && DOC_NUMBER.test(docNumber)) official.push({ code: 'docNumber', detail: docNumber });
  const leader = (input.author ?? '').split(/[、，,;；\s]+/).find((a) => LEADERS.test(a));
  if (leader) official.push({ code: 'leaderAuthor', detail: leader });
  const xinhua = /新华社[\u4e00-\u9fa5]{0,8}\d{1,2}月\d{1,2}日电/.exec(head);
  if (xinhua) official.push({ code: 'xinhuaDateline', detail: xinhua[0] });
  if (LEADER_SPEECH_TITLE.test(title) || (OFFICIAL_DOC_TITLE.test(title) && (ISSUER_PREFIX.test(title) || !!issuer))) official.push({ code: 'officialTitle', detail: title });
  const commentator = COMMENTATOR.exec(`${title}\n${head}`);
  if (commentator) official.push({ code: 'commentator', detail: commentator[0] });

  const newsHost = hostMatches(host, NEWS_HOSTS);
  if (newsHost) news.push({ code: 'newsSite', detail: newsHost });
  const paper = input.newspaper?.trim();
  if (paper && !officialName(paper)) news.push({ code: 'newspaper', detail: paper });
  else if (site && NEWS_NAME.test(site) && !officialName(site)) news.push({ code: 'newsSite', detail: site });
  const dateline = /本报讯|本报记者|（记者[^）\n]{1,20}）|记者\s*[\u4e00-\u9fa5]{2,4}\s*(报道|摄)|[\u4e00-\u9fa5]{2,8}\d{1,2}月\d{1,2}日电|通讯员\s*[\u4e00-\u9fa5]{2,4}/.exec(head);
  if (dateline && !xinhua) news.push({ code: 'newsDateline', detail: dateline[0] });

  // A 心得体会 title on an official site is still someone's essay reprinted there; otherwise
  // official evidence wins over news evidence, and either over nothing.
  if (official.length > 0 && !(essayTitle && official.every((r) => r.code === 'officialSite' || r.code === 'officialMedia'))) return { kind: '权威文献', reasons: official };
  if (news.length > 0 && !essayTitle) return { kind: '新闻报道', reasons: news };
  if (essay.length > 0) return { kind: '参考范文', reasons: essay };
  if (official.length > 0) return { kind: '权威文献', reasons: official };
  return { kind: '参考范文', reasons: [{ code: 'noSignal', detail: '' }] };
}
