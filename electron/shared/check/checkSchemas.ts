import { z } from 'zod';

// What the check (查重/引用核查) returns, as the contract sends it; checkTypes.ts derives the types.

/**
 * standard formulation (规范表述: a 提法 of the list, or a run many independent works share; never
 * counted as borrowed), cited quotation (inside a quoted mark whose passage is cited), cited adaptation (adapted mark,
 * cited), or uncited.
 */
export const checkStatusSchema = z.enum(['quoted', 'adapted', 'uncited', 'standard']);

export const checkSpanSchema = z
  .object({
    /** Offsets into the document's plain text (docPlainText), [start, end). */
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    passageId: z.string(),
    sourceId: z.string().nullable(),
    sourceTitle: z.string(),
    /** The words are in another of the user's documents (passageId is then that document's id). */
    fromDocument: z.boolean(),
    cited: z.boolean(),
    /** A standard formulation (status 'standard'): shown grey, in neither ratio's borrowed part. */
    standard: z.boolean(),
    status: checkStatusSchema,
    /** Where the span's words are in the passage's text, [passageFrom, passageTo). */
    passageFrom: z.number().int(),
    passageTo: z.number().int(),
    /** Normalised characters (Chinese characters, letters, digits) in the span. */
    chars: z.number().int(),
  })
  .strict();

export const checkSourceShareSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** Share of the document's normalised characters borrowed from this source. */
    ratio: z.number(),
    chars: z.number().int(),
    /** chars = citedChars + uncitedChars. */
    citedChars: z.number().int(),
    uncitedChars: z.number().int(),
    passages: z.number().int(),
  })
  .strict();

export const checkBlockKindSchema = z.enum(['heading', 'paragraph', 'quote', 'list']);

export const checkParagraphSchema = z
  .object({
    /** 0-based line of the plain text. */
    index: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    kind: checkBlockKindSchema,
    /** The line's first characters, to name it in the report. */
    excerpt: z.string(),
    chars: z.number().int(),
    /** borrowed = cited + uncited; standard formulations are apart. */
    borrowed: z.number().int(),
    cited: z.number().int(),
    uncited: z.number().int(),
    standard: z.number().int(),
    ratio: z.number(),
  })
  .strict();

export const checkPassageSchema = z
  .object({
    id: z.string(),
    /** For another of the user's documents: its plain text. */
    text: z.string(),
    fromDocument: z.boolean().optional(),
    sourceId: z.string().nullable(),
    sourceTitle: z.string(),
    workTitle: z.string(),
  })
  .strict();

export const checkResultSchema = z
  .object({
    minRun: z.number().int(),
    /** Normalised characters in the document. */
    chars: z.number().int(),
    /** Borrowed characters: cited (quotations and adaptations) plus uncited; never standard formulations. */
    borrowedChars: z.number().int(),
    citedChars: z.number().int(),
    uncitedChars: z.number().int(),
    /** Characters of standard formulations (规范表述). */
    standardChars: z.number().int(),
    /** 总文字复制比: borrowed share of the whole text. */
    totalRatio: z.number(),
    /** 去除引用复制比: uncitedChars / chars — without what is cited (quotations and adaptations) and without standard formulations. */
    uncitedRatio: z.number(),
    /** The writer's own words: 1 − totalRatio. */
    ownRatio: z.number(),
    /** The longest borrowed run, in normalised characters, and where it is. */
    longestRun: z.object({ chars: z.number().int(), start: z.number().int(), end: z.number().int(), passageId: z.string() }).strict().nullable(),
    spans: z.array(checkSpanSchema),
    sources: z.array(checkSourceShareSchema),
    paragraphs: z.array(checkParagraphSchema),
    /** The passages the spans name. */
    passages: z.array(checkPassageSchema),
    /** Passages compared against. */
    libraryPassages: z.number().int(),
    ms: z.number(),
  })
  .strict();

export const checkProgressSchema = z
  .object({
    state: z.enum(['idle', 'indexing', 'checking']),
    /** 0..1 */
    progress: z.number(),
  })
  .strict();
