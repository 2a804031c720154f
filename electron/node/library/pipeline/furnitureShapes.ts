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
  { name: '面包屑导航', test: (line) => line.length <= 120 && (/^(当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/.test(line) || /^首页\s*[>›»＞]/.test(line)) },
  { name: '编辑署名', test: re(/^[（(【[]?\s*(责任编辑|责编|编辑|审核|校对|来源|稿源|编审|监制|统筹|排版|初审|复审|终审|作者|记者|通讯员|摄影|发布人|发布单位)\s*[:：|｜][^。]{0,40}[）)】\]]?$/, 60) },
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
