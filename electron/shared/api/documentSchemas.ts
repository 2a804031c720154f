import { z } from 'zod';
import { CITATION_EDITIONS, NOTE_STYLES } from '../citations/citationStyles';
import { docNodeSchema } from '../doc/docSchema';

// Documents as the contract returns them; apiTypes.ts derives the types.

export const documentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** ISO time it was moved to the trash, or null when it is live. */
    deletedAt: z.string().nullable(),
    wordCount: z.number().int(),
  })
  .strict();

export const documentOptionsSchema = z
  .object({
    /** ①② restarting each page, [1] footnotes, [1] endnotes, or 文中注 (see citationStyles). */
    notes: z.enum(NOTE_STYLES),
    /** The GB/T 7714 edition the references follow. */
    edition: z.enum(CITATION_EDITIONS),
    /** The layout (format profile id: material | official | plain | a unit's own) the document exports in. */
    format: z.string(),
    /** A 参考文献 list after the body. */
    references: z.boolean(),
    /** The 字数 the writer aims at (e.g. 1500, 3000); null when none is set. */
    wordGoal: z.number().int().nullable().optional(),
    /** The template the document was started from: its section guide stays available beside the text. */
    templateId: z.string().nullable().optional(),
  })
  .strict();

export const documentRecordSchema = documentSummarySchema
  .extend({
    /** The stored document (docSchema's node and mark types). */
    content: docNodeSchema,
    options: documentOptionsSchema,
    /** Increases by one on every save; lets a stale writer be detected. */
    version: z.number().int(),
  })
  .strict();

export const saveResultSchema = z.object({ id: z.string(), version: z.number().int(), updatedAt: z.string() }).strict();

export const revisionSummarySchema = z
  .object({
    id: z.number().int(),
    documentId: z.string(),
    /** before_restore: the text as it was when another revision was restored; restore: the restored text. */
    reason: z.enum(['create', 'open', 'close', 'interval', 'import', 'restore', 'before_restore']),
    createdAt: z.string(),
    wordCount: z.number().int(),
  })
  .strict();

export const revisionRecordSchema = revisionSummarySchema.extend({ title: z.string(), content: docNodeSchema }).strict();
