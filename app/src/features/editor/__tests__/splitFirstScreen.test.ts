import { describe, expect, it } from 'vitest';
import type { BlockNode, DocNode } from '../../../../../electron/shared/doc/docTypes';
import { FIRST_SCREEN_CHARS, splitFirstScreen } from '../splitFirstScreen';

const para = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (text: string): BlockNode => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });

describe('splitFirstScreen', () => {
  it('keeps a short draft whole', () => {
    const doc: DocNode = { type: 'doc', content: Array.from({ length: 60 }, (_, i) => para(`第${i}段。`)) };
    expect(splitFirstScreen(doc)).toEqual({ first: doc, rest: [] });
  });

  it('cuts a long draft after the first screen’s worth of text, at a paragraph, losing nothing', () => {
    const blocks: BlockNode[] = [];
    for (let i = 0; i < 400; i++) blocks.push(i % 10 === 0 ? heading(`${i}、标题`) : para('千万工程'.repeat(30)));
    const doc: DocNode = { type: 'doc', content: blocks };
    const { first, rest } = splitFirstScreen(doc);
    const firstText = first.content.reduce((n, b) => n + ((b as { content: Array<{ text: string }> }).content[0]!.text.length), 0);
    expect(firstText).toBeGreaterThanOrEqual(FIRST_SCREEN_CHARS);
    expect(firstText).toBeLessThan(FIRST_SCREEN_CHARS + 240);
    expect(first.content.at(-1)!.type).toBe('paragraph');
    expect([...first.content, ...rest]).toEqual(blocks);
  });

  it('does not end the first part on a heading, even where the text runs out there', () => {
    const blocks: BlockNode[] = [para('甲'.repeat(FIRST_SCREEN_CHARS - 5)), heading('二、标题一'), heading('三、标题二'), ...Array.from({ length: 100 }, () => para('乙'))];
    const { first } = splitFirstScreen({ type: 'doc', content: blocks });
    expect(first.content.map((b) => b.type)).toEqual(['paragraph', 'heading', 'heading', 'paragraph']);
  });

  it('counts the text inside lists and quotations', () => {
    const list: BlockNode = { type: 'bulletList', content: [{ type: 'listItem', content: [para('丙'.repeat(3000))] }] } as BlockNode;
    const blocks: BlockNode[] = [list, para('丁'.repeat(1500)), ...Array.from({ length: 100 }, () => para('戊'))];
    expect(splitFirstScreen({ type: 'doc', content: blocks }).first.content).toHaveLength(2);
  });
});
