import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  DocumentGridType,
  EndnotePosition,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  NoteNumberRestart,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopPosition,
  TabStopType,
  TextRun,
  createStringElement,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockNode, DocNode, InlineNode } from '../../shared/doc/docTypes';
import { isSalutation } from '../../shared/export/prepareExportDoc';
import { DERIVED_STYLES } from './derivedStyles';
import { finishNoteMarks } from './finishNoteMarks';
import type { DocxInput } from './DocxInput';
import { declaredFonts, PAGE_MM, type DocxPreset, type FontSpec, type TextSpec } from './docxPresets';
import { chineseDate } from './chineseDate';
import { splitAppendix } from './splitAppendix';
import { titleLines } from './titleLines';

const twipsPerMm = 1440 / 25.4;
const mm = (v: number) => Math.round(v * twipsPerMm);
const pt = (v: number) => Math.round(v * 20);
const halfPoints = (v: number) => Math.round(v * 2);
const BULLET = 'qw-bullet';
const ORDERED = 'qw-ordered';

function runFont(font: FontSpec) {
  return { ascii: font.latin, hAnsi: font.latin, cs: font.latin, eastAsia: font.eastAsia };
}

function textRun(spec: TextSpec) {
  return { font: runFont(spec.font), size: halfPoints(spec.sizePt), sizeComplexScript: halfPoints(spec.sizePt), bold: spec.bold ?? false };
}

/**
 * The 28 characters of a 版心 line. Word's character grid (w:docGrid linesAndChars) would squeeze 3号
 * text to 28 a line, but LibreOffice gives each 16 pt character that is wider than its 15.8 pt cell
 * two cells, 14 a line. Condensing the characters by a whole number of twentieths of a point, just
 * enough that 28 fit and 29 do not, gives 28 a line in Word, WPS and LibreOffice alike.
 */
export function gridCharacterSpacing(p: DocxPreset): number {
  if (!p.grid) return 0;
  const widthPt = ((PAGE_MM.width - p.marginsMm.left - p.marginsMm.right) / 25.4) * 72;
  return Math.floor((widthPt / p.grid.chars - p.body.sizePt) * 20);
}

