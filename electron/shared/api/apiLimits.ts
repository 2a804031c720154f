// Input limits shared by the schemas (enforced at the boundary) and the UI (shown as maxLength).
export const TITLE_MAX = 200;
export const QUERY_MAX = 500;
/** A saved document's JSON; generous for 100,000-character drafts with markup. */
export const DOC_JSON_MAX = 8 * 1024 * 1024;
