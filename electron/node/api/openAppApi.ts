import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError, toErrorPayload, type ApiErrorPayload } from '../../shared/api/ApiError';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import type { BackupInfo, RestoreResult } from '../../shared/api/backupTypes';
import { mapContract } from '../../shared/api/mapContract';
import { BackupStore } from '../backup/BackupStore';
import { assertNotInUse } from '../backup/assertNotInUse';
import { stageDatabase } from '../backup/stageDatabase';
import { bindApi, type BoundApi } from './bindApi';
import { createApiHandlers } from './createApi';
import { createServices, type Services } from './createServices';

const DAILY_CHECK_MS = 60 * 60 * 1000;
/** A failed daily backup (a full disk, a folder made read-only) is tried again this soon, not only at the next hourly check. */
const BACKUP_RETRY_MS = 5 * 60 * 1000;

export interface AppApi extends BoundApi {
  /** Why user.db could not be opened, or null when it is open. */
  failure(): unknown;
  close(): void;
}

/**
 * The contract as the two app hosts (Electron, browser host) serve it. It owns the services, so it
 * can close and reopen them around a restore, and it keeps working when user.db is refused: every
 * call then reports why, except listing and restoring backups, which is the way out.
 */
export function openAppApi(options: {
  dataDir: string;
  libraryFile: string;
  host: 'electron' | 'browser';
  /** Off for one-shot CLI commands, which close again before a backup would finish. */
  dailyBackups?: boolean;
  /** How soon a failed daily backup is tried again (tests shorten it). */
  backupRetryMs?: number;
}): AppApi {
  const store = new BackupStore(options.dataDir);
  const dbFile = path.join(options.dataDir, 'user.db');
  let services: Services | null = null;
  let inner: QianwanApi | null = null;
  let failure: unknown = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  // Why the last daily backup failed, until one succeeds: getAppInfo carries it to the window.
  let backupFailure: ApiErrorPayload | null = null;

  const daily = () => {
    const db = services?.userDb;
    if (!db) return;
    store.ensureDaily(db).then(
      () => {
        backupFailure = null;
      },
      (err: unknown) => {
        backupFailure = toErrorPayload(err);
        if (retry) clearTimeout(retry);
        retry = setTimeout(() => {
          retry = null;
          daily();
        }, options.backupRetryMs ?? BACKUP_RETRY_MS);
        retry.unref?.();
      },
    );
  };

  const open = () => {
    try {
      services = createServices({ dataDir: options.dataDir, libraryFile: options.libraryFile });
      inner = createApiHandlers(services, options.host, { restoreBackup });
      failure = null;
    } catch (err) {
      services = null;
      inner = null;
      failure = err;
      return;
    }
    if (options.dailyBackups === false) return;
    daily();
    timer ??= setInterval(daily, DAILY_CHECK_MS);
    timer.unref?.();
  };

  const shut = () => {
    services?.close();
    services = null;
    inner = null;
  };

  /**
   * Restore, in an order that loses nothing: the chosen backup is copied and checked first; the open
   * database is closed and must not be in use elsewhere (refused: nothing else has happened, the app
   * reopens what it had); what is in use is kept as a backup of its own (pruning spares the chosen
   * one); only then is the copy swapped in. Should the restored file fail to open, what was in use is
   * put back, so a failed restore leaves the app working on the data it had.
   */
  async function restoreBackup(name: string): Promise<RestoreResult> {
    const staged = stageDatabase(store.resolve(name), dbFile, name);
    try {
      let keptAs: BackupInfo;
      const wasOpen = services !== null;
      if (wasOpen) {
        shut();
        try {
          assertNotInUse(dbFile);
          keptAs = await keepInUse(name);
        } catch (err) {
          open();
          throw err;
        }
      } else keptAs = store.setAside(dbFile);
      staged.swap();
      open();
      if (failure) {
        const refused = failure;
        if (wasOpen) stageDatabase(path.join(store.dir, keptAs.name), dbFile, keptAs.name).swap();
        else store.putBack(keptAs.name, dbFile);
        open();
        throw refused;
      }
      return { restored: name, keptAs: keptAs.name };
    } finally {
      staged.discard();
    }
  }

  /** The closed user.db, copied through the backup API as a before-restore backup. */
  async function keepInUse(restoring: string) {
    const db = new Database(dbFile, { fileMustExist: true });
    try {
      return await store.create(db, 'before-restore', restoring);
    } finally {
      db.close();
    }
  }

  open();

  // While user.db is refused, every method answers why, except the way out: listing and restoring backups.
  const refused: QianwanApi = {
    ...mapContract<'call'>(() => () => Promise.reject(failure ?? new ApiError('internal', 'user.db is not open'))),
    listBackups: () => Promise.resolve(store.list()),
    restoreBackup: (input) => restoreBackup(input.name),
  };
  // Inputs are checked once, here (bindApi), before either the services or the refusals see them.
  const handlers: QianwanApi = {
    ...mapContract<'call'>((method) => (input) => (inner ?? refused)[method](input)),
    getAppInfo: async (input) => ({ ...(await (inner ?? refused).getAppInfo(input)), backupFailure }),
  };
  return {
    ...bindApi(handlers),
    failure: () => failure,
    close() {
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      timer = null;
      retry = null;
      shut();
    },
  };
}
