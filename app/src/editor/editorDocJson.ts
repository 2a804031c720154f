import type { Node as PmNode } from '@tiptap/pm/model';
import type { DocNode } from '../../../electron/shared/doc/docTypes';

/**
 * The editor's document in the contract's type. The editor's schema is docTypes.ts
 * (createEditorExtensions), and a test parses rich editor output with the contract's docNodeSchema,
 * so this one place may say so to the type checker; the service checks it again at the boundary.
 */
export function editorDocJson(doc: PmNode): DocNode {
  return doc.toJSON() as DocNode;
}
