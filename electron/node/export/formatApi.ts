import type { QianwanApi } from '../../shared/api/QianwanApi';
import { FORMAT_PROFILE_FILE_EXTENSION, formatProfileFile } from '../../shared/export/formatProfileFile';
import type { Services } from '../api/createServices';
import { installedFonts } from './installedFonts';

type FormatMethods = 'listFormatProfiles' | 'createFormatProfile' | 'saveFormatProfile' | 'deleteFormatProfile' | 'setDefaultFormat' | 'exportFormatProfile' | 'importFormatProfile' | 'checkFonts';

/** Unit formats in the contract: list, copy, save, delete, the default, file export and import, and the fonts check. */
export function formatApi(services: Services): Pick<QianwanApi, FormatMethods> {
  const { formats } = services;
  return {
    async listFormatProfiles() {
      return { profiles: formats.list(), defaultId: formats.getDefault().id };
    },
    async createFormatProfile(input) {
      return formats.create(input.from, input.name);
    },
    async saveFormatProfile(input) {
      return formats.save(input.profile);
    },
    async deleteFormatProfile(input) {
      formats.delete(input.id);
    },
    async setDefaultFormat(input) {
      return formats.setDefault(input.id);
    },
    async exportFormatProfile(input) {
      const profile = formats.get(input.id);
      return { fileName: `${profile.name.replace(/[\\/:*?"<>|\s]+/g, '_')}${FORMAT_PROFILE_FILE_EXTENSION}`, text: formatProfileFile(profile) };
    },
    async importFormatProfile(input) {
      return formats.import(input.text);
    },
    async checkFonts(input) {
      const installed = installedFonts();
      return { checked: installed !== null, missing: services.exports.missingFonts(formats.get(input.id)) };
    },
  };
}
