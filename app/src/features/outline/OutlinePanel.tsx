import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { t } from '../../../../electron/shared/i18n/translate';
import { collectOutline, currentOutlineIndex, moveSection } from '../../editor/outline';

/** The document's headings: click to jump, the section holding the cursor highlighted, ↑/↓ move a section. */
export function OutlinePanel({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const items = collectOutline(e.state.doc);
      return { items, current: currentOutlineIndex(items, e.state.selection.from) };
    },
    // Positions shift with every character typed above a heading; what the panel shows does not, so
    // they are left out of the comparison (a jump reads the position when it happens).
    equalityFn: (a, b) =>
      !!b && a.current === b.current && a.items.length === b.items.length && a.items.every((x, i) => x.text === b.items[i]!.text && x.level === b.items[i]!.level && x.index === b.items[i]!.index),
  });
  const items = state?.items ?? [];
  // The cursor goes to the end of the heading, ready to write under it.
  const jump = (i: number) => {
    const pos = collectOutline(editor.state.doc)[i]?.pos;
    if (pos === undefined) return;
    const end = pos + (editor.state.doc.nodeAt(pos)?.nodeSize ?? 2) - 1;
    editor.chain().focus().setTextSelection(end).run();
    const dom = editor.view.nodeDOM(pos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
  };
  const move = (index: number, dir: -1 | 1) => {
    moveSection(editor.state, index, dir, (tr) => editor.view.dispatch(tr));
    editor.commands.focus();
  };
  return (
    <section className="outline" aria-label={t('outline.heading')} data-testid="outline">
      <header className="panel-header">
        <h2>{t('outline.heading')}</h2>
      </header>
      {items.length === 0 && <p className="muted panel-text">{t('outline.empty')}</p>}
      <ol className="outline-list">
        {items.map((item, i) => (
          <li key={i} className={`outline-item level-${item.level}${i === state?.current ? ' current' : ''}`} data-testid="outline-item" aria-current={i === state?.current ? 'location' : undefined}>
            <button type="button" className="outline-jump" title={item.text} onMouseDown={(e) => e.preventDefault()} onClick={() => jump(i)}>
              {item.text || '—'}
            </button>
            <span className="outline-move">
              <button type="button" title={t('outline.moveUp')} aria-label={t('outline.moveUp')} disabled={!moveSection(editor.state, item.index, -1)} onMouseDown={(e) => e.preventDefault()} onClick={() => move(item.index, -1)}>
                ↑
              </button>
              <button type="button" title={t('outline.moveDown')} aria-label={t('outline.moveDown')} disabled={!moveSection(editor.state, item.index, 1)} onMouseDown={(e) => e.preventDefault()} onClick={() => move(item.index, 1)}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
