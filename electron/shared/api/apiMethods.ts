// The contract's method names as plain data (no zod), for the preload bundle and transports.
// apiSchemas.ts checks at compile time that this list and the schemas name the same methods.
export const API_METHOD_NAMES = [
  'getAppInfo',
  'listDocuments',
  'listTrash',
  'createDocument',
  'getDocument',
  'saveDocument',
  'closeDocument',
  'renameDocument',
  'setDocumentOptions',
  'trashDocument',
  'restoreDocument',
  'deleteDocumentForever',
  'listRevisions',
  'searchLibrary',
  'getPassages',
  'previewImport',
  'getImportJob',
  'commitImport',
  'cancelImport',
  'listSources',
  'getSource',
  'getPassageContext',
  'updatePassage',
  'deleteSource',
  'getLibraryFacets',
  'listPassageNotes',
  'setPassageNote',
  'relatedPassages',
] as const;

export type ApiMethodName = (typeof API_METHOD_NAMES)[number];
