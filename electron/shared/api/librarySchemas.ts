import { z } from 'zod';
import { quotedStatementSchema } from '../library/quotedStatementSchema';
import { sourceBibliographySchema } from '../library/sourceBibliographySchema';
import { SOURCE_KINDS } from '../library/sourceKinds';
import { localNameSchema } from '../text/localNameSchema';

// The library (passages, sources, notes, 本地化, 规范表述) as the contract returns it; apiTypes.ts derives the types.

const highlights = z.array(z.tuple([z.number().int(), z.number().int()]));

export const sourceInfoSchema = sourceBibliographySchema
  .extend({
    id: z.string(),
    title: z.string(),
    site: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    /** 权威文献 | 新闻报道 | 参考范文: decides whether a note is appropriate. */
    kind: z.enum(SOURCE_KINDS).optional(),
  })
  .strict();

/** A statement or title quoted inside a passage, with the original when the library holds it. */
export const passageQuoteSchema = quotedStatementSchema
  .extend({
    /**
     * A passage of a 权威文献 or 新闻报道 source that contains the statement (or the work the title
     * names): cite that instead of a 转引. Undefined when not looked up, null when not in the library.
     */
    original: z.object({ passageId: z.string(), workTitle: z.string(), source: sourceInfoSchema }).strict().nullable().optional(),
  })
  .strict();

/**
 * What the library build could not put right in a passage and the writer should check before quoting it:
 * a name masked or cut out that no other copy restored ('masked-name'), garbled text left out of it
 * ('mojibake-removed').
 */
export const passageFlagSchema = z.enum(['masked-name', 'mojibake-removed']);

export const passageInfoSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    workTitle: z.string(),
    heading: z.string().nullable(),
    sources: z.array(sourceInfoSchema),
    /** Statements quoted in the text (总书记指出“……”) and titles in 《》. */
    quotes: z.array(passageQuoteSchema).optional(),
  })
  .strict();

export const passageHitSchema = passageInfoSchema
  .extend({
    /** Character ranges in `text` that match the query, for highlighting. */
    highlights,
    kind: z.string(),
    themes: z.array(z.string()),
    /** From the user's own imported sources. */
    own: z.boolean(),
    flags: z.array(passageFlagSchema),
  })
  .strict();

export const searchResultSchema = z
  .object({
    /** Every matching passage, counted exactly. */
    total: z.number().int(),
    results: z.array(passageHitSchema),
  })
  .strict();

export const sourceSummarySchema = sourceInfoSchema
  .extend({
    own: z.boolean(),
    fileName: z.string(),
    works: z.number().int(),
    passages: z.number().int(),
  })
  .strict();

export const sourcePassageSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: z.string(),
    themes: z.array(z.string()),
    incomplete: z.boolean(),
    flags: z.array(passageFlagSchema),
    start: z.number().int(),
    end: z.number().int(),
    heading: z.string().nullable(),
    edited: z.boolean(),
    /** True when the text is stored among the user's own passages (it can be corrected). */
    editable: z.boolean(),
  })
  .strict();

export const sourceDetailSchema = sourceSummarySchema
  .extend({
    rawText: z.string(),
    workList: z.array(z.object({ id: z.string(), title: z.string(), passages: z.array(sourcePassageSchema) }).strict()),
  })
  .strict();

export const passageContextSchema = z
  .object({
    passage: passageInfoSchema
      .extend({ kind: z.string(), themes: z.array(z.string()), incomplete: z.boolean(), own: z.boolean(), flags: z.array(passageFlagSchema) })
      .strict(),
    /** Where it occurs: source, work and the span in the source's raw text. */
    occurrences: z.array(
      z.object({ sourceId: z.string(), sourceTitle: z.string(), workId: z.string(), workTitle: z.string(), start: z.number().int(), end: z.number().int() }).strict(),
    ),
    /** The passages of the first occurrence's work, in order, for reading it in context. */
    work: z.object({ id: z.string(), title: z.string(), passages: z.array(z.object({ id: z.string(), text: z.string() }).strict()) }).strict(),
  })
  .strict();

export const deleteSourceResultSchema = z
  .object({
    deleted: z.boolean(),
    /** Documents that cite passages only this source provides; set when confirmation is needed. */
    citedBy: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
  })
  .strict();

const counts = z.array(z.object({ name: z.string(), count: z.number().int() }).strict());

export const libraryFacetsSchema = z
  .object({
    themes: counts,
    kinds: counts,
    /** Passages by the kind of source they occur in (权威文献, 新闻报道, 参考范文). */
    sourceKinds: counts,
  })
  .strict();

export const passageNoteSchema = z.object({ passageId: z.string(), favourite: z.boolean(), note: z.string(), updatedAt: z.string() }).strict();

export const relatedPassageSchema = passageInfoSchema
  .extend({
    /** The key terms of the paragraph this passage shares. */
    terms: z.array(z.string()),
    flags: z.array(passageFlagSchema),
    highlights,
  })
  .strict();

/** A name 本地化 offers to replace, with what the writer's profile suggests for it. */
export const localSuggestionSchema = localNameSchema
  .extend({
    replacement: z.string(),
    /** The writer chose this replacement for this name before. */
    remembered: z.boolean(),
  })
  .strict();

/** 规范表述 the check knows: the shipped list (read-only here) and the writer's own. */
export const standardPhraseListsSchema = z.object({ shipped: z.array(z.string()), own: z.array(z.string()) }).strict();
