import { ApiError } from '../../shared/api/ApiError';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import type { RestoreResult } from '../../shared/api/backupTypes';
import type { Services } from '../api/createServices';
import { BackupStore } from './BackupStore';
import { exportEverything } from './exportEverything';

type BackupMethods = Pick<QianwanApi, 'listBackups' | 'createBackup' | 'restoreBackup' | 'exportEverything'>;

/**
 * The backup part of the contract. Restoring replaces the open database, which only the owner of the
 * services can do (openAppApi); without that owner a restore is refused rather than half done.
 */
export function backupApi(services: Services, restore?: (name: string) => Promise<RestoreResult>): BackupMethods {
  const store = new BackupStore(services.dataDir);
  return {
    async listBackups() {
      return store.list();
    },
    async createBackup() {
      return store.create(services.userDb, 'manual');
    },
    async restoreBackup(input) {
      if (!restore) throw new ApiError('forbidden', 'restore');
      return restore(input.name);
    },
    async exportEverything() {
      // DOCX through the same exporter as 导出 (default preset, notes resolved against the library).
      const toDocx = async (doc: { id: string }) => (await services.exports.export({ id: doc.id, format: 'docx' })).bytes;
      return exportEverything({ db: services.userDb, documents: services.documents, toDocx });
    },
  };
}
