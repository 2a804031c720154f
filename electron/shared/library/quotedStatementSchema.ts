import { z } from 'zod';

/**
 * A statement quoted inside a passage (“……” after 总书记指出, 习近平同志说, 《…》强调 …) or a document
 * title (《…》) it names. Citing one of them cites the original when the library has it, and is a
 * 转引 (secondary citation) otherwise.
 */
export const quotedStatementSchema = z
  .object({
    type: z.enum(['statement', 'title']),
    /** The quoted words, or the title without its 《》. */
    text: z.string(),
    /** Offsets of `text` in the passage. */
    start: z.number().int(),
    end: z.number().int(),
    /** Who said it, when the passage names them (习近平, 陈文胜); null when unnamed or masked ("A总书记"). */
    speaker: z.string().nullable(),
    /** 总书记, 同志 … as the passage calls the speaker. */
    role: z.string().nullable(),
    /** The verb that introduces it (指出, 强调, 说 …), '' when the quotation follows the speaker directly. */
    cue: z.string(),
    /** The document it is quoted from, when the passage names it in 《》 right before. */
    title: z.string().nullable(),
  })
  .strict();
