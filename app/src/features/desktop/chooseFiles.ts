import { describeError } from '../../../../electron/shared/api/describeError';
import type { OpenPurpose } from '../../../../electron/shared/desktop/desktopFiles';
import { t } from '../../../../electron/shared/i18n/translate';
import { ApiClientError } from '../../api/ApiClientError';
import { desktopFiles } from './desktopFiles';

/**
 * 打开 and 导入: in the desktop app the native open dialog (main reads the chosen files and hands them
 * over), in the browser host the page's own `<input type="file">`, whose change handler then runs. Either
 * way `take` gets File objects; files main refused (too large, unreadable) are said through `tell`.
 */
export async function chooseFiles(purpose: OpenPurpose, input: HTMLInputElement | null, take: (files: File[]) => void, tell: (text: string) => void): Promise<void> {
  const desktop = desktopFiles();
  if (!desktop) return input?.click();
  const reply = await desktop.openFiles({ purpose });
  if (reply.status === 'failed') throw new ApiClientError({ code: reply.code });
  if (reply.status === 'cancelled') return;
  if (reply.refused.length) tell(reply.refused.map((r) => describeError({ code: r.code, detail: r.detail ?? r.name })).join(t('common.listSeparator')));
  if (reply.files.length) take(reply.files.map((f) => new File([f.bytes], f.name, { lastModified: f.lastModified })));
}
