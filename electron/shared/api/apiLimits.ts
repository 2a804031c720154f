// Input limits shared by the schemas (enforced at the boundary) and the UI (shown as maxLength).
export const TITLE_MAX = 200;
export const QUERY_MAX = 500;
/** A saved document's JSON; generous for 100,000-character drafts with markup. */
export const DOC_JSON_MAX = 8 * 1024 * 1024;
/**
 * Nesting of a document's nodes (a list in a quotation in a list …). Far past what anyone writes, and
 * far below where walking the JSON recursively (JSON.stringify, the schema) would overflow the stack.
 */
export const DOC_DEPTH_MAX = 100;
/** Top-level blocks of a saved document (paragraphs, headings, quotations, lists). */
export const DOC_BLOCKS_MAX = 100_000;
/** Largest file a user can import (the same limit as opening a draft). */
export const IMPORT_FILE_MAX = 20 * 1024 * 1024;
/** Base64 grows data by 4/3. */
export const IMPORT_BASE64_MAX = Math.ceil(IMPORT_FILE_MAX / 3) * 4;
/** Files in one request; a batch (a folder) is sent in several. */
export const IMPORT_FILES_MAX = 20;
/** Files and bytes one import batch may stage before it is read. */
export const IMPORT_BATCH_FILES_MAX = 500;
export const IMPORT_BATCH_BYTES_MAX = 300 * 1024 * 1024;
export const PASSAGE_TEXT_MAX = 5000;
/**
 * Largest library pack (.qwpack) the app writes or reads: the same 20 MB as any imported file, so a
 * pack in base64 (about 27 MB) fits the browser host's 32 MB request limit.
 */
export const PACK_FILE_MAX = IMPORT_FILE_MAX;
/** Sources in one pack: far above a unit's 学习材料包, and it bounds the pack's manifest. */
export const PACK_SOURCES_MAX = 2000;
