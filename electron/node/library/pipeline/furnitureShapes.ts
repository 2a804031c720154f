import { coverWords } from './coverWords';
import { NAV_WORDS, regionWords, TOOL_WORDS } from './menuWords';

/**
 * The shapes of site furniture, as a data table so a reviewer can read (and extend) what the build
 * throws away. Each shape describes a kind of line that document-sharing sites, news pages and
 * material vendors add around a text — never a particular file's exact words — and is tested against
 * one trimmed line. Prose lines are long and end in sentence punctuation, so most shapes also cap the
 * line length: a long line that merely mentions 下载 or 版权 stays.
 */
export interface FurnitureShape {
  /** Shown in the build report as the reason a line was removed. */
  name: string;
  test: (line: string) => boolean;
}

const re = (r: RegExp, maxLength = 400) => (line: string) => line.length <= maxLength && r.test(line);
/** As `re`, for prompts that are never a sentence of their own: a line with 。 or a list number is text. */
const noSentence = (r: RegExp, maxLength: number) => (line: string) => line.length <= maxLength && !/。|^\s*\d{1,2}[、.．]/.test(line) && r.test(line);

const DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const TIME = String.raw`\d{1,2}[:：]\d{2}(?:[:：]\d{2})?`;
/** A date (and time, and weekday) a news page prints above or below its text, labelled or not. */
export const DATE_HEAD = new RegExp(
  `^[\\[【(（]?\\s*(?:原创|转载|独家|首发|(?:发布|发表|更新)于)?\\s*(?:(?:发布|更新|发表|上传|录入|修改|成文|印发)?(?:时间|日期)\\s*[:：]\\s*)?${DATE}(?:\\s*${TIME})?(?:\\s*(?:星期|周)[一二三四五六日天])?\\s*[\\]】)）]?`,
);
/** A mobile page's time without a year, or a relative one: "06-05 08:00", "3小时前", "昨天 08:00", "刚刚". */
const SHORT_TIME = /^(?:\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}|\d{1,2}\s*(?:分钟|小时|天)前|(?:昨天|前天|今天)\s*\d{1,2}[:：]\d{2}|刚刚)/;
/** Who wrote, edited and checked a story, and where it came from: the fields of a news page's byline and footer. */
export const CREDIT_LABELS =
  '责任编辑|责编|编辑|校对|审核|审校|审签|签发|来源|稿源|信息来源|文章来源|编审|监制|统筹|排版|美编|初审|复审|终审|一审|二审|三审|值班编辑|作者|记者|通讯员|实习生|见习记者|摄影|摄像|图片|视频|制作|策划|发布人|发布单位|发布机构|发布者';
/** What a page counts and offers beside them: views, font size, sharing, printing. */
const COUNTER_LABELS = '浏览次数|浏览量|浏览|阅读次数|阅读量|阅读数|阅读|点击数|点击量|点击|访问量|字号|字体|分享|打印';
const CREDIT_START = new RegExp(`^[【\\[(（]?\\s*(?:${CREDIT_LABELS})\\s*[:：|｜/]?`);
const FIELD_START = new RegExp(`^[【\\[(（]?\\s*(?:${CREDIT_LABELS}|${COUNTER_LABELS})\\s*[:：|｜/]?`);
const COUNTER_START = new RegExp(`^[【\\[(（]?\\s*(?:${COUNTER_LABELS})\\s*[:：|｜/]`);
const CAPTION_START = /^(?:图为|图：|图\s*[:：]|图\s*\d+|图[①②③④⑤⑥⑦⑧⑨⑩]|图片\s*[:：]|▲|△|↑|上图|下图|左图|右图|组图)/;
const CREDIT_END = /(?:摄|摄影|供图|资料图|图片来源[^。]{0,20}|视觉中国|图虫创意)\s*[)）】\]]?$/;
/** "新华社记者 王刚 摄", "（本报记者 李华 摄）", "张三 李四 摄": the credit under a picture. */
export const PHOTO_CREDIT = /[(（【[]?\s*(?:(?:新华社|本报|人民网|中新社|中新网|央视网|央广网|光明网|浙江日报|新华网|人民日报)?\s*(?:特约)?(?:摄影)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,5}(?:\s*[、/和]\s*[\u4e00-\u9fff·]{2,5}){0,3}\s+摄\s*[)）】\]]?$|[(（【[]\s*(?:摄影|摄|图片?|图源|图片来源|配图|视频)\s*[:：|｜/]\s*[^（）()【】[\]。]{1,30}[)）】\]]$/;

