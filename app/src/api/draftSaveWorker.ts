import type { DraftWorkerInit, FromDraftWorker, ToDraftWorker } from './draftPostMessages';
import { httpReply } from './httpReply';
import { requestBody } from './requestBody';

// The browser host's autosave, off the page's main thread: the draft's blocks arrive here as JSON
// text once each (DraftPoster), a save names them in order, and this worker joins them, sends the
// request and hands back the answer. The page never builds, encodes or uploads the megabyte itself.
addEventListener(
  'message',
  (init: MessageEvent<DraftWorkerInit>) => {
    const port = init.ports[0];
    if (!port) return;
    const { token } = init.data;
    const blocks = new Map<number, string>();
    const take = (added: Array<[number, string]>, dropped: number[]) => {
      for (const [id, json] of added) blocks.set(id, json);
      for (const id of dropped) blocks.delete(id);
    };
    port.onmessage = async (e: MessageEvent<ToDraftWorker>) => {
      const m = e.data;
      take(m.added, m.dropped);
      if (m.type !== 'save') return;
      const parts: string[] = [];
      for (const id of m.order) {
        const json = blocks.get(id);
        if (json === undefined) {
          const answer: FromDraftWorker = { seq: m.seq, reply: { ok: false, error: { code: 'internal', detail: `draft block ${id} missing` } } };
          return port.postMessage(answer);
        }
        parts.push(json);
      }
      const content = `{"type":"doc","content":[${parts.join(',')}]}`;
      let answer: FromDraftWorker;
      try {
        const res = await fetch('/api/saveDocument', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-qianwan-token': token },
          body: requestBody({ id: m.docId, baseVersion: m.baseVersion, contentJson: content }),
          credentials: 'omit',
        });
        answer = { seq: m.seq, reply: httpReply(res.status, await res.json().catch(() => null)) };
      } catch {
        answer = { seq: m.seq, reply: null };
      }
      if (!answer.reply?.ok) answer.content = content;
      port.postMessage(answer);
    };
  },
  { once: true },
);
