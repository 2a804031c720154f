// The process the crash harness kills inside restores: through the app's own API (openAppApi, as
// the browser host and Electron serve it) it keeps saving a document and creating others, each
// acknowledged on stdout once the call returned, while it restores backups at random moments: the
// restore closes user.db, keeps what was in use as a backup, swaps the chosen one in and reopens,
// with those writes still arriving. Writes refused while user.db is closed are not acknowledged.
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentRecord } from '../../electron/shared/api/apiTypes';
import type { QianwanApi } from '../../electron/shared/api/QianwanApi';
import { openAppApi } from '../../electron/node/api/openAppApi';
import { crashDoc, typedLength } from './crashDoc';
import { seededRandom } from '../bench/seededRandom';

const [dataDir, seedArg] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crashRestoreChild DATA_DIR SEED');
const random = seededRandom(Number(seedArg ?? 1));
const emit = (line: object) => fs.writeSync(1, `${JSON.stringify(line)}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAIN_TITLE = 'crash-main';

const app = openAppApi({ dataDir, libraryFile: path.join(dataDir, 'no-library.db'), host: 'browser', dailyBackups: false });
const api: QianwanApi = app.api;

async function mainDocument(): Promise<DocumentRecord> {
  const existing = (await api.listDocuments({})).find((d) => d.title === MAIN_TITLE);
  if (existing) return api.getDocument({ id: existing.id });
  const created = await api.createDocument({ title: MAIN_TITLE, content: crashDoc(0) });
  emit({ t: 'created', doc: created.id, title: MAIN_TITLE, at: Date.now() });
  return created;
}

let main: DocumentRecord;
let typed = 0;
let version = 0;

/** Back in step with user.db after a refusal or a restore (which may have put an older document back, or none). */
async function resync(): Promise<void> {
  try {
    main = await mainDocument();
    typed = typedLength(main.content);
    version = main.version;
  } catch {
    // user.db is closed for a restore: the next round tries again.
  }
}

async function saver(): Promise<void> {
  for (;;) {
    await sleep(15 + random() * 60);
    const n = typed + 1 + Math.floor(random() * 20);
    emit({ t: 'saving', n });
    try {
      version = (await api.saveDocument({ id: main.id, content: crashDoc(n), baseVersion: version })).version;
      typed = n;
      emit({ t: 'ack', doc: main.id, version, n, at: Date.now() });
    } catch {
      await resync();
    }
  }
}

async function sideWriter(): Promise<void> {
  for (;;) {
    await sleep(40 + random() * 200);
    const title = `side-${Date.now()}-${Math.floor(random() * 1e6)}`;
    try {
      const created = await api.createDocument({ title, content: crashDoc(Math.floor(random() * 100)) });
      emit({ t: 'created', doc: created.id, title, at: Date.now() });
    } catch {
      // Refused while user.db is closed for a restore: not acknowledged, so nothing is promised.
    }
  }
}

async function restorer(): Promise<void> {
  for (;;) {
    await sleep(150 + random() * 700);
    try {
      if (random() < 0.5 || (await api.listBackups({})).length === 0) emit({ t: 'backup', title: (await api.createBackup({})).name });
      const backups = await api.listBackups({});
      const chosen = backups[Math.floor(random() * backups.length)]!;
      emit({ t: 'restoring', title: chosen.name });
      const result = await api.restoreBackup({ name: chosen.name });
      emit({ t: 'restored', title: result.keptAs });
      await resync();
    } catch {
      // Busy or refused: the restore changed nothing, and says so.
    }
  }
}

async function start(): Promise<void> {
  main = await mainDocument();
  typed = typedLength(main.content);
  if (typed < 0) throw new Error('the stored document is not a prefix of the typed stream');
  version = main.version;
  emit({ t: 'ready', doc: main.id, n: typed });
  void saver();
  void sideWriter();
  void restorer();
}

void start();
