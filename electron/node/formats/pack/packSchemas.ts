import { z } from 'zod';
import { PACK_SOURCES_MAX } from '../../../shared/api/apiLimits';
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_ORIGINAL_MAX, PACK_ROWS_MAX } from './packFormat';

// Everything read from a pack is checked here before the library sees it. A row is written
// generically (every column of its table, so columns added by later migrations travel without
// changing the pack code); the columns the app itself reads are checked for their type, the others
// only for being a bounded SQLite value.

/** Columns a row may have: above any table of user.db. */
const COLUMNS_MAX = 64;
/** One cell: the raw text of a 20 MB file is the longest. */
const CELL_MAX = PACK_ROWS_MAX;

/** A BLOB column's value, which JSON cannot hold as such. */
export const blobCell = z.object({ base64: z.string().max(CELL_MAX) }).strict();
export const packCell = z.union([z.string().max(CELL_MAX), z.number().finite(), z.null(), blobCell]);
export type PackCell = z.infer<typeof packCell>;
export type PackRow = Record<string, PackCell>;

const columnName = /^[a-z][a-z0-9_]{0,63}$/;

/** A row: the given columns checked, any other column a bounded SQLite value with a plain name. */
function row<T extends z.ZodRawShape>(shape: T) {
  return z
    .object(shape)
    .catchall(packCell)
    .superRefine((r, ctx) => {
      const keys = Object.keys(r);
      if (keys.length > COLUMNS_MAX) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `more than ${COLUMNS_MAX} columns` });
      const bad = keys.find((k) => !columnName.test(k));
      if (bad !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `column name ${JSON.stringify(bad.slice(0, 40))}` });
    });
}

const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Own sources have ids of their own, prefixed 'u' (OwnSourcesService). */
export const ownSourceId = z.string().regex(/^u[A-Za-z0-9_-]{1,63}$/);
const count = z.number().int().min(0).max(10_000_000);
const offset = z.number().int().min(0).max(2 ** 31);
const text = (max: number) => z.string().max(max);
const nullableText = (max: number) => z.string().max(max).nullable().optional();

/** themes, rules and flags are JSON arrays of strings, parsed wherever a passage is shown. */
const jsonStrings = z
  .string()
  .max(100_000)
  .refine((s) => {
    try {
      const v: unknown = JSON.parse(s);
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    } catch {
      return false;
    }
  }, 'not a JSON array of strings');

export const sourceRow = row({
  id: ownSourceId,
  file_name: text(1000),
  title: z.string().min(1).max(1000),
  site: nullableText(1000),
  date: nullableText(100),
  url: nullableText(4000),
  doc_number: nullableText(1000),
  pages: z.number().int().min(0).max(1_000_000).nullable().optional(),
  author: nullableText(1000),
  raw_text: text(CELL_MAX),
});

export const workRow = row({ id: rowId, source_id: ownSourceId, ord: count, title: text(1000) });

export const passageRow = row({
  id: rowId,
  text: z.string().min(1).max(100_000),
  heading: nullableText(1000),
  kind: z.string().min(1).max(20),
  themes: jsonStrings,
  rules: jsonStrings,
  incomplete: z.union([z.literal(0), z.literal(1)]),
  work_id: rowId,
  /** Set when the writer corrected the text: the pipeline's text, kept beside the correction. */
  original_text: z.string().min(1).max(100_000).nullable().optional(),
  /** What the cleaning could not mend (user.db migration 12); parsed wherever a passage is shown. A pack from before has none. */
  flags: jsonStrings.optional(),
});

export const occurrenceRow = row({ passage_id: rowId, source_id: ownSourceId, work_id: rowId, ord: count, start: offset, end: offset });

export const reportRow = row({ source_id: ownSourceId, step: text(100), action: text(100), before: nullableText(CELL_MAX), after: nullableText(CELL_MAX) });

/**
 * One source's rows.json: its row in sources, its works, the passages its occurrences name (those
 * the exporting machine's shipped library holds too, so a pack reads the same on a machine with
 * another library), its occurrences and its cleaning report. Tables a later version adds are ignored.
 */
export const packRows = z.object({
  sources: z.array(sourceRow).length(1),
  works: z.array(workRow).max(100_000),
  passages: z.array(passageRow).max(1_000_000),
  occurrences: z.array(occurrenceRow).max(1_000_000),
  report: z.array(reportRow).max(1_000_000),
});
export type PackRows = z.infer<typeof packRows>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

// Manifest objects drop fields they do not know (not strict): a later version may add one that an
// older reader can do without, and only a change it would misread raises the format version.
export const packManifestSource = z.object({
  id: ownSourceId,
  title: z.string().min(1).max(1000),
  works: count,
  passages: count,
  corrections: count,
  original: z.object({
    /** The format the library recorded (SourceFormat); unknown ones are stored as they are. */
    format: z.string().regex(/^[a-z0-9]{1,16}$/),
    size: z.number().int().min(0).max(PACK_ORIGINAL_MAX),
    sha256,
    /** The source predates kept originals: this is its raw text as UTF-8, not a file it came from. */
    fromRawText: z.boolean(),
  }),
  rows: z.object({ size: z.number().int().min(2).max(PACK_ROWS_MAX), sha256 }),
});
export type PackManifestSource = z.infer<typeof packManifestSource>;

/** Just enough of a manifest to tell a pack of a newer format, whose other fields may differ. */
export const packManifestHead = z.object({ format: z.literal(PACK_FORMAT), formatVersion: z.number().int().min(1) });

export const packManifest = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().min(1).max(PACK_FORMAT_VERSION),
  appVersion: z.string().min(1).max(40),
  createdAt: z.string().datetime(),
  sources: z.array(packManifestSource).min(1).max(PACK_SOURCES_MAX),
});
export type PackManifest = z.infer<typeof packManifest>;
