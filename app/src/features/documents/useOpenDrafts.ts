import { useCallback } from 'react';
import type { DocumentRecord } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import type { NoticeKind } from '../notices/useNotices';
import { checkImportFiles, DRAFT_OPEN } from '../sources/checkImportFiles';
import { readFileAsBase64 } from '../sources/readFileAsBase64';

/**
 * File → 打开 and drops on the document list: each .docx/.md/.txt becomes a new document (the
 * service refuses damaged or hostile files and stores nothing for them); one notice says what happened.
 */
export function useOpenDrafts(onOpened: (doc: DocumentRecord) => void, onNotice: (message: string, kind: NoticeKind, docId?: string) => void): (files: File[]) => Promise<void> {
  const api = useApi();
  return useCallback(
    async (files: File[]) => {
      const { accepted, problems } = checkImportFiles(files, DRAFT_OPEN);
      const messages = [...problems];
      let failed = problems.length > 0;
      let last: DocumentRecord | null = null;
      for (const i of accepted) {
        const file = files[i]!;
        onNotice(t('docs.opening', { name: file.name }), 'info');
        try {
          last = await api.importDocument({ name: file.name, dataBase64: await readFileAsBase64(file) });
          messages.push(t('docs.opened', { title: last.title }));
        } catch (err) {
          failed = true;
          const message = err instanceof Error ? err.message : String(err);
          // Most refusals already name the file (文件已损坏…：坏文件.docx。): it is said once.
          messages.push(message.includes(file.name) ? t('docs.openFailedNamed', { message }) : t('docs.openFailed', { name: file.name, message }));
        }
      }
      onNotice(messages.join(t('common.listSeparator')), failed ? 'error' : 'success', last?.id);
      if (last) onOpened(last);
    },
    [api, onNotice, onOpened],
  );
}
