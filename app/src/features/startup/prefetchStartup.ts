import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { DocumentRecord, DocumentSummary } from '../../../../electron/shared/api/apiTypes';
import type { StartupSnapshot } from '../../../../electron/shared/api/StartupSnapshot';

export interface StartupData {
  documents: Promise<DocumentSummary[]>;
  trash: Promise<DocumentSummary[]>;
  /** The document the window opens with (the one in the address, else the newest), or null. */
  first: Promise<DocumentRecord | null>;
}

/**
 * What the first screen needs, asked for before React renders it: the lists and the document to open
 * arrive while the shell is being built instead of one round trip after another once it is. What
 * the page came with (`snapshot`) is used as it is, unless the address names another document.
 */
export function prefetchStartup(api: QianwanApi, hash: string, snapshot: StartupSnapshot | null = null): StartupData {
  const documents = snapshot ? Promise.resolve(snapshot.documents) : api.listDocuments({});
  const trash = snapshot ? Promise.resolve(snapshot.trash) : api.listTrash({});
  const first = documents.then((docs) => {
    const fromHash = /doc=([\w-]+)/.exec(hash)?.[1];
    const target = docs.find((d) => d.id === fromHash) ?? docs[0];
    if (!target) return null;
    return snapshot?.first?.id === target.id ? snapshot.first : api.getDocument({ id: target.id });
  });
  // The app reports failures when it reads these; an unread rejection must not be reported twice.
  for (const p of [documents, trash, first]) p.catch(() => undefined);
  return { documents, trash, first };
}
