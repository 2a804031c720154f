// The process the crash harness kills: a writer typing into a document through the real
// DocumentService and the editor's real Autosaver, printing every keystroke and every acknowledged
// save on stdout. Writes go through fs.writeSync, so a line is in the pipe before the next action
// and survives the SIGKILL that follows it.
import fs from 'node:fs';
import path from 'node:path';
import { Autosaver } from '../../app/src/features/editor/Autosaver';
import type { DocNode } from '../../electron/shared/doc/docTypes';
import { openUserDb } from '../../electron/node/db/openUserDb';
import { DocumentService } from '../../electron/node/documents/DocumentService';
import { runImport } from '../../electron/node/library/import/runImport';
import { OwnSourcesService } from '../../electron/node/library/OwnSourcesService';
import { crashDoc, typedLength } from './crashDoc';
import { seededRandom } from '../bench/seededRandom';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crashChild DATA_DIR SEED');
const random = seededRandom(Number(seedArg ?? 1));
const emit = (line: object) => fs.writeSync(1, `${JSON.stringify(line)}\n`);

const db = openUserDb(path.join(dataDir, 'user.db'));
const documents = new DocumentService(db);
const ownSources = new OwnSourcesService(db, () => new Set());
const MAIN_TITLE = 'crash-main';
const existing = documents.list().find((d) => d.title === MAIN_TITLE);
const main = existing ? documents.get(existing.id) : documents.create({ title: MAIN_TITLE, content: crashDoc(0) as DocNode });
let typed = typedLength(main.content as DocNode);
if (typed < 0) throw new Error('the stored document is not a prefix of the typed stream');
let version = main.version;

const saver = new Autosaver<{ n: number; doc: DocNode }>({
  snapshot: () => ({ n: typed, doc: crashDoc(typed) as DocNode }),
  save: async ({ n, doc }) => {
    emit({ t: 'saving', n });
    version = documents.save(main.id, doc, version).version;
    emit({ t: 'ack', doc: main.id, version, n, at: Date.now() });
  },
});
emit({ t: 'ready', doc: main.id, n: typed });

// A typist: bursts of keystrokes 10–60 ms apart, now and then a pause long enough for the debounce.
function typeNext(): void {
  typed++;
  emit({ t: 'key', n: typed, at: Date.now() });
  saver.markDirty();
  const pause = random() < 0.04 ? 300 + random() * 900 : 10 + random() * 50;
  setTimeout(typeNext, pause);
}
setTimeout(typeNext, 10);

// Meanwhile other documents are created and renamed, each acknowledged once the call returned.
function sideWrite(): void {
  const title = `side-${Date.now()}-${Math.floor(random() * 1e6)}`;
  const created = documents.create({ title, content: crashDoc(Math.floor(random() * 400)) as DocNode });
  emit({ t: 'created', doc: created.id, title, at: Date.now() });
  const renamed = `${title}-renamed`;
  documents.rename(created.id, renamed);
  emit({ t: 'renamed', doc: created.id, title: renamed, at: Date.now() });
  setTimeout(sideWrite, 200 + random() * 800);
}
setTimeout(sideWrite, 100);

// And the user's own sources: each import writes passages and rebuilds their search index in one
// transaction, so a kill inside it must leave both or neither.
const SOURCES_KEPT = 10;
async function importSource(): Promise<void> {
  // The own library stays small, so each rebuild of its index is quick; the oldest source goes.
  const oldest = db.prepare('SELECT id FROM sources ORDER BY imported_at, id LIMIT 1').pluck().get() as string | undefined;
  const count = db.prepare('SELECT count(*) FROM sources').pluck().get() as number;
  if (oldest && count >= SOURCES_KEPT) {
    emit({ t: 'deleting', doc: oldest });
    ownSources.deleteSource(oldest, true);
    emit({ t: 'deleted', doc: oldest, at: Date.now() });
  }
  const tag = `${Date.now()}-${Math.floor(random() * 1e9)}`;
  const text = Array.from({ length: 12 }, (_, i) => `第${i + 1}段（${tag}）：各地坚持因地制宜、分类施策，持续推进农村人居环境整治提升，编号${tag}-${i}的做法被写进了经验材料。`).join('\n\n');
  const { build } = await runImport([{ fileName: `crash-${tag}.txt`, bytes: Buffer.from(text, 'utf8') }], () => undefined);
  emit({ t: 'saving', n: -1 });
  const summary = ownSources.commit(build, [{ index: 0, title: `来源 ${tag}`, site: null, date: null, url: null }]);
  emit({ t: 'source', doc: summary.sources[0]!.id, title: summary.sources[0]!.title, at: Date.now() });
  setTimeout(() => void importSource(), 300 + random() * 1200);
}
setTimeout(() => void importSource(), 50 + random() * 400);