const UPLOAD_FIELDS = /(上传人|上传者|贡献者|文档编号|上传时间|发布时间|来源[:：]|作者[:：]|字号[:：]|格式[:：]|页数[:：]|大小[:：]|下载积分|浏览次数|阅读次数|下载次数|阅读量|点击量|所需积分|文档格式|文件大小)/g;
const AD_WORDS = /(素材库|素材|代笔|代写|润笔|客服|会员群|网盘|公众号|接单|一键|svip|vip|谨防假冒|好评如潮|加入|联系|微信|扫码|二维码|添加|小伙伴|原创|下载)/gi;

export const FURNITURE_SHAPES: FurnitureShape[] = [
  { name: '付费墙标记', test: re(/^#{2}[a-z]+#{2}$/i) },
  { name: '文件名标题', test: re(/^[^。，,；;！？]{2,120}\.(docx?|pdf|pptx?|xlsx?|txt|wps|rtf)$/i) },
  {
    name: '上传/发布信息栏',
    test: (line) => line.length <= 300 && (line.match(UPLOAD_FIELDS)?.length ?? 0) >= 2,
  },
  { name: '页面缩略图', test: re(/\.(docx?|pdf|pptx?|xlsx?|wps)_第\s*\d+\s*页$/i) },
  { name: '页码', test: re(/^(第\s*\d+\s*页(\s*[/／]\s*共\s*\d+\s*页)?|共\s*\d+\s*页|[-—–－\s]*\d{1,3}[-—–－\s]*|\d{1,3}\s*[/／]\s*\d{1,3}|page\s*\d+(\s*of\s*\d+)?)$/i) },
  { name: '分享说明', test: re(/(由(会员|用户|网友)\S{0,12}分享|请在\S{1,12}上搜索|可在线阅读|珍藏版)/, 300) },
  { name: '预览提示', test: re(/(全部预览完|该文档总共|展开阅读全文|阅读全文|继续阅读|剩余\d+页|免费下载|立即下载|下载文档|下载此文档|VIP|付费下载|预览与源文档一致|喜欢就下载)/i, 80) },
  {
    name: '操作按钮',
    test: re(/^([-•·]\s*)?(下载|相关|举报|收藏|分享|打印|关闭|评论|点赞|反馈|纠错|字号|大|中|小|本页|窗口|返回顶部|分享到)(\s*[/|｜·、]?\s*(下载|相关|举报|收藏|分享|打印|关闭|评论|点赞|反馈|纠错|字号|大|中|小|本页|窗口|顶部|微信|微博|QQ))*[:：]?$/i, 40),
  },
  { name: '栏目标签', test: re(/^(资源描述|相关资源|猜你喜欢|相关搜索|相关文档|相关推荐|热门搜索|热门文档|最新文档|精品文档|推荐阅读|延伸阅读|相关阅读|相关新闻|上一篇[:：].*|下一篇[:：].*|文档简介|文档描述|内容简介|内容提示|目录)$/, 60) },
  { name: '版权与备案', test: re(/(copyright|©|版权所有|ICP[备证]|经营许可证|公网安备|网安备|all rights reserved)/i, 200) },
  { name: '免责声明', test: (line) => /本站|本网|本平台/.test(line) && /(上传|版权|侵权|删除|下载|收益|存储空间|中间服务|仅供|联系我们)/.test(line) && line.length <= 600 },
  { name: '面包屑导航', test: isBreadcrumb },
  { name: '编辑署名', test: re(/^[（(【[]?\s*(责任编辑|责编|编辑|审核|校对|来源|稿源|编审|监制|统筹|排版|初审|复审|终审|作者|记者|通讯员|摄影|发布人|发布单位)\s*[:：|｜][^。]{0,40}[）)】\]]?$/, 60) },
  { name: '工具栏与分享按钮', test: isToolRow },
  { name: '导航菜单', test: isNavigationRow },
  { name: '地区列表', test: isRegionRow },
  { name: '编辑署名', test: (line) => line.length <= 80 && CREDIT_START.test(line) && /[:：|｜/]/.test(line) && !/[。！？；]/.test(line) && /^[^，,]*$/.test(line) },
  { name: '阅读量与工具栏', test: (line) => line.length <= 80 && COUNTER_START.test(line) && !/[。！？；]/.test(line) },
  { name: '日期与来源行', test: (line) => line.length <= 100 && DATE_HEAD.test(line) && isFieldsOnly(line.replace(DATE_HEAD, '')) },
  { name: '日期与来源行', test: (line) => line.length <= 80 && SHORT_TIME.test(line) && isFieldsOnly(line.replace(SHORT_TIME, '')) },
  { name: '更正说明', test: (line) => line.length <= 300 && (/^[【[(（]?\s*(更正|勘误|更正说明|更正启事|更正声明|致歉声明)\s*[】\])）:：]/.test(line) || /特此更正[。！]?$/.test(line)) },
  { name: '图片说明与摄影署名', test: (line) => line.length <= 200 && CAPTION_START.test(line) && (CREDIT_END.test(line) || PHOTO_CREDIT.test(line)) },
  { name: '图片说明与摄影署名', test: re(PHOTO_CREDIT, 40) },
  { name: '正文结束标记', test: re(/^[【[(（—-]*\s*(完|全文完|end|the end)\s*[】\])）—-]*$/i, 12) },
  { name: '跟踪编号', test: re(/^[[【(（]?\s*(索引号|文章编号|稿件编号|新闻编号|信息编号|文件编号|文章ID|稿件ID|新闻ID|信息ID|编号|ID|流水号|稿号)\s*[:：]?\s*[A-Za-z0-9_\-/.]{5,}\s*[\]】)）]?$/i, 80) },
  { name: '跟踪编号', test: (line) => line.length >= 12 && line.length <= 80 && /^[A-Za-z0-9_\-/.:#]+$/.test(line) && (line.match(/\d/g)?.length ?? 0) >= 10 },
  { name: '占位方框', test: re(/^[□■◇◆○●☆★△▲▽▼◎※〇\s]+$/, 60) },
  { name: '打开 APP 提示', test: noSentence(/(?:(?:打开|下载|前往|安装|使用|用|去)\s*[\u4e00-\u9fffA-Za-z]{0,8}?\s*(?:APP|App|app|客户端)|(?:APP|App|app|客户端)\s*(?:内|中|里)?\s*(?:打开|阅读|查看|观看|收听))/, 40) },
  { name: '扫码提示', test: noSentence(/(扫码|扫一扫|扫描二维码|扫描下方二维码|扫描上方二维码|长按识别|长按二维码|识别二维码|扫描关注|扫码关注)/, 60) },
  // A byline, not a line about reporters ("记者深入基层"): an outlet before 记者, or a space after it.
  { name: '记者署名', test: re(/^[□■◆●★▲]?\s*(?:(?:(?:本报|新华社|人民网|本网|中新社|央视网)\s*(?:特约|见习)?(?:记者|通讯员)\s*|(?:特约|见习)?(?:记者|通讯员)\s+)[\u4e00-\u9fff·]{2,5}(?:[\s、]+[\u4e00-\u9fff·]{2,5})*\s*)+$/, 50) },
  // A WeChat article's head and foot, copied with it: "原创 乡村振兴观察 2024-05-20 08:00 发表于浙江" and
  // the counters under it, "阅读 3.2万", "点赞 856", "在看 128", "写留言", one to a line or together.
  { name: '公众号文章头', test: (line) => line.length <= 80 && !/[。！？；，,]/.test(line) && new RegExp(DATE).test(line) && (/^原创\s/.test(line) || /发表于\s*[\u4e00-\u9fff]{2,8}$/.test(line)) },
  { name: '公众号互动栏', test: re(/^(?:(?:阅读|赞|点赞|在看|分享|收藏|写留言|留言|转发|喜欢|推荐|评论|浏览)\s*[:：]?\s*(?:\d+(?:\.\d+)?\s*[万wWkK千]?\+?)?[\s|｜·/]*)+$/, 60) },
  { name: '公众号关注提示', test: noSentence(/(点击|点|戳)?(上方|下方)?蓝字|关注我们|设为星标|置顶公众号|点击关注|往期推荐|往期回顾|阅读原文|分享给更多人|点个在看|点亮在看/, 20) },
  { name: '网站欢迎语', test: (line) => line.length <= 60 && !/[，。,]/.test(line) && /^(欢迎(您)?(访问|光临|来到|进入)|设为首页|加入收藏|您好\s*欢迎)/.test(line) },
  { name: '关键词列表', test: re(/^[-•·\s]*(关\s*键\s*词|关键字|标签|tags?)\s*[:：]/i, 200) },
  { name: '关键词列表', test: isKeywordRow },
  { name: '链接地址', test: re(/^[-•·\s]*(链接地址|本文链接|原文链接|文章链接|原文地址|本文地址|网址|链接|转载请注明|转载自|url)\s*[:：]/i, 300) },
  { name: '链接地址', test: re(/^(https?:\/\/|www\.)\S+$/i, 300) },
  {
    name: '广告与联系方式',
    test: (line) => {
      if (line.length > 400) return false;
      const contact = /(联系|电话|手机|微信|vx|QQ|客服|热线)[^\u4e00-\u9fff]{0,4}[\d\s-]{5,}/i.test(line);
      const words = new Set((line.match(AD_WORDS) ?? []).map((w) => w.toLowerCase()));
      return contact || words.size >= 3;
    },
  },
  { name: '附加说明栏', test: re(/^[-•·\s]*(配套讲稿|特殊限制|下载说明|温馨提示|文档说明|特别说明|版权说明|使用说明|下载须知|用户须知|侵权处理)\s*[:：]?$/, 30) },
];

/**
 * What a date line may carry beside its date: fields such as 来源：新华网 作者：张明, an outlet's name
 * (浙江日报, 澎湃新闻), or nothing.
 */
function isFieldsOnly(rest: string): boolean {
  const r = rest.replace(/^[\s|｜·•/]+/, '').trim();
  if (!r) return true;
  if (/^[\u4e00-\u9fffA-Za-z]{2,16}(日报|晚报|早报|报|网|新闻|客户端|电视台|频道|号)$/.test(r)) return true;
  return r.length <= 70 && FIELD_START.test(r) && !/[。！？；]/.test(r);
}

/**
 * "首页 > 新闻 > 正文", "您当前的位置：首页 >> 要闻", "新闻中心 › 地方 › 浙江": a trail of short names
 * joined by arrows, from the home page or a "you are here" label.
 */
function isBreadcrumb(line: string): boolean {
  if (line.length > 120) return false;
  if (/^(当前位置|您的位置|你的位置|您现在的位置|您当前的位置|您当前位置|所在位置|位置)\s*[:：]/.test(line)) return true;
  const parts = line.split(/\s*(?:>{1,2}|[›»＞→]|\s-\s|\/)\s*/).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.length > 16 || /[。！？；，]/.test(p))) return false;
  return /^(首页|网站首页|主页|返回首页)$/.test(parts[0] ?? '') || (parts.length >= 3 && /^(正文|详情|内容|文章|阅读)$/.test(parts[parts.length - 1] ?? ''));
}

/** "分享到：微信 微博 QQ空间", "【字体：大 中 小】", "字号 T|T", "【打印本页】【关闭窗口】". */
function isToolRow(line: string): boolean {
  if (line.length > 60) return false;
  const words = coverWords(line, TOOL_WORDS);
  if (!words || words.length === 0) return false;
  // One button alone counts when it is shown as one ("【纠错】", "[打印]") or is all the line says ("分享至").
  if (words.length === 1) return words[0]!.length >= 2 && (/^[【[].*[】\]]$/.test(line) || line === words[0]);
  return words.some((w) => w.length >= 2) || ['大', '中', '小'].every((w) => words.includes(w));
}

/** "首页新闻中心政务公开办事服务互动交流": three or more channel names and nothing else. */
function isNavigationRow(line: string): boolean {
  if (line.length > 120 || /[。！？；，]/.test(line)) return false;
  return (coverWords(line, NAV_WORDS)?.length ?? 0) >= 3;
}

/** "杭州 宁波 温州 嘉兴 湖州 绍兴": four or more region names and nothing else (a site's region menu). */
function isRegionRow(line: string): boolean {
  if (line.length > 200 || /[。！？；，]/.test(line)) return false;
  return (coverWords(line, regionWords())?.length ?? 0) >= 4;
}

/**
 * A row of short space-separated words ("- 2023 浙江 示范 整治 工程"). Characters spaced out one by one
 * by an old line wrap are prose, not keywords, so most tokens must be words of two or more characters.
 */
function isKeywordRow(line: string): boolean {
  if (line.length > 200) return false;
  const tokens = line.replace(/^[-•·]\s*/, '').split(/\s+/).filter(Boolean);
  if (tokens.length < 5 || tokens.some((t) => t.length > 10 || /[。，,；;：:！？]/.test(t))) return false;
  return tokens.filter((t) => t.length === 1).length <= tokens.length * 0.3;
}

/** A header whose following short lines are its own explanation, removed with it. */
export const BLOCK_HEADER_SHAPES = new Set(['附加说明栏']);
