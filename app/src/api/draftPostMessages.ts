import type { ApiReply } from '../../../electron/shared/api/ApiReply';

/**
 * Messages between DraftPoster (the page) and draftSaveWorker. Blocks are a draft's top-level nodes
 * as JSON text, each sent once under a number; a save names its blocks by number, in order.
 */
export type ToDraftWorker =
  | { type: 'blocks'; added: Array<[number, string]>; dropped: number[] }
  | { type: 'save'; seq: number; docId: string; baseVersion: number; order: Int32Array; added: Array<[number, string]>; dropped: number[] };

/** A save's answer: the host's reply, or null when it could not be reached; the content too when not saved (for the page's stash). */
export interface FromDraftWorker {
  seq: number;
  reply: ApiReply<unknown> | null;
  content?: string;
}

/** The first message to the worker, with the port it answers on. */
export interface DraftWorkerInit {
  token: string;
}
