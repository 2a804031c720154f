import type { Editor } from '@tiptap/core';
import type { TemplateSection } from '../../../../electron/shared/templates/templateSchema';
import { TemplateGuide } from '../templates/TemplateGuide';
import { OutlinePanel } from './OutlinePanel';

/** Under the document list: the open document's outline and, for a templated one, its writing guide. */
export function WritingAidsColumn({ editor, templateId, onSuggest }: { editor: Editor | null; templateId: string | null; onSuggest: (s: TemplateSection['suggest']) => void }) {
  if (!editor) return null;
  return (
    <div className="writing-aids">
      <OutlinePanel editor={editor} />
      {templateId && <TemplateGuide templateId={templateId} onSuggest={onSuggest} />}
    </div>
  );
}
