import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { FORMAT_PROFILE_FILE_EXTENSION } from '../shared/export/formatProfileFile';
import { PACK_EXTENSION } from '../shared/api/packTypes';

/** What each file the page hands over is, in the words of a Chinese save dialog. */
const KINDS: { ending: string; name: string; extensions: string[] }[] = [
  { ending: FORMAT_PROFILE_FILE_EXTENSION, name: '版式文件', extensions: [FORMAT_PROFILE_FILE_EXTENSION.slice(1)] },
  { ending: PACK_EXTENSION, name: '素材包', extensions: [PACK_EXTENSION.slice(1)] },
  { ending: '.docx', name: 'Word 文档', extensions: ['docx'] },
  { ending: '.pdf', name: 'PDF 文档', extensions: ['pdf'] },
  { ending: '.md', name: 'Markdown 文本', extensions: ['md'] },
  { ending: '.txt', name: '纯文本', extensions: ['txt'] },
  { ending: '.zip', name: '压缩包（全部文稿）', extensions: ['zip'] },
  { ending: '.json', name: 'JSON 文件', extensions: ['json'] },
];

/**
 * The native save dialog for a file the page exports (a download in Electron's terms): in Chinese, in
 * the user's Documents folder under the name the app chose, with the file's own type first, so the
 * dialog neither offers a foreign extension nor drops the one the file needs.
 */
export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const safeName = path.basename(fileName.replace(/\\/g, '/')) || '导出文件';
  const kind = KINDS.find((k) => safeName.toLowerCase().endsWith(k.ending));
  return {
    title: '保存导出的文件',
    buttonLabel: '保存',
    defaultPath: path.join(documentsDir, safeName),
    filters: [...(kind ? [{ name: kind.name, extensions: kind.extensions }] : []), { name: '所有文件', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
