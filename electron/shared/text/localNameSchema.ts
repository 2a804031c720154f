import { z } from 'zod';
import { PLACE_LEVELS } from './placeLevels';

/**
 * A place name or a mask in a passage that a writer from another unit would change (本地化):
 * "苏家坨镇", "海淀", "XX镇" (see detectLocalNames).
 */
export const localNameSchema = z
  .object({
    text: z.string(),
    kind: z.enum(['place', 'mask']),
    /** The division it names; null for a mask without a suffix (XX, 某某). */
    level: z.enum(PLACE_LEVELS).nullable(),
    /** Where it occurs in the passage (UTF-16 offsets), first occurrence first. */
    positions: z.array(z.number().int()),
  })
  .strict();
