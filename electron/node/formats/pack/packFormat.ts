// The library pack (.qwpack): a zip holding manifest.json and, per source, its original file and a
// JSON of its rows. Entry names are made here from validated source ids, never taken from a pack.
//
//   manifest.json                       format, formatVersion, appVersion, createdAt, the sources
//   sources/<sourceId>/original.<ext>   the file as it was imported (raw text as .txt for old sources)
//   sources/<sourceId>/rows.json        the source's rows, table by table, every column (packSchemas)
//
// The format version changes only when an older reader would misread a pack; a column or an entry
// added later is carried by the generic rows or ignored by older readers, without a new version.

import { IMPORT_FILE_MAX } from '../../../shared/api/apiLimits';

export const PACK_FORMAT = 'qianwan-library-pack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_MANIFEST_ENTRY = 'manifest.json';

/** What a whole pack may unpack to: far above 20 MB of compressed text, far below a zip bomb. */
export const PACK_UNPACKED_MAX = 256 * 1024 * 1024;
/** One source's rows.json: its raw text, passages and report (a 20 MB file of text is about 60 MB here). */
export const PACK_ROWS_MAX = 96 * 1024 * 1024;
export const PACK_MANIFEST_MAX = 4 * 1024 * 1024;
/** One original file: the largest file an import accepts. */
export const PACK_ORIGINAL_MAX = IMPORT_FILE_MAX;

/** The extension an original is stored under, by the format the library recorded for it. */
const ORIGINAL_EXTENSIONS: Record<string, string> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  mhtml: 'mhtml',
  docx: 'docx',
  doc: 'doc',
  pdf: 'pdf',
};

export function originalEntry(sourceId: string, format: string): string {
  return `sources/${sourceId}/original.${ORIGINAL_EXTENSIONS[format] ?? 'bin'}`;
}

export function rowsEntry(sourceId: string): string {
  return `sources/${sourceId}/rows.json`;
}
