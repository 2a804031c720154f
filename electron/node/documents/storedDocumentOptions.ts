import { z } from 'zod';
import { CITATION_EDITIONS, NOTE_STYLES } from '../../shared/citations/citationStyles';

/** documents.options as stored: every field optional (older rows lack the newer ones; defaults fill them). */
export const storedDocumentOptions = z.object({
  notes: z.enum(NOTE_STYLES).optional(),
  edition: z.enum(CITATION_EDITIONS).optional(),
  format: z.string().optional(),
  references: z.boolean().optional(),
  wordGoal: z.number().nullable().optional(),
  templateId: z.string().nullable().optional(),
});