/** The document as a .docx: real footnotes or endnotes, heading styles Word's navigation pane lists, the preset's page. */
export async function docToDocx(input: DocxInput): Promise<Buffer> {
  const p = input.preset;
  const charTw = pt(p.body.sizePt);
  // Rounded down: 22 lines of 580 twips would overflow the 12,756-twip 版心 and Word would set 21.
  const spacing = 'exactPt' in p.line ? { line: Math.floor(p.line.exactPt * 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 } : { line: Math.round(240 * p.line.multiple), lineRule: LineRuleType.AUTO, before: 0, after: 0 };
  const noIndent = { firstLine: 0, firstLineChars: 0 };
  const characterSpacing = gridCharacterSpacing(p);
  const bodyHeightMm = PAGE_MM.height - p.marginsMm.top - p.marginsMm.bottom;
  const style = input.notes.style;
  const endnotes = style === 'endnotes';
  const noteStyle = endnotes ? 'EndnoteText' : 'FootnoteText';

  const children = new BodyWriter(input, charTw).paragraphs();
  const noteParagraphs = Object.fromEntries(
    input.notes.notes.map((n) => [n.number, { children: [new Paragraph({ style: noteStyle, children: [new TextRun({ text: ` ${n.text ?? ''}` })] })] }]),
  );
  const outside = p.pageNumberStyle === 'outside';
  // 材料格式 and 公文格式 write "— 1 —" (GB/T 9704); 通用格式 the bare number.
  const dashes = p.layout !== 'plain';
  const pageNumber = (odd: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          alignment: !outside ? AlignmentType.CENTER : odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
          // GB/T 9704: odd page numbers 右空一字, even ones 左空一字.
          indent: { ...noIndent, ...(outside ? (odd ? { right: pt(p.pageNumber.sizePt) } : { left: pt(p.pageNumber.sizePt) }) : {}) },
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ ...textRun(p.pageNumber), children: dashes ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT] })],
        }),
      ],
    });

  const paragraphStyle = (id: string, name: string, spec: TextSpec, paragraph: IParagraphOptions = {}, extra: { outlineLevel?: number } = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: textRun(spec),
    paragraph: { ...paragraph, ...(extra.outlineLevel !== undefined ? { outlineLevel: extra.outlineLevel, keepNext: true, keepLines: true } : {}) },
  });
  // Left-aligned: a justified line before a long unbreakable URL would be stretched letter by letter.
  const noteSpec = { spacing: { line: pt(p.note.sizePt * 1.3), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: noIndent, alignment: AlignmentType.LEFT };

  const document = new Document({
    title: input.title,
    creator: input.profile.name || '千万工程写作助手',
    description: '千万工程写作助手导出',
    evenAndOddHeaderAndFooters: outside,
    styles: {
      default: {
        document: {
          run: { ...textRun(p.body), characterSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing },
        },
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { ...textRun(p.body), characterSpacing },
          paragraph: { spacing, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: charTw * p.firstLineChars, firstLineChars: p.firstLineChars * 100 } },
        },
        paragraphStyle('Title', 'Title', p.title, { alignment: AlignmentType.CENTER, indent: noIndent, spacing: 'exactPt' in p.line ? { ...spacing, line: pt(p.title.sizePt * 1.6) } : spacing }),
        paragraphStyle('Heading1', 'heading 1', p.heading1, {}, { outlineLevel: 0 }),
        paragraphStyle('Heading2', 'heading 2', p.heading2, {}, { outlineLevel: 1 }),
        paragraphStyle('Heading3', 'heading 3', p.heading3, {}, { outlineLevel: 2 }),
        paragraphStyle('Quote', 'Quote', p.quote, { indent: { left: charTw * 2, right: charTw * 2, firstLine: charTw * p.firstLineChars, firstLineChars: p.firstLineChars * 100 } }),
        paragraphStyle('QwByline', DERIVED_STYLES.QwByline, p.byline, { alignment: AlignmentType.CENTER, indent: noIndent }),
        paragraphStyle('QwDate', DERIVED_STYLES.QwDate, p.body, { alignment: AlignmentType.RIGHT, indent: noIndent }),
        paragraphStyle('QwSignature', DERIVED_STYLES.QwSignature, p.body, { alignment: AlignmentType.RIGHT, indent: noIndent, keepNext: true }),
        paragraphStyle('QwRecord', DERIVED_STYLES.QwRecord, { ...p.body, sizePt: 14 }, { alignment: AlignmentType.LEFT, indent: { left: pt(14), right: pt(14), firstLine: 0, firstLineChars: 0 }, keepNext: true, keepLines: true }),
        // GB/T 9704 7.3.4 and 8: 附件说明 under the text, 左空二字; on the appendix's page "附件" in 3号黑体 flush left, its title centred as a title.
        paragraphStyle('QwAppendixNote', DERIVED_STYLES.QwAppendixNote, p.body, {}),
        paragraphStyle('QwAppendixLabel', DERIVED_STYLES.QwAppendixLabel, { ...p.heading1, sizePt: 16 }, { indent: noIndent, keepNext: true }),
        paragraphStyle('QwAppendixTitle', DERIVED_STYLES.QwAppendixTitle, p.title, { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true }),
        paragraphStyle('QwReferencesHeading', DERIVED_STYLES.QwReferencesHeading, { ...p.heading1 }, { indent: noIndent, keepNext: true }),
        paragraphStyle('QwReference', DERIVED_STYLES.QwReference, p.note, { ...noteSpec, indent: { left: pt(p.note.sizePt * 2.5), hanging: pt(p.note.sizePt * 2.5), firstLineChars: 0 } }),
        { id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: textRun(p.note), paragraph: noteSpec },
        { id: 'EndnoteText', name: 'endnote text', basedOn: 'Normal', run: textRun(p.note), paragraph: noteSpec },
      ],
      characterStyles: [
        { id: 'FootnoteReference', name: 'footnote reference', run: { superScript: true } },
        { id: 'EndnoteReference', name: 'endnote reference', run: { superScript: true } },
      ],
    },
    numbering: { config: numberingConfig(charTw, input.doc) },
    ...(style === 'inline' ? {} : endnotes ? { endnotes: noteParagraphs } : { footnotes: noteParagraphs }),
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            margin: { top: mm(p.marginsMm.top), bottom: mm(p.marginsMm.bottom), left: mm(p.marginsMm.left), right: mm(p.marginsMm.right), header: mm(p.headerMm), footer: mm(p.footerMm) },
          },
          ...(p.grid
            ? {
                // The line grid: 22 lines of the 版心 (the characters per line come from gridCharacterSpacing).
                grid: { type: DocumentGridType.LINES, linePitch: Math.floor((bodyHeightMm * twipsPerMm) / p.grid.lines) },
              }
            : {}),
          // Real Word settings, so the writer sees (and can change) them in Word or WPS: circled notes
          // ①②③ restart on each page, [1] notes run through the document.
          footnoteProperties:
            style === 'circled'
              ? { numberFormat: { type: NumberFormat.DECIMAL_ENCLOSED_CIRCLE_CHINESE }, restart: NoteNumberRestart.EACH_PAGE }
              : { numberFormat: { type: NumberFormat.DECIMAL }, restart: NoteNumberRestart.CONTINUOUS },
          endnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL }, position: EndnotePosition.DOCUMENT_END, restart: NoteNumberRestart.CONTINUOUS },
        },
        ...(p.pageNumberStyle === 'none' ? {} : { footers: outside ? { default: pageNumber(true), even: pageNumber(false) } : { default: pageNumber(true) } }),
        children,
      },
    ],
  });
  declareFonts(document, p);
  const packed = await Packer.toBuffer(document);
  return style === 'inline' ? packed : finishNoteMarks(packed);
}

