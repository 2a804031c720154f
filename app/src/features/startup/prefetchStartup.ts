import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { DocumentRecord, DocumentSummary } from '../../../../electron/shared/api/apiTypes';
import type { StartupSnapshot } from '../../../../electron/shared/api/StartupSnapshot';

export interface StartupData {
  documents: Promise<DocumentSummary[]>;
  trash: Promise<DocumentSummary[]>;
  /** The document the window opens with (the one in the address, else the newest), or null. */
  first: Promise<DocumentRecord | null>;
  /**
   * All three at once when the page came with them (the snapshot holds the document to open): the
   * first render shows the draft, with no render of an empty shell and its layout before it.
   */
  ready: { documents: DocumentSummary[]; trash: DocumentSummary[]; first: DocumentRecord | null } | null;
}

/**
 * What the first screen needs, asked for before React renders it: the lists and the document to open
 * arrive while the shell is being built instead of one round trip after another once it is. What
 * the page came with (`snapshot`) is used as it is, unless the address names another document.
 */
export function prefetchStartup(api: QianwanApi, hash: string, snapshot: StartupSnapshot | null = null): StartupData {
  const fromHash = /doc=([\w-]+)/.exec(hash)?.[1];
  if (snapshot) {
    const target = snapshot.documents.find((d) => d.id === fromHash) ?? snapshot.documents[0];
    if (!target || snapshot.first?.id === target.id) {
      const ready = { documents: snapshot.documents, trash: snapshot.trash, first: target ? snapshot.first : null };
      return { documents: Promise.resolve(ready.documents), trash: Promise.resolve(ready.trash), first: Promise.resolve(ready.first), ready };
    }
  }
  const documents = snapshot ? Promise.resolve(snapshot.documents) : api.listDocuments({});
  const trash = snapshot ? Promise.resolve(snapshot.trash) : api.listTrash({});
  const first = documents.then((docs) => {
    const target = docs.find((d) => d.id === fromHash) ?? docs[0];
    return target ? api.getDocument({ id: target.id }) : null;
  });
  // The app reports failures when it reads these; an unread rejection must not be reported twice.
  for (const p of [documents, trash, first]) p.catch(() => undefined);
  return { documents, trash, first, ready: null };
}
