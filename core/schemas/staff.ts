import { z } from 'zod';
import { addressSchema, dateTextSchema, longText, sexSchema, shortText } from './common';
import { acknowledgementSchema, maxAcknowledgements } from './student';

export const qualificationCategorySchema = z.enum(['specialist', 'second', 'first', 'highest']);

/** The staff card as the secretary / HR edits it. Structure only; content is judged by core/rules. */
export const staffCardSchema = z.object({
  lastName: shortText,
  firstName: shortText,
  middleName: shortText.optional(),
  birthDate: dateTextSchema,
  sex: sexSchema.optional(),
  /** RNOKPP: required in UA. */
  taxId: shortText.optional(),
  /** Personal identification number (KG). */
  pin: shortText.optional(),
  citizenship: shortText.optional(),
  phone: shortText.optional(),
  email: shortText.optional(),
  address: addressSchema.default({}),
  position: shortText.default(''),
  hiredOn: dateTextSchema.optional(),
  dismissedOn: dateTextSchema.optional(),
  /** Share of a full-time rate, e.g. 1, 0.5, 1.25. */
  rate: z.number().min(0).max(3).optional(),
  education: longText.optional(),
  qualificationCategory: qualificationCategorySchema.optional(),
  notes: longText.optional(),
  acknowledgements: z.array(acknowledgementSchema).max(maxAcknowledgements).default([]),
});
export type StaffCard = z.infer<typeof staffCardSchema>;
export type StaffCardInput = z.input<typeof staffCardSchema>;
