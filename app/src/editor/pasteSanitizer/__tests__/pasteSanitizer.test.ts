// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../createEditorExtensions';
import { boundNesting } from '../boundNesting';
import { PASTE_MAX_BLOCKS, PASTE_MAX_CHARS, PASTE_MAX_DEPTH, type PasteCut } from '../pasteLimits';
import { sanitizePastedHtml, sanitizePastedText } from '../sanitizePastedHtml';

// Hostile clipboard content through the editor's real paste path (view.pasteHTML / pasteText runs
// the same transforms and schema parsing as a Ctrl+V).

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

let cuts: PasteCut[] = [];
function paste(html: string | null, text?: string, into = '<p>正文</p>'): Editor {
  cuts = [];
  editor = new Editor({ element: document.createElement('div'), extensions: createEditorExtensions({ onPasteCut: (cut) => cuts.push(cut) }), content: into });
  editor.commands.setTextSelection(into === '<p></p>' ? 1 : 3);
  if (html !== null) editor.view.pasteHTML(html);
  else editor.view.pasteText(text ?? '');
  return editor;
}

const HOSTILE = [
  '<script>window.__pwned = 1</script><p>千万工程</p>',
  '<img src=x onerror="window.__pwned = 2"><p>千万工程</p>',
  '<p onclick="window.__pwned = 3" onmouseover="x()">千万工程</p>',
  '<a href="javascript:window.__pwned = 4">千万工程</a>',
  '<iframe src="https://evil.example/" srcdoc="<script>x()</script>"></iframe><p>千万工程</p>',
  '<p>千万工程</p><svg onload="window.__pwned = 5"><script>x()</script></svg>',
  '<style>@import url(https://evil.example/x.css)</style><p style="background:url(https://evil.example/t.png)">千万工程</p>',
  '<form action="https://evil.example/"><input name=a value=b><button>提交</button></form><p>千万工程</p>',
  '<object data="x.swf"></object><embed src="x.swf"><p>千万工程</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<p>千万<!-- <img src=x onerror=alert(1)> -->工程</p>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><p>千万工程</p>',
];

