import { z } from 'zod';
import { API_ERROR_CODES } from './ApiError';

/** An error as data (ApiErrorPayload): its code and what it names. */
export const apiErrorSchema = z
  .object({
    code: z.enum(API_ERROR_CODES),
    detail: z.union([z.string(), z.number(), z.record(z.string(), z.union([z.string(), z.number()]))]).optional(),
  })
  .strict();
