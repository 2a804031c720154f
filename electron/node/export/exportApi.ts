import type { QianwanApi } from '../../shared/api/QianwanApi';
import type { Services } from '../api/createServices';
import { keepKnownCitations } from '../documents/readDraftFile';

/** Export and File → 打开 in the contract. */
export function exportApi(services: Services): Pick<QianwanApi, 'exportDocument' | 'importDocument'> {
  return {
    async exportDocument(input) {
      const file = await services.exports.export(input);
      const { bytes, ...rest } = file;
      return { ...rest, bytes: bytes.length, dataBase64: bytes.toString('base64') };
    },
    async importDocument(input) {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      const draft = await services.drafts.read(input.name, bytes);
      const content = keepKnownCitations(draft.doc, (id) => services.library.isKnownPassage(id));
      // An opened draft is someone's 心得 or 发言: 材料格式 (the unit's own when it has one).
      return services.documents.create({ title: draft.title, content, reason: 'import', options: services.formats.newDocumentOptions('material') });
    },
  };
}
