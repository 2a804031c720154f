import type { Extensions } from '@tiptap/core';
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import { BlocksWindow } from './blocksWindow';
import { CaretBlock } from './caretBlock';
import { CheckMarks } from './checkMarks';
import { Citation } from './citation';
import { CitationNumbers } from './citationNumbers';
import { Adapted, PassageCommands, Quoted } from './passageMarks';
import { PassageCheck } from './passageCheck';
import { WordShortcuts } from './wordShortcuts';
import { PasteSanitizer, type PasteCut } from './pasteSanitizer';
import { FindReplace } from './findReplace';

/**
 * The editor's schema matches electron/shared/doc/docTypes.ts: what the editor can hold, Markdown and
 * DOCX export can express. Code, strike, links and rules are left out on purpose.
 */
export function createEditorExtensions(options: { placeholder?: string | (() => string); onPasteCut?: (cut: PasteCut) => void } = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2] },
      code: false,
      codeBlock: false,
      strike: false,
      link: false,
      horizontalRule: false,
      undoRedo: { depth: 200, newGroupDelay: 600 },
    }),
    Placeholder.configure({ placeholder: typeof options.placeholder === 'function' ? options.placeholder : (options.placeholder ?? '') }),
    Citation,
    CitationNumbers,
    Quoted,
    Adapted,
    PassageCommands,
    PassageCheck,
    CheckMarks,
    PasteSanitizer.configure({ onCut: options.onPasteCut ?? null }),
    WordShortcuts,
    FindReplace,
    CaretBlock,
    BlocksWindow,
  ];
}
