import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { CARET_BLOCK_CLASS } from '../caretBlock';
import { shownBlocks } from './shownBlocks';
import { MIN_BLOCKS, windowRange, type BlockRange } from './windowRange';
import { windowRule } from './windowRule';

const ATTRIBUTE = 'data-blocks-window';
/** How long after the draft's block count changes the view is checked again (not on the keystroke). */
const RECHECK_MS = 150;
let instances = 0;

function scrollParent(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** Keeps the stylesheet rule of one editor in step with its scroll position. */
class WindowView {
  private readonly style = document.createElement('style');
  private kept: BlockRange | null = null;
  private rule = '';
  private blockCount = -1;
  private scroller: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly scope: string,
  ) {
    document.head.append(this.style);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.later);
    this.later();
  }

  update(): void {
    // Blocks added or removed move the others' indices: checked once the keys pause, not now.
    if (this.view.state.doc.childCount !== this.blockCount) this.later();
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.later);
    this.style.remove();
  }

  // Scroll events come at the start of a frame: the rule written now already applies to it.
  private readonly onScroll = (e: Event) => {
    if (e.target === this.scroller || e.target === document) this.check();
  };

  private readonly later = () => {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.check();
    }, RECHECK_MS);
  };

  private check(): void {
    if (this.view.isDestroyed || !this.view.dom.isConnected) return;
    this.blockCount = this.view.state.doc.childCount;
    const blocks = this.view.dom.children;
    if (blocks.length < MIN_BLOCKS) {
      this.kept = null;
      return this.write();
    }
    if (!this.scroller?.contains(this.view.dom)) this.scroller = scrollParent(this.view.dom);
    const band = this.scroller?.getBoundingClientRect();
    const top = Math.max(0, band?.top ?? 0);
    const bottom = Math.min(window.innerHeight, band?.bottom ?? window.innerHeight);
    this.kept = windowRange(blocks.length, shownBlocks(blocks, top, bottom), this.kept);
    // Also when the range is kept: blocks appended since are hidden by the rule written now.
    this.write();
  }

  private write(): void {
    const rule = this.kept ? windowRule(ATTRIBUTE, this.scope, CARET_BLOCK_CLASS, this.kept, this.view.dom.children.length) : '';
    if (rule !== this.rule) this.style.textContent = this.rule = rule;
  }
}

/**
 * A long draft's blocks far from the view are `content-visibility: hidden` instead of `auto`.
 * Chromium decides for every `auto` block, on every frame, whether it is near the viewport: with the
 * 700 blocks of the benchmark's 100,000-character draft that intersection pass took 1.5–2 ms of each
 * keystroke's frame. One stylesheet rule, rewritten when a scroll has moved the view about a screen, hides by
 * index all but the blocks within three screens of the view (and the caret's); only those are left for
 * Chromium to check. A hidden block keeps its remembered size, so the page's height and
 * the scrollbar are as before, and its text is still the editor's (copy, find, export and counting
 * read the document, not the screen).
 */
export const BlocksWindow = Extension.create({
  name: 'blocksWindow',
  addProseMirrorPlugins() {
    const scope = String(++instances);
    return [
      new Plugin({
        key: new PluginKey('blocksWindow'),
        props: { attributes: { [ATTRIBUTE]: scope } },
        view: (view) => new WindowView(view, scope),
      }),
    ];
  },
});
