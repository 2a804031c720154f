import { ApiClientError } from '../../api/ApiClientError';
import { desktopFiles } from '../desktop/desktopFiles';

/**
 * Saves bytes the API made (a DOCX, a pack, a backup): in the desktop app through the native save
 * dialog, where the user's 取消 is known ('cancelled'); in the browser host as a download, which the
 * browser saves as the user has set it up ('downloaded'). A failed write throws its code.
 */
export async function saveFile(fileName: string, mimeType: string, dataBase64: string, win: Window = window): Promise<'saved' | 'cancelled' | 'downloaded'> {
  const binary = win.atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const desktop = desktopFiles(win);
  if (desktop) {
    const reply = await desktop.saveFile({ fileName, bytes });
    if (reply.status === 'failed') throw new ApiClientError({ code: reply.code, detail: fileName });
    return reply.status;
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = win.document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  win.document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; release it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
