import path from 'node:path';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import { API_METHOD_NAMES } from '../../shared/api/apiMethods';
import type { RestoreResult } from '../../shared/api/backupTypes';
import { validateInput } from '../../shared/api/validateInput';
import { BackupStore } from '../backup/BackupStore';
import { assertNotInUse } from '../backup/assertNotInUse';
import { prepareRestore } from '../backup/prepareRestore';
import type { PrintToPdf } from '../export/docToPrintHtml';
import { createApi } from './createApi';
import { createServices, type Services } from './createServices';

const DAILY_CHECK_MS = 60 * 60 * 1000;

export interface AppApi {
  api: QianwanApi;
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
  printToPdf?: PrintToPdf;
  /** Off for one-shot CLI commands, which close again before a backup would finish. */
  dailyBackups?: boolean;
}): AppApi {
  const store = new BackupStore(options.dataDir);
  const dbFile = path.join(options.dataDir, 'user.db');
  let services: Services | null = null;
  let inner: QianwanApi | null = null;
  let failure: unknown = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const daily = () => {
    const db = services?.userDb;
    if (db) void store.ensureDaily(db).catch(() => undefined);
  };

  const open = () => {
    try {
      services = createServices({ dataDir: options.dataDir, libraryFile: options.libraryFile });
      inner = createApi(services, options.host, { restoreBackup, printToPdf: options.printToPdf });
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

  async function restoreBackup(name: string): Promise<RestoreResult> {
    const wasOpen = services !== null;
    const prepared = await prepareRestore(store, dbFile, name, services?.userDb ?? null);
    shut();
    if (wasOpen) {
      try {
        assertNotInUse(dbFile);
      } catch (err) {
        open();
        throw err;
      }
    }
    prepared.swap();
    open();
    if (failure) throw failure;
    return { restored: name, keptAs: prepared.keptAs.name };
  }

  open();

  const api = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const method of API_METHOD_NAMES) {
    api[method] = async (input: unknown) => {
      if (inner) return (inner[method] as (input: unknown) => Promise<unknown>)(input);
      if (method === 'listBackups') return validateInput(method, input) && store.list();
      if (method === 'restoreBackup') return restoreBackup(validateInput(method, input).name);
      throw failure;
    };
  }
  return {
    api: api as unknown as QianwanApi,
    failure: () => failure,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      shut();
    },
  };
}
