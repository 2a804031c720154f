import type { QianwanApi } from '../../shared/api/QianwanApi';
import { docCheckText, textCheckInput } from '../../shared/check/docCheckText';
import type { DocNode } from '../../shared/doc/docTypes';
import type { Services } from '../api/createServices';

/** The check's part of the contract: a saved document by id, the editor's current doc, or a text. */
export function checkApi(services: Services): Pick<QianwanApi, 'runCheck' | 'getCheckProgress'> {
  return {
    async runCheck(input) {
      const source = input.doc
        ? docCheckText(input.doc as unknown as DocNode)
        : input.text !== undefined
          ? textCheckInput(input.text)
          : docCheckText(services.documents.get(input.id!).content);
      return services.check.check(source, input.minRun);
    },
    async getCheckProgress() {
      return services.check.progress();
    },
  };
}
