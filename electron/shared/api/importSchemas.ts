import { z } from 'zod';
import { SOURCE_KINDS } from '../library/sourceKinds';
import { apiErrorSchema } from './apiErrorSchema';
import { passageFlagSchema } from './librarySchemas';

// Importing one's own sources (来源 → 导入) as the contract returns it; apiTypes.ts derives the types.

export const importPreviewSchema = z
  .object({
    index: z.number().int(),
    /** The file's place in the import (for keepTraditional), which a build's order of sources is not. */
    fileIndex: z.number().int(),
    fileName: z.string(),
    title: z.string(),
    site: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    works: z.array(z.object({ title: z.string(), passages: z.number().int() }).strict()),
    /** The first passages as they would be stored, for the writer to check. */
    samplePassages: z.array(
      z.object({ text: z.string(), kind: z.string(), themes: z.array(z.string()), incomplete: z.boolean(), flags: z.array(passageFlagSchema) }).strict(),
    ),
    /** Passages already present in the library (they are linked, not stored twice). */
    alreadyInLibrary: z.number().int(),
    /** Facts the file states beyond the editable ones (an author, a newspaper's page …). */
    author: z.string().nullable(),
    /** When every passage of the file is already in the library or in an earlier file of the batch: where. */
    duplicateOf: z.string().nullable(),
    /** The very same file was imported before: saving stores nothing of it again. */
    alreadyImported: z.boolean(),
    /** The kind its facts and text suggest (guessSourceKind); the writer may choose another. */
    kind: z.enum(SOURCE_KINDS),
    /** The page is written mostly in traditional characters, and whether its passages were converted to simplified ones. */
    traditional: z.boolean(),
    simplified: z.boolean(),
    /** How a web page's text was found: WeChat's body, the article finder, or the whole page. */
    extraction: z.enum(['wechat', 'article', 'page']).nullable(),
  })
  .strict();

/** A batch being staged: its id and what it holds so far. */
export const stagedImportSchema = z.object({ jobId: z.string(), files: z.number().int(), bytes: z.number().int() }).strict();

export const importStatsSchema = z
  .object({
    works: z.number().int(),
    passages: z.number().int(),
    linesRemoved: z.number().int(),
    chunksRejoined: z.number().int(),
    duplicatesMerged: z.number().int(),
    incomplete: z.number().int(),
  })
  .strict();

export const importJobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['staged', 'running', 'ready', 'failed', 'committed', 'cancelled']),
    /** 0..1 */
    progress: z.number(),
    step: z.enum(['read', 'clean', 'done']),
    fileIndex: z.number().int(),
    fileCount: z.number().int(),
    error: apiErrorSchema.nullable(),
    previews: z.array(importPreviewSchema).nullable(),
    stats: importStatsSchema.nullable(),
    /** Files that were not imported while the others were, each with why. */
    refused: z.array(z.object({ fileName: z.string(), error: apiErrorSchema }).strict()),
  })
  .strict();

const titled = z.object({ id: z.string(), title: z.string() }).strict();

export const importSummarySchema = importStatsSchema
  .extend({
    sources: z.array(titled),
    /** Files that had been imported before: nothing of them was stored again. */
    alreadyImported: z.array(titled),
  })
  .strict();
