import { z } from 'zod';
import { isTimeZone } from '../time/local-date';
import { addressSchema, countrySchema, shortText } from './common';

export const schoolSchema = z.object({
  /** EDRPOU (UA, 8 digits) or the national school code (KG). */
  code: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(300),
  country: countrySchema.default('UA'),
  region: shortText.default(''),
  district: shortText.default(''),
  address: addressSchema.default({}),
  director: shortText.default(''),
  /** Grade whose students graduate: 11, or 12 where the school is configured so. */
  finalGrade: z.union([z.literal(11), z.literal(12)]).default(11),
  /** IANA time zone of the school when it is not its country's (Europe/Kyiv for UA, Asia/Bishkek for KG). */
  timeZone: z.string().trim().max(64).refine(isTimeZone, 'unknown time zone').optional(),
  /**
   * The language of instruction of a Kyrgyz school, which its documents are written in (DESIGN §8): Russian unless set
   * to Kyrgyz. A Ukrainian school teaches and prints in Ukrainian.
   */
  instructionLanguage: z.enum(['ru', 'ky']).optional(),
});
export type School = z.infer<typeof schoolSchema>;
export type SchoolInput = z.input<typeof schoolSchema>;

/**
 * The school's details as the office edits them after setup: a Ukrainian school's code is its EDRPOU, eight digits,
 * and the director is named, since every printed document carries the director's signature block.
 */
export const schoolDetailsSchema = schoolSchema.superRefine((school, ctx) => {
  if (school.country === 'UA' && !/^\d{8}$/.test(school.code)) ctx.addIssue({ code: 'custom', path: ['code'], message: 'EDRPOU is 8 digits' });
  if (!school.director.trim()) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['director'], message: 'required' });
});
