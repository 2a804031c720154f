import type { DocumentRecord, DocumentSummary, Preferences } from './apiTypes';

/**
 * What the first screen needs, as the browser host writes it into the page it serves (the element
 * STARTUP_SNAPSHOT_ID, JSON): the page renders the shell and the newest document without waiting
 * for four requests after its script has run. Electron's page is a file and asks over IPC instead.
 */
export interface StartupSnapshot {
  preferences: Preferences;
  documents: DocumentSummary[];
  trash: DocumentSummary[];
  /** The newest document (documents[0]) opened, or null when there is none. */
  first: DocumentRecord | null;
}

export const STARTUP_SNAPSHOT_ID = 'qianwan-startup';