/** Adds the preset's faces, with their fallbacks, to the font table the library writes. */
function declareFonts(document: Document, p: DocxPreset): void {
  const table = document.FontTable.View as unknown as { addChildElement(child: unknown): void };
  for (const f of declaredFonts(p)) {
    table.addChildElement(
      new BuilderElement({
        name: 'w:font',
        attributes: { name: { key: 'w:name', value: f.name } },
        children: [
          ...(f.altName ? [createStringElement('w:altName', f.altName)] : []),
          createStringElement('w:panose1', f.panose1),
          createStringElement('w:charset', f.charset),
          createStringElement('w:family', f.family),
          createStringElement('w:pitch', f.pitch),
        ],
      }),
    );
  }
}

/** A character's width in 字: digits and Latin letters of the date are half a 字. */
function widthInChars(s: string): number {
  return Array.from(s).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
}

/**
 * Right indents (in 字) of the 署名 and the 成文日期, GB/T 9704 7.3.5.2: the date 右空二字 with its
 * first character two to the right of the 署名's; a 署名 longer than that moves the date left.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  if (!date) return { signature: 2, date: 0 };
  if (!signature) return { signature: 0, date: 2 };
  const s = widthInChars(signature);
  const d = widthInChars(date);
  const sig = 2 + d + 2 - s;
  return sig >= 2 ? { signature: sig, date: 2 } : { signature: 2, date: 2 + s - 2 - d };
}

/** One bullet list definition, one ordered definition per distinct start number. */
function numberingConfig(charTw: number, doc: DocNode) {
  const starts = new Set<number>([1]);
  const visit = (blocks: BlockNode[]) => {
    for (const b of blocks) {
      if (b.type === 'orderedList') starts.add(b.attrs?.start ?? 1);
      if (b.type === 'blockquote') visit(b.content);
      if (b.type === 'bulletList' || b.type === 'orderedList') for (const item of b.content) visit(item.content);
    }
  };
  visit(doc.content);
  const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({
    level: lvl,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: charTw * (2 * lvl + 4), hanging: charTw * 2, firstLineChars: 0 } } },
  });
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string, start = 1) =>
    Array.from({ length: 9 }, (_, l) => level(l, format, text(l), l === 0 ? start : 1));
  return [
    { reference: BULLET, levels: levels(LevelFormat.BULLET, (l) => (l % 2 === 0 ? '•' : '◦')) },
    ...[...starts].map((start) => ({ reference: `${ORDERED}-${start}`, levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`, start) })),
  ];
}

/** Walks the body once, numbering citations in document order as resolveNotes did. */
class BodyWriter {
  private next = 0;
  private readonly emitted = new Set<number>();
  private listInstance = 0;
  private readonly out: Paragraph[] = [];

  constructor(
    private readonly input: DocxInput,
    private readonly charTw: number,
  ) {}

  /**
   * Title, author line, body, then the closing matter in the order units use: 署名 and 成文日期 →
   * 附件 or appendix (查重 report) → 参考文献 → 版记 (Word puts endnotes last). The author line is
   * written once, where the layout says.
   */
  paragraphs(): Paragraph[] {
    const { title, profile, preset: p } = this.input;
    const date = chineseDate(this.input.date);
    if (title.trim()) this.out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: titleLines(title, p).flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), new TextRun(line)]) }));
    const byline = [profile.unit, profile.position, profile.name].map((s) => s.trim()).filter(Boolean).join('　');
    if (p.authorPlace === 'under-title' && byline) this.out.push(new Paragraph({ style: 'QwByline', children: [new TextRun(byline)] }));
    if (p.datePlace === 'under-author') this.out.push(new Paragraph({ style: 'QwByline', children: [new TextRun(`（${date}）`)] }));
    if (this.out.length > 0) this.out.push(new Paragraph({ children: [] }));
    for (const block of this.input.doc.content) this.block(block, { quote: false });

    const signature = p.authorPlace === 'end' ? byline : '';
    const dated = p.datePlace === 'end';
    const { title: appendixTitle, rest: appendixBody } = splitAppendix(this.input.appendix);
    if (p.layout === 'official' && appendixTitle) {
      this.out.push(new Paragraph({ children: [] }), new Paragraph({ style: 'QwAppendixNote', children: [new TextRun(`附件：${appendixTitle}`)] }));
    }
    if (signature || dated) {
      this.out.push(new Paragraph({ children: [] }));
      // GB/T 9704 7.3.5.2: the date 右空二字, its first character two to the right of the 署名's first.
      const indents = signatureIndents(signature, dated ? date : '');
      if (signature) this.out.push(new Paragraph({ style: 'QwSignature', indent: { right: Math.round(indents.signature * this.charTw), firstLine: 0, firstLineChars: 0 }, children: [new TextRun(signature)] }));
      if (dated) this.out.push(new Paragraph({ style: 'QwDate', indent: { right: Math.round(indents.date * this.charTw), firstLine: 0, firstLineChars: 0 }, children: [new TextRun(date)] }));
    }
    if (this.input.appendix.length > 0) {
      // The appendix starts on a page of its own: 附件 in the first line, its title in the third.
      this.out.push(new Paragraph({ style: 'QwAppendixLabel', pageBreakBefore: true, children: [new TextRun('附件')] }));
      if (appendixTitle) this.out.push(new Paragraph({ children: [] }), new Paragraph({ style: 'QwAppendixTitle', children: [new TextRun(appendixTitle)] }));
      for (const block of appendixBody) this.block(block, { quote: false });
    }
    if (this.input.options.references && this.input.notes.references.length > 0) {
      this.out.push(new Paragraph({ children: [] }), new Paragraph({ style: 'QwReferencesHeading', children: [new TextRun('参考文献')] }));
      // 文中注 lists the works by author, unnumbered; the note styles number them in order of first citation.
      const numbered = this.input.notes.style !== 'inline';
      this.input.notes.references.forEach((r, i) => this.out.push(new Paragraph({ style: 'QwReference', children: [new TextRun(numbered ? `[${i + 1}] ${r}` : r)] })));
    }
    if (p.layout === 'official' && (p.copyTo || p.printedBy)) this.record(date);
    return this.out;
  }

  /**
   * The 版记 of a 公文 (GB/T 9704 7.4): 抄送 and 印发机关 with the 印发日期, between a thick line above,
   * a thin one between and a thick one below. It follows the closing matter.
   */
  private record(date: string): void {
    const { copyTo, printedBy } = this.input.preset;
    const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
    const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
    this.out.push(new Paragraph({ children: [] }));
    const lines: Array<{ text: string; last: boolean }> = [];
    if (copyTo) lines.push({ text: `抄送：${copyTo.replace(/[。.]$/, '')}。`, last: !printedBy });
    if (printedBy) lines.push({ text: `${printedBy}\t${date}印发`, last: true });
    lines.forEach((line, i) =>
      this.out.push(
        new Paragraph({
          style: 'QwRecord',
          tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
          border: { ...(i === 0 ? { top: thick } : {}), bottom: line.last ? thick : thin },
          children: [new TextRun(line.text)],
        }),
      ),
    );
  }

  private block(node: BlockNode, at: { quote: boolean; list?: IParagraphOptions['numbering']; indent?: number }): void {
    const base: IParagraphOptions = { ...(at.quote ? { style: 'Quote' } : {}), ...(this.input.preset.widowControl ? {} : { widowControl: false }) };
    // 同志们：opens a speech flush left.
    const salutation = node.type === 'paragraph' && !at.quote && at.indent === undefined && !at.list && isSalutation((node.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join(''));
    const placed = (first: boolean): IParagraphOptions =>
      at.list && first ? { ...base, numbering: at.list } : at.indent !== undefined ? { ...base, indent: { left: at.indent, firstLine: 0, firstLineChars: 0 } } : base;
    switch (node.type) {
      case 'heading':
        if (at.quote || at.list || at.indent !== undefined) this.out.push(new Paragraph({ ...placed(true), children: this.inline(node.content) }));
        else this.out.push(new Paragraph({ ...base, heading: node.attrs.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: this.inline(node.content) }));
        return;
      case 'paragraph':
        this.out.push(new Paragraph({ ...placed(true), ...(salutation ? { indent: { firstLine: 0, firstLineChars: 0 } } : {}), children: this.inline(node.content) }));
        return;
      case 'blockquote':
        node.content.forEach((b, i) => this.block(b, { ...at, quote: true, list: i === 0 ? at.list : undefined }));
        return;
      case 'bulletList':
      case 'orderedList': {
        const reference = node.type === 'bulletList' ? BULLET : `${ORDERED}-${node.attrs?.start ?? 1}`;
        const instance = ++this.listInstance;
        const level = Math.min(at.list ? at.list.level + 1 : 0, 8);
        const textIndent = this.charTw * (2 * level + 4);
        for (const item of node.content) {
          item.content.forEach((b, i) => this.block(b, { quote: at.quote, list: i === 0 ? { reference, level, instance } : undefined, indent: textIndent }));
        }
      }
    }
  }

  private inline(nodes: InlineNode[] | undefined): ParagraphChild[] {
    const list = nodes ?? [];
    const runs: ParagraphChild[] = [];
    for (let i = 0; i < list.length; i++) {
      const node = list[i]!;
      if (node.type === 'text') {
        const marks = new Set((node.marks ?? []).map((m) => m.type));
        const options: IRunOptions = { text: node.text, bold: marks.has('bold') || undefined, italics: marks.has('italic') || undefined, underline: marks.has('underline') ? {} : undefined };
        runs.push(new TextRun(options));
      } else if (node.type === 'hardBreak') runs.push(new TextRun({ break: 1 }));
      else {
        // Citations that touch form one group, as in the editor.
        const group: number[] = [];
        for (; i < list.length && list[i]!.type === 'citation'; i++) group.push(this.next++);
        i--;
        runs.push(...this.citationGroup(group));
      }
    }
    return runs;
  }

  /**
   * A group of adjacent citations as the note style writes it: 文中注 in parentheses in the text,
   * ①② one Word footnote each, numbered notes as real note references separated by raised commas.
   * Word has no bracketed number format, so the brackets of [1] (GB/T 7714 顺序编码制, as the editor
   * shows it) are raised text around Word's own numbers: Word still renumbers the notes.
   */
  private citationGroup(group: number[]): ParagraphChild[] {
    const plan = this.input.notes;
    if (plan.style === 'inline') return [new TextRun(`（${group.map((k) => plan.inline[k] ?? '').join('；')}）`)];
    if (plan.style === 'circled') return group.map((k) => new FootnoteReferenceRun(plan.numbers[k]!));
    const raised = (text: string) => new TextRun({ text, style: plan.style === 'endnotes' ? 'EndnoteReference' : 'FootnoteReference', superScript: true });
    const runs: ParagraphChild[] = [raised('[')];
    group.forEach((k, j) => {
      if (j > 0) runs.push(raised(','));
      runs.push(this.reference(plan.numbers[k]!));
    });
    runs.push(raised(']'));
    return runs;
  }

  /**
   * A note's first citation is a real Word footnote (or endnote) reference; Word numbers those in
   * document order, which is the order of first citation. A passage cited again keeps its number
   * (GB/T 7714 顺序编码制), shown as a raised number in the note-reference style.
   */
  private reference(n: number): ParagraphChild {
    const endnote = this.input.notes.style === 'endnotes';
    if (!this.emitted.has(n)) {
      this.emitted.add(n);
      return endnote ? new EndnoteReferenceRun(n) : new FootnoteReferenceRun(n);
    }
    // Raised directly too, not only through the style, so readers that ignore character styles (mammoth) still see a note mark.
    return new TextRun({ text: String(n), style: endnote ? 'EndnoteReference' : 'FootnoteReference', superScript: true });
  }
}
