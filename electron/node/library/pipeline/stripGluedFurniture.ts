import type { MappedText, TextEdit } from '../../formats/MappedText';
import type { BuildReportEntry } from './corpusTypes';
import { CREDIT_LABELS } from './furnitureShapes';

interface Piece {
  name: string;
  re: RegExp;
}

const SENTENCE_END = /[。！？!?…”’」』）)】\]]$/;
const EDITORS = '责任编辑|责编|编辑|校对|审核|审校|审签|编审|监制|统筹|美编|初审|复审|终审|一审|二审|三审|值班编辑|实习生';
const CREDIT_BRACKET = String.raw`[(（【[]\s*(?:(?:摄影|摄|图片?|图源|图片来源|配图|视频)\s*[:：|｜/]\s*[^（）()【】[\]。]{1,30}|(?:(?:新华社|本报|人民网|中新社|中新网|央视网|央广网|光明网|新华网)?\s*(?:特约)?(?:摄影)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,5}(?:\s*[、/和]\s*[\u4e00-\u9fff·]{2,5}){0,3}\s*摄)\s*[)）】\]]`;

/**
 * Furniture a page glues onto the end of its last paragraph, tried from the end of a line that ends a
 * sentence before it: "…借鉴。【责任编辑：李四】", "…。（编辑：张三 校对：李四）", "…。（完）", "…。【纠错】",
 * "…。打开APP阅读全文", a tracking number.
 */
const TAILS: Piece[] = [
  { name: '图片说明与摄影署名', re: new RegExp(`${CREDIT_BRACKET}$`) },
  { name: '编辑署名', re: new RegExp(String.raw`[【[(（]\s*(?:${CREDIT_LABELS})\s*[:：|｜/][^【】[\]()（）]{1,40}[】\])）]$`) },
  { name: '编辑署名', re: new RegExp(String.raw`(?:(?:${EDITORS})\s*[:：|｜/]\s*[\u4e00-\u9fff·]{2,8}\s*)+$`) },
  { name: '稿件来源署名', re: /[【[(（]\s*[^【】[\]()（）。，]{2,20}(?:供稿|供图|来稿|投稿|报送|报道组)\s*[】\])）]$/ },
  { name: '正文结束标记', re: /[【[(（—-]\s*(?:完|全文完|END)\s*[】\])）—-]$/i },
  { name: '工具栏与分享按钮', re: /[【[]\s*(?:我要)?(?:纠错|打印|关闭|收藏|分享|打印本页|关闭窗口|返回顶部)\s*[】\]]$/ },
  { name: '打开 APP 提示', re: /(?:打开|下载|前往)\s*[\u4e00-\u9fffA-Za-z]{0,8}?\s*(?:APP|App|app|客户端)\s*(?:阅读|查看|看)?(?:全文|更多(?:精彩)?(?:内容)?)?$/ },
  { name: '跟踪编号', re: /[A-Za-z]{0,4}\d{12,}$/ },
  { name: '跟踪编号', re: /[【[(（]\s*(?:索引号|文章编号|稿件编号|新闻编号|信息编号|编号|ID|流水号|稿号)\s*[:：]?\s*[A-Za-z0-9_\-/.]{5,}\s*[】\])）]$/i },
];

/** A news agency's dateline and byline at the start of the first paragraph: "新华社杭州6月4日电（记者 张明）". */
const DATELINE = /^(?:(?:(?:新华社|中新社|中新网|人民网|央视网|央广网|光明网|新华网|中国新闻网|本报|本网)[\u4e00-\u9fff]{0,10}?\d{1,2}月\d{1,2}日(?:电|讯)|本报讯|本网讯)\s*(?:[(（][^()（）\n]{1,40}[)）])?|[(（](?:本报|新华社|人民网)?(?:记者|通讯员)[^()（）\n]{1,30}[)）])\s*/;

/** A photo credit in brackets anywhere in a line: "…风貌（新华社记者 王刚 摄），…", "（摄影：赵强）". */
const INLINE_CREDIT = new RegExp(CREDIT_BRACKET, 'g');

/**
 * Furniture that is not a line of its own but glued to one: tails after the last sentence of a line,
 * a dateline before the first, photo credits in brackets inside. Each removal is a report entry.
 */
export function stripGluedFurniture(text: MappedText, sourceId: string, probe: (line: string) => string): { text: MappedText; report: BuildReportEntry[]; pieces: number } {
  const report: BuildReportEntry[] = [];
  const edits: TextEdit[] = [];
  const t = text.text;
  const lineRe = /[^\n]+/g;
  const remove = (name: string, start: number, end: number): void => {
    edits.push({ start, end, insert: '' });
    report.push({ sourceId, step: 'furniture', action: `删除粘连内容：${name}`, before: t.slice(start, end).trim() });
  };
  for (let m = lineRe.exec(t); m; m = lineRe.exec(t)) {
    const lineStart = m.index;
    const raw = m[0].trimEnd();
    // Matched in simplified form (a traditional page's 責任編輯), cut at the same offsets.
    const converted = probe(raw);
    let line = converted.length === raw.length ? converted : raw;
    const indent = line.length - line.trimStart().length;
    const head = DATELINE.exec(line.slice(indent));
    let from = indent;
    if (head && head[0].length < line.length - indent - 8) {
      remove('新闻电头', lineStart + indent, lineStart + indent + head[0].length);
      from = indent + head[0].length;
    }
    for (let found = true; found; ) {
      found = false;
      for (const piece of TAILS) {
        const tail = piece.re.exec(line);
        if (!tail || tail.index <= from) continue;
        const before = line.slice(0, tail.index).trimEnd();
        if (!SENTENCE_END.test(before)) continue;
        remove(piece.name, lineStart + before.length, lineStart + line.length);
        line = before;
        found = true;
        break;
      }
    }
    INLINE_CREDIT.lastIndex = from;
    for (let c = INLINE_CREDIT.exec(line); c; c = INLINE_CREDIT.exec(line)) {
      // A bracket that is all there is to a line is a line shape's business, not this one's.
      if (c[0].length === line.length) continue;
      remove('图片说明与摄影署名', lineStart + c.index, lineStart + c.index + c[0].length);
    }
  }
  return { text: text.applyEdits(edits), report, pieces: edits.length };
}
