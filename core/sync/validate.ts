import { z } from 'zod';
import { cardTypeSchema } from './card-report';

/** Body of POST /api/v1/validate: one card, checked like a pushed one and not stored. */
export const validateBodySchema = z.object({ type: cardTypeSchema, id: z.uuid().optional(), data: z.unknown() });
export type ValidateBody = z.infer<typeof validateBodySchema>;
