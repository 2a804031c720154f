import type { CitationKind, DocNode } from '../doc/docTypes';

export interface DocumentSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** ISO time it was moved to the trash, or null when it is live. */
  deletedAt: string | null;
  wordCount: number;
}

export interface DocumentRecord extends DocumentSummary {
  content: DocNode;
  /** Increases by one on every save; lets a stale writer be detected. */
  version: number;
}

export interface SaveResult {
  id: string;
  version: number;
  updatedAt: string;
}

export interface RevisionSummary {
  id: number;
  documentId: string;
  reason: 'open' | 'close' | 'interval' | 'import';
  createdAt: string;
  wordCount: number;
}

export interface SourceInfo {
  id: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
}

export interface PassageInfo {
  id: string;
  text: string;
  workTitle: string;
  heading: string | null;
  sources: SourceInfo[];
}

export interface PassageHit extends PassageInfo {
  /** Character ranges in `text` that match the query, for highlighting. */
  highlights: Array<[number, number]>;
}

export interface SearchResult {
  total: number;
  results: PassageHit[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  libraryPassages: number;
}

export type { CitationKind };
