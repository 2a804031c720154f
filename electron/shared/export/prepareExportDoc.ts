import type { BlockNode, DocNode, InlineNode } from '../doc/docTypes';
import { nestQuotesInRuns } from '../text/nestQuotes';

/** 同志们： / 各位领导、同志们：: a salutation stands flush left on its own line. */
export function isSalutation(text: string): boolean {
  return /^[^，。；！？\n]{1,24}[：:]$/.test(text.trim());
}

const inlineText = (nodes: InlineNode[] | undefined) => (nodes ?? []).map((n) => (n.type === 'text' ? n.text : '')).join('');
const hasCitation = (nodes: InlineNode[] | undefined) => (nodes ?? []).some((n) => n.type === 'citation');
const squeeze = (s: string) => s.replace(/[\s\u3000]+/gu, '');

function isEmpty(block: BlockNode): boolean {
  return block.type === 'paragraph' && !hasCitation(block.content) && squeeze(inlineText(block.content)) === '';
}

function nestBlock(block: BlockNode): BlockNode {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const content = block.content ?? [];
      const texts = nestQuotesInRuns(content.map((n) => (n.type === 'text' ? n.text : '')));
      return { ...block, content: content.map((n, i) => (n.type === 'text' ? { ...n, text: texts[i]! } : n)) } as BlockNode;
    }
    case 'blockquote':
      return { ...block, content: block.content.filter((b) => !isEmpty(b)).map(nestBlock) };
    case 'bulletList':
    case 'orderedList':
      return { ...block, content: block.content.map((item) => ({ ...item, content: item.content.map(nestBlock) })) } as BlockNode;
  }
}

/**
 * The document as the layout writes it: empty paragraphs (a template's placeholders the writer left
 * empty) dropped, a closing line that repeats the author line dropped (the layout places 单位 职务 姓名
 * once, under the title or as the 署名), and quotation marks nested (‘ ’ inside “ ”). The stored
 * document is not changed.
 */
export function prepareExportDoc(doc: DocNode, author: { unit: string; position: string; name: string }): { doc: DocNode; droppedSignature: boolean } {
  const blocks = doc.content.filter((b) => !isEmpty(b));
  const parts = [author.unit, author.position, author.name].map((s) => s.trim()).filter(Boolean);
  const signatures = new Set(parts.length ? [parts.join(''), squeeze([author.unit, author.name].join('')), squeeze(author.name), squeeze(author.unit)].filter(Boolean) : []);
  let droppedSignature = false;
  const last = blocks[blocks.length - 1];
  if (last?.type === 'paragraph' && !hasCitation(last.content) && signatures.has(squeeze(inlineText(last.content)))) {
    blocks.pop();
    droppedSignature = true;
  }
  return { doc: { type: 'doc', content: blocks.map(nestBlock) }, droppedSignature };
}

/** Whether a document's body has anything to export (text or a citation): a title alone is an empty document. */
export function hasContent(doc: DocNode): boolean {
  const visit = (blocks: BlockNode[]): boolean =>
    blocks.some((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return hasCitation(b.content) || squeeze(inlineText(b.content)) !== '';
      if (b.type === 'blockquote') return visit(b.content);
      return b.content.some((item) => visit(item.content));
    });
  return visit(doc.content);
}
