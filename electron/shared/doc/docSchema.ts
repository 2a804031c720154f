import { z } from 'zod';
import { API_ERROR_PARAM } from '../api/ApiError';
import { DOC_BLOCKS_MAX, DOC_DEPTH_MAX } from '../api/apiLimits';
import { docDepth } from './docDepth';
import type { BlockNode, DocNode, InlineNode, ListItemNode, Mark } from './docTypes';
import { documentSizeProblem } from './documentSizeProblem';

// The document's stored form, as docTypes.ts describes it, checked wherever a document comes from
// outside (the API's createDocument, saveDocument, runCheck): the node types and mark types the
// editor and the exporters know, nothing else (an unknown node was stored and then opened blank).
// Unknown attributes are dropped; ids and notes are bounded. A refusal is data: an unknown type is a
// discriminator issue naming the types allowed, a document too deep or too large carries its error
// code (API_ERROR_PARAM), which validateInput turns into that ApiError.

const passageId = z.string().max(256);

const markSchema: z.ZodType<Mark> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bold') }),
    z.object({ type: z.literal('italic') }),
    z.object({ type: z.literal('underline') }),
    z.object({ type: z.literal('quoted'), attrs: z.object({ passageId }) }),
    z.object({ type: z.literal('adapted'), attrs: z.object({ passageId }) }),
  ],
);
const marks = z.array(markSchema).max(16).optional();

const inlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion(
  'type',
  [
    // ProseMirror refuses an empty text node: a document holding one would open blank.
    z.object({ type: z.literal('text'), text: z.string().min(1), marks }),
    z.object({
      type: z.literal('citation'),
      attrs: z.object({
        passageId,
        kind: z.enum(['quote', 'adaptation', 'seeAlso']),
        citedOn: z.string().max(40).nullable().optional(),
        note: z.string().max(20_000).nullable().optional(),
        // A statement quoted inside the passage that is cited (转引 unless the original is in the library).
        statement: z.string().max(2_000).nullable().optional(),
      }),
      marks,
    }),
    z.object({ type: z.literal('hardBreak'), marks }),
  ],
);
const inlineContent = z.array(inlineSchema).optional();

// z.lazy calls its getter on every parse: the unions are built once, and the lazy schemas return them
// (built inside the getter, a 90,000-paragraph document took 8 s to check).
const blockSchema: z.ZodType<BlockNode> = z.lazy(() => blockUnion);
const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() => listItemObject);

const blockUnion: z.ZodType<BlockNode> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('paragraph'), content: inlineContent }),
    z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(1), z.literal(2)]) }), content: inlineContent }),
    z.object({ type: z.literal('blockquote'), content: z.array(blockSchema).min(1) }),
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).max(999_999_999).optional(), type: z.string().max(8).nullable().optional() }).optional(),
      content: z.array(listItemSchema).min(1),
    }),
  ],
);
const listItemObject: z.ZodType<ListItemNode> = z.object({ type: z.literal('listItem'), content: z.array(blockSchema).min(1) });

/** The node and mark types alone (a stored document is read against this: readStoredDoc). */
export const docNodeSchema: z.ZodType<DocNode> = z.object({ type: z.literal('doc'), content: z.array(blockSchema).max(DOC_BLOCKS_MAX) });

/**
 * A document from outside: its depth checked first, without recursion (DOC_DEPTH_MAX), then the one
 * size limit every document keeps (documentSizeProblem, which serialises it: safe once the depth is
 * known), then its node and mark types.
 */
export const docSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (docDepth(value, DOC_DEPTH_MAX) > DOC_DEPTH_MAX) {
      ctx.addIssue({ code: 'custom', message: 'document_too_deep', params: { [API_ERROR_PARAM]: 'document_too_deep', detail: DOC_DEPTH_MAX }, fatal: true });
      return;
    }
    const problem = typeof value === 'object' && value !== null ? documentSizeProblem(value) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: 'document_too_large', params: { [API_ERROR_PARAM]: 'document_too_large', detail: problem }, fatal: true });
  })
  .pipe(docNodeSchema);