describe('pasted HTML', () => {
  for (const html of HOSTILE) {
    it(`keeps the text, drops the code: ${html.slice(0, 50)}`, () => {
      const clean = sanitizePastedHtml(html).html;
      expect(clean).not.toMatch(/<script|<iframe|<svg|<object|<embed|<form|<style|<meta|<base|<img|\son\w+=|javascript:|url\(/i);
      const e = paste(html);
      const out = e.getHTML();
      expect(out).not.toMatch(/script|onerror|onclick|onload|javascript:|evil\.example|<img|<iframe/i);
      expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
      if (html.includes('千万工程') || html.includes('工程')) expect(e.getText()).toContain('工程');
    });
  }

  it('keeps bold, italic, headings and quotes from Word-like HTML', () => {
    const e = paste('<h1 style="mso-outline-level:1">一、提高认识</h1><p class="MsoNormal"><b>加粗</b><i>倾斜</i><span style="font-weight:700">重点</span></p><blockquote>引文</blockquote>', undefined, '<p></p>');
    const out = e.getHTML();
    expect(out).toContain('<h1>一、提高认识</h1>');
    expect(out).toContain('<strong>加粗</strong>');
    expect(out).toContain('<em>倾斜</em>');
    expect(out).toContain('<strong>重点</strong>');
    expect(out).toContain('<blockquote>');
  });

  it('flattens deeply nested HTML without overflowing the stack', () => {
    // 4,000 levels (happy-dom's own tree code recurses; Chromium's parser stops nesting at 512 anyway).
    const depth = 2000;
    const html = `${'<div><span>'.repeat(depth)}深处的文字${'</span></div>'.repeat(depth)}`;
    const clean = sanitizePastedHtml(html).html;
    const probe = new DOMParser().parseFromString(clean, 'text/html');
    let deepest = 0;
    const walk: Array<[Element, number]> = [[probe.body, 0]];
    while (walk.length) {
      const [el, d] = walk.pop()!;
      deepest = Math.max(deepest, d);
      for (const c of Array.from(el.children)) walk.push([c, d + 1]);
    }
    expect(deepest).toBeLessThanOrEqual(PASTE_MAX_DEPTH + 2);
    expect(paste(html).getText()).toContain('深处的文字');
  });

  it('removes NUL and control characters from pasted HTML and text, keeps emoji and rare CJK', () => {
    expect(paste('<p>千万\u0000工\u0007程🌾𠀀</p>').getText()).toContain('千万工程🌾𠀀');
    expect(paste(null, '千万\u0000工\u001b程 🏡𪚥').getText()).toContain('千万工程 🏡𪚥');
  });

  it('keeps our own citations when copying within the editor (data-* attributes)', () => {
    const source = new Editor({
      element: document.createElement('div'),
      extensions: createEditorExtensions(),
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '引文' }, { type: 'citation', attrs: { passageId: 'p-123', kind: 'quote' } }] }] },
    });
    const html = source.getHTML();
    source.destroy();
    const json = JSON.stringify(paste(html).getJSON());
    expect(json).toContain('"passageId":"p-123"');
  });

  it('a 100,000-deep <div> is unwrapped before any HTML parser sees it: linear, the text kept, the writer told', () => {
    const html = `${'<div>'.repeat(100_000)}深处的文字${'</div>'.repeat(100_000)}`;
    // How fast, and that it stays linear, is a bench row (npm run bench -- --only=guards).
    const bounded = boundNesting(html, 256, PASTE_MAX_BLOCKS);
    expect(bounded.flattened).toBe(true);
    expect(bounded.blocks).toBeNull();
    expect(bounded.html.length).toBeLessThan(256 * 11 + 100);
    const clean = sanitizePastedHtml(html);
    expect(clean.cut).toEqual({ flattened: true, blocks: null, chars: null });
    const e = paste(html);
    expect(e.getText()).toContain('深处的文字');
    expect(cuts).toEqual([{ flattened: true, blocks: null, chars: null }]);
  });

  it('leaves ordinary HTML to the parser untouched, unclosed paragraphs and list items included', () => {
    const ordinary = ['<p>一<p>二<p>三'.repeat(400), '<ul><li>一<li>二<ul><li>三</ul></ul>'.repeat(300), '<table><tr><td>a<td>b<tr><td>c</table>'.repeat(300), '<script>if (a<b) { x("<div>") }</script><p>字</p>'];
    for (const html of ordinary) expect(boundNesting(html, 256, PASTE_MAX_BLOCKS), html.slice(0, 30)).toEqual({ html, flattened: false, blocks: null });
  });

  // 60,000 in Chromium: tests/paste-sanitise.spec.ts (happy-dom's parser is too slow for that many here).
  it(`keeps the first ${PASTE_MAX_BLOCKS} pasted paragraphs of more and says so`, () => {
    const html = '<p>学习千万工程经验。</p>'.repeat(PASTE_MAX_BLOCKS + 500);
    const clean = sanitizePastedHtml(html);
    expect(clean.cut.blocks).toEqual({ kept: PASTE_MAX_BLOCKS, total: PASTE_MAX_BLOCKS + 500 });
    expect(clean.html.split('<p>').length - 1).toBe(PASTE_MAX_BLOCKS);
    const text = sanitizePastedText('一行字。\n'.repeat(60_000));
    expect(text.cut.blocks).toEqual({ kept: PASTE_MAX_BLOCKS, total: 60_001 });
    expect(text.text.split('\n')).toHaveLength(PASTE_MAX_BLOCKS);
  });

  it(`keeps the first ${PASTE_MAX_CHARS} characters of a longer paste, cutting between characters`, () => {
    const long = '🌾'.repeat(PASTE_MAX_CHARS);
    const clean = sanitizePastedHtml(`<p>${long}</p><p>后面的段落</p>`);
    expect(clean.cut.chars).toEqual({ kept: PASTE_MAX_CHARS, total: PASTE_MAX_CHARS * 2 + 5 });
    expect(clean.html).not.toContain('后面的段落');
    expect(clean.html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const text = sanitizePastedText(`字${long}`);
    expect(text.text.length).toBeLessThanOrEqual(PASTE_MAX_CHARS);
    expect(text.text).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('an ordinary paste reports nothing', () => {
    paste('<p>千万工程</p><p>乡村振兴</p>');
    expect(cuts).toEqual([]);
  });
});
