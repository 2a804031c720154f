import type { WordCount } from '../../../../electron/shared/text/countWords';
import type { SaveStatus } from '../editor/Autosaver';
import { createStore } from './createStore';

export interface EditorStatus {
  save: SaveStatus;
  saveError: string | null;
  count: WordCount | null;
}

export const editorStatus = createStore<EditorStatus>({ save: 'saved', saveError: null, count: null });
