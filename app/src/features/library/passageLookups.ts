import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { PassageInfo } from '../../../../electron/shared/api/apiTypes';

type PassageApi = Pick<QianwanApi, 'getPassages'>;

/** Most ids in one request (the API takes up to 1000). */
const BATCH_MAX = 200;

/**
 * Passages asked for by many components in the same moment, fetched in one request: a page of
 * results shows each hit's quoted statements with their originals, and 50 requests (50 answers
 * parsed, 50 turns of the host) would queue in front of the writer's next search.
 */
class PassageLookups {
  private waiting = new Map<string, Array<{ resolve: (p: PassageInfo | undefined) => void; reject: (err: unknown) => void }>>();
  private scheduled = false;

  constructor(private readonly api: PassageApi) {}

  get(id: string): Promise<PassageInfo | undefined> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(id) ?? [];
      list.push({ resolve, reject });
      this.waiting.set(id, list);
      if (!this.scheduled) {
        this.scheduled = true;
        // The components of one render mount in one task: the next task sees all their ids.
        setTimeout(() => this.flush(), 0);
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = [...this.waiting];
    this.waiting = new Map();
    for (let i = 0; i < batch.length; i += BATCH_MAX) {
      const part = batch.slice(i, i + BATCH_MAX);
      this.api.getPassages({ ids: part.map(([id]) => id) }).then(
        (passages) => {
          const byId = new Map(passages.map((p) => [p.id, p]));
          for (const [id, waiters] of part) for (const w of waiters) w.resolve(byId.get(id));
        },
        (err: unknown) => {
          for (const [, waiters] of part) for (const w of waiters) w.reject(err);
        },
      );
    }
  }
}

const lookups = new WeakMap<PassageApi, PassageLookups>();

/** A passage with the originals of its quoted statements, fetched together with the others asked for now. */
export function lookUpPassage(api: PassageApi, id: string): Promise<PassageInfo | undefined> {
  let l = lookups.get(api);
  if (!l) lookups.set(api, (l = new PassageLookups(api)));
  return l.get(id);
}
