import type { QianwanApi } from '../../shared/api/QianwanApi';
import type { StartupSnapshot } from '../../shared/api/StartupSnapshot';

/**
 * The first screen's data through the same API the page would call. Null when any part fails
 * (user.db refused, say): the page then makes the calls itself and shows why, as without it.
 */
export async function readStartupSnapshot(api: QianwanApi): Promise<StartupSnapshot | null> {
  try {
    const [preferences, documents, trash] = await Promise.all([api.getPreferences({}), api.listDocuments({}), api.listTrash({})]);
    const first = documents[0] ? await api.getDocument({ id: documents[0].id }) : null;
    return { preferences, documents, trash, first };
  } catch {
    return null;
  }
}
