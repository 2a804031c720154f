import type { ApiErrorDetail } from '../api/ApiError';
import { PACK_EXTENSION } from '../api/packTypes';
import { DRAFT_EXTENSIONS } from '../export/exportFormats';
import { SOURCE_EXTENSIONS } from '../files/sourceExtensions';

/**
 * The desktop app's native file dialogs, asked for by the page through `window.qianwanDesktop` (a
 * bridge of its own beside the contract's `window.qianwan`: two calls, each on its own channel). The
 * browser host has no such bridge and keeps the browser's own dialogs.
 */
export const DESKTOP_SAVE_CHANNEL = 'qianwan-desktop:save-file';
export const DESKTOP_OPEN_CHANNEL = 'qianwan-desktop:open-files';

/** What the page opens files for; main turns each into the dialog's filters and whether several may be chosen. */
export const OPEN_PURPOSES = {
  drafts: { extensions: DRAFT_EXTENSIONS, multiple: true },
  sources: { extensions: SOURCE_EXTENSIONS, multiple: true },
  packs: { extensions: [PACK_EXTENSION], multiple: true },
  formatProfile: { extensions: ['.json'], multiple: false },
} as const satisfies Record<string, { extensions: readonly string[]; multiple: boolean }>;

export type OpenPurpose = keyof typeof OPEN_PURPOSES;

/** No file the app opens may be larger (drafts, sources, packs: 20 MB each); larger ones are not read. */
export const MAX_OPENED_FILE_BYTES = 20 * 1024 * 1024;

export interface SaveFileRequest {
  fileName: string;
  bytes: Uint8Array;
}

/** saved: written where the user chose (the name shown, not the folder); failed: the write's error code. */
export type SaveFileReply = { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; code: 'disk_full' | 'write_denied' | 'folder_not_found' | 'internal' | 'forbidden' | 'invalid_input' };

export interface OpenFilesRequest {
  purpose: OpenPurpose;
}

export interface OpenedFile {
  name: string;
  /** A copy of its own (not a view into a shared buffer), so the page can make a File of it. */
  bytes: Uint8Array<ArrayBuffer>;
  lastModified: number;
}

/** A chosen file that was not read, and why (the UI words the code, the name is its detail). */
export interface RefusedFile {
  name: string;
  code: 'file_too_large' | 'not_a_file' | 'file_unreadable' | 'file_not_found';
  /** What the message names beyond the file (a size and its limit); the name alone otherwise. */
  detail?: ApiErrorDetail;
}

export type OpenFilesReply =
  | { status: 'opened'; files: OpenedFile[]; refused: RefusedFile[] }
  | { status: 'cancelled' }
  | { status: 'failed'; code: 'forbidden' | 'invalid_input' };

/** The object preload exposes as `window.qianwanDesktop`. */
export interface DesktopFiles {
  saveFile(request: SaveFileRequest): Promise<SaveFileReply>;
  openFiles(request: OpenFilesRequest): Promise<OpenFilesReply>;
}

export function isOpenPurpose(value: unknown): value is OpenPurpose {
  return typeof value === 'string' && Object.hasOwn(OPEN_PURPOSES, value);
}
