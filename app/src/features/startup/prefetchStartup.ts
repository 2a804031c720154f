import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { DocumentRecord, DocumentSummary } from '../../../../electron/shared/api/apiTypes';

export interface StartupData {
  documents: Promise<DocumentSummary[]>;
  trash: Promise<DocumentSummary[]>;
  /** The document the window opens with (the one in the address, else the newest), or null. */
  first: Promise<DocumentRecord | null>;
}

/**
 * What the first screen needs, asked for before React renders it: the lists and the document to open
 * arrive while the shell is being built instead of one round trip after another once it is.
 */
export function prefetchStartup(api: QianwanApi, hash: string): StartupData {
  const documents = api.listDocuments({});
  const trash = api.listTrash({});
  const first = documents.then((docs) => {
    const fromHash = /doc=([\w-]+)/.exec(hash)?.[1];
    const target = docs.find((d) => d.id === fromHash) ?? docs[0];
    return target ? api.getDocument({ id: target.id }) : null;
  });
  // The app reports failures when it reads these; an unread rejection must not be reported twice.
  for (const p of [documents, trash, first]) p.catch(() => undefined);
  return { documents, trash, first };
}
