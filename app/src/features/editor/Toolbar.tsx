import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState } from '@tiptap/react';
import { t } from '../../../../electron/shared/i18n/translate';

/** Formatting buttons; their active state comes from a selector so typing does not re-render them. */
export function Toolbar({ editor, extra }: { editor: Editor; extra?: ReactNode }) {
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      // The history's depth, not e.can(): can() builds a dry-run transaction on every keystroke.
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });
  const btn = (label: string, title: string, active: boolean, run: () => void, disabled = false, testId?: string) => (
    <button
      type="button"
      className={`tool${active ? ' active' : ''}`}
      title={title}
      aria-label={title}
      aria-pressed={active}
      disabled={disabled}
      data-testid={testId}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar">
      {/* Groups that each stay on one line: a narrow window wraps the toolbar between groups (the
          document's actions move down as a whole), never one button at a time, never a cut label. */}
      <span className="toolbar-format">
        <span className="toolbar-group">
          {btn('↶', t('editor.toolbar.undo'), false, () => chain().undo().run(), !s.canUndo)}
          {btn('↷', t('editor.toolbar.redo'), false, () => chain().redo().run(), !s.canRedo)}
        </span>
        <span className="toolbar-group">
          {btn(t('editor.toolbar.paragraphLabel'), t('editor.toolbar.paragraph'), !s.h1 && !s.h2, () => chain().setParagraph().run())}
          {btn(t('editor.toolbar.h1Label'), t('editor.toolbar.h1'), s.h1, () => chain().toggleHeading({ level: 1 }).run(), false, 'tool-h1')}
          {btn(t('editor.toolbar.h2Label'), t('editor.toolbar.h2'), s.h2, () => chain().toggleHeading({ level: 2 }).run(), false, 'tool-h2')}
        </span>
        <span className="toolbar-group">
          {btn('B', t('editor.toolbar.bold'), s.bold, () => chain().toggleBold().run())}
          {btn('I', t('editor.toolbar.italic'), s.italic, () => chain().toggleItalic().run())}
          {btn('U', t('editor.toolbar.underline'), s.underline, () => chain().toggleUnderline().run())}
        </span>
        <span className="toolbar-group">
          {btn(t('editor.toolbar.bulletListLabel'), t('editor.toolbar.bulletList'), s.bullet, () => chain().toggleBulletList().run())}
          {btn(t('editor.toolbar.orderedListLabel'), t('editor.toolbar.orderedList'), s.ordered, () => chain().toggleOrderedList().run())}
          {btn(t('editor.toolbar.blockquoteLabel'), t('editor.toolbar.blockquote'), s.quote, () => chain().toggleBlockquote().run())}
        </span>
      </span>
      {extra && <span className="toolbar-group toolbar-extra">{extra}</span>}
    </div>
  );
}
