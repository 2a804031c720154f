import fs from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_OPENED_FILE_BYTES,
  OPEN_PURPOSES,
  isOpenPurpose,
  type OpenFilesReply,
  type OpenPurpose,
  type OpenedFile,
  type RefusedFile,
  type SaveFileReply,
} from '../shared/desktop/desktopFiles';
import { fileTooLarge } from '../shared/api/fileTooLarge';
import { saveDialogOptions } from './saveDialogOptions';

/** Electron's dialog module as this needs it, already parented to the app window (a fake in the tests). */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  documentsDir(): string;
}

const OPEN_TITLES: Record<OpenPurpose, { title: string; kind: string }> = {
  drafts: { title: '打开文稿', kind: '文稿（Word、WPS、Markdown、纯文本）' },
  sources: { title: '导入素材', kind: '素材（网页、PDF、Word、WPS、Markdown、纯文本）' },
  packs: { title: '导入素材包', kind: '素材包' },
  formatProfile: { title: '导入版式文件', kind: '版式文件' },
};

/** The native open dialog for one of the page's purposes: in Chinese, from Documents, its own file types first. */
export function openDialogOptions(purpose: OpenPurpose, documentsDir: string): OpenDialogOptions {
  const { extensions, multiple } = OPEN_PURPOSES[purpose];
  return {
    title: OPEN_TITLES[purpose].title,
    buttonLabel: '打开',
    defaultPath: documentsDir,
    // Electron wants extensions without the dot; `.qwformat.json` is a `.json` to the dialog.
    filters: [
      { name: OPEN_TITLES[purpose].kind, extensions: [...new Set(extensions.map((e) => e.split('.').pop()!))] },
      { name: '所有文件', extensions: ['*'] },
    ],
    properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

/**
 * 导出 in the desktop app: the native save dialog, then the bytes written beside the chosen name and
 * renamed over it, so a failed write (a full disk) never leaves the user's earlier file half replaced.
 */
export async function saveFileWithDialog(request: unknown, dialogs: FileDialogs): Promise<SaveFileReply> {
  if (!isSaveRequest(request)) return { status: 'failed', code: 'invalid_input' };
  const chosen = await dialogs.showSaveDialog(saveDialogOptions(request.fileName, dialogs.documentsDir()));
  if (chosen.canceled || !chosen.filePath) return { status: 'cancelled' };
  const target = chosen.filePath;
  const partial = `${target}.${process.pid}.part`;
  try {
    await fs.promises.writeFile(partial, request.bytes);
    await fs.promises.rename(partial, target);
    return { status: 'saved', fileName: path.basename(target) };
  } catch (err) {
    // force: a partial file that was never created is no error; anything else is the write's failure already being reported.
    await fs.promises.rm(partial, { force: true }).catch(() => undefined);
    const code = err instanceof Error && 'code' in err ? err.code : undefined;
    if (code === 'ENOSPC' || code === 'EDQUOT') return { status: 'failed', code: 'disk_full' };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { status: 'failed', code: 'write_denied' };
    if (code === 'ENOENT') return { status: 'failed', code: 'folder_not_found' };
    return { status: 'failed', code: 'internal' };
  }
}

/**
 * 打开 and 导入 in the desktop app: the native open dialog, then each chosen file read here (the page
 * is sandboxed and cannot). Files over the app's 20 MB limit are refused by name, not read into memory.
 */
export async function openFilesWithDialog(request: unknown, dialogs: FileDialogs): Promise<OpenFilesReply> {
  const purpose = typeof request === 'object' && request !== null && 'purpose' in request ? request.purpose : undefined;
  if (!isOpenPurpose(purpose)) return { status: 'failed', code: 'invalid_input' };
  const chosen = await dialogs.showOpenDialog(openDialogOptions(purpose, dialogs.documentsDir()));
  if (chosen.canceled || chosen.filePaths.length === 0) return { status: 'cancelled' };
  const files: OpenedFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of chosen.filePaths) {
    const name = path.basename(file);
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) refused.push({ name, code: 'not_a_file' });
      else if (stat.size > MAX_OPENED_FILE_BYTES) refused.push({ name, code: 'file_too_large', detail: fileTooLarge(name, stat.size, MAX_OPENED_FILE_BYTES).detail });
      else files.push({ name, bytes: new Uint8Array(await fs.promises.readFile(file)), lastModified: stat.mtimeMs });
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? err.code : undefined;
      refused.push({ name, code: code === 'ENOENT' ? 'file_not_found' : 'file_unreadable' });
    }
  }
  return { status: 'opened', files, refused };
}

function isSaveRequest(value: unknown): value is { fileName: string; bytes: Uint8Array } {
  if (typeof value !== 'object' || value === null || !('fileName' in value) || !('bytes' in value)) return false;
  return typeof value.fileName === 'string' && value.fileName.length > 0 && value.fileName.length <= 255 && value.bytes instanceof Uint8Array;
}
