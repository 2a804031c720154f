import type { QianwanApi } from '../../../shared/api/QianwanApi';
import type { Services } from '../../api/createServices';

/** Library packs in the contract: bytes cross it in base64, as exported documents and imported files do. */
export function packApi(services: Services): Pick<QianwanApi, 'exportLibraryPack' | 'importLibraryPack'> {
  return {
    async exportLibraryPack(input) {
      const { bytes, ...facts } = await services.packs.export(input.sourceIds);
      return { ...facts, bytes: bytes.length, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    async importLibraryPack(input) {
      const summary = await services.packs.import(input.name, Buffer.from(input.dataBase64, 'base64'));
      services.check.refreshOwn();
      return summary;
    },
  };
}
