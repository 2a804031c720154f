import type { DocumentCount } from '../../../../electron/shared/text/countDocument';
import type { SaveStatus } from '../editor/Autosaver';
import { createStore } from './createStore';

export interface EditorStatus {
  save: SaveStatus;
  saveError: string | null;
  count: DocumentCount | null;
  /** The open document's 字数 goal, and how to change it (null when no document is open). */
  goal: number | null;
  setGoal: ((goal: number | null) => void) | null;
}

export const editorStatus = createStore<EditorStatus>({ save: 'saved', saveError: null, count: null, goal: null, setGoal: null });
