import type { z } from 'zod';
import type {
  checkBlockKindSchema,
  checkParagraphSchema,
  checkPassageSchema,
  checkProgressSchema,
  checkResultSchema,
  checkSourceShareSchema,
  checkSpanSchema,
  checkStatusSchema,
} from './checkSchemas';

// The check's types, derived from its schemas (checkSchemas.ts): imported as types only, so the
// renderer's bundle carries no schema.

/** standard (规范表述), quoted and adapted (cited), or uncited. */
export type CheckStatus = z.infer<typeof checkStatusSchema>;
export type CheckSpan = z.infer<typeof checkSpanSchema>;
export type CheckSourceShare = z.infer<typeof checkSourceShareSchema>;
export type CheckParagraph = z.infer<typeof checkParagraphSchema>;
export type CheckBlockKind = z.infer<typeof checkBlockKindSchema>;
export type CheckPassage = z.infer<typeof checkPassageSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type CheckProgress = z.infer<typeof checkProgressSchema>;
