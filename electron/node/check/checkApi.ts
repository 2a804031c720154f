import type { QianwanApi } from '../../shared/api/QianwanApi';
import { docCheckText, textCheckInput } from '../../shared/check/docCheckText';
import { docPlainText } from '../../shared/doc/docPlainText';
import { t } from '../../shared/i18n/translate';
import type { Services } from '../api/createServices';

/** The check's part of the contract: a saved document by id, the editor's current doc, or a text. */
export function checkApi(services: Services): Pick<QianwanApi, 'runCheck' | 'getCheckProgress'> {
  return {
    async runCheck(input) {
      const source = input.doc
        ? docCheckText(input.doc)
        : input.text !== undefined
          ? textCheckInput(input.text)
          : docCheckText(services.documents.get(input.id!).content);
      const others = input.includeDocuments
        ? services.documents
            .list()
            .filter((d) => d.id !== input.id && d.id !== input.documentId)
            .map((d) => ({ id: d.id, title: d.title || t('docs.untitled'), text: docPlainText(services.documents.get(d.id).content) }))
        : [];
      return services.check.check(source, input.minRun, others);
    },
    async getCheckProgress() {
      return services.check.progress();
    },
  };
}
