import { z } from 'zod';
import { addressSchema, dateTextSchema, longText, sexSchema, shortText } from './common';

export const documentTypeSchema = z.enum(['birth_certificate', 'passport', 'id_card', 'foreign_document']);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const identityDocumentSchema = z.object({
  type: documentTypeSchema,
  series: shortText.optional(),
  number: shortText,
  issuedOn: dateTextSchema.optional(),
  issuer: shortText.optional(),
});
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export const guardianRelationSchema = z.enum(['mother', 'father', 'guardian', 'grandparent', 'other']);

export const guardianSchema = z.object({
  relation: guardianRelationSchema,
  lastName: shortText,
  firstName: shortText,
  middleName: shortText.optional(),
  phone: shortText.optional(),
  email: shortText.optional(),
  address: shortText.optional(),
  work: shortText.optional(),
});
export type Guardian = z.infer<typeof guardianSchema>;

export const educationFormSchema = z.enum(['full_time', 'distance', 'family', 'external', 'individual', 'home']);
export type EducationForm = z.infer<typeof educationFormSchema>;

export const socialStatusSchema = z.enum([
  'orphan',
  'without_parental_care',
  'large_family',
  'low_income',
  'disability',
  'internally_displaced',
  'child_of_combatant',
  'chornobyl_affected',
]);
export type SocialStatus = z.infer<typeof socialStatusSchema>;

/**
 * Most acknowledged warnings on one card: one per warning rule and field, far above what the catalogue can raise on
 * a card of at most 10 documents and 10 guardians.
 */
export const maxAcknowledgements = 200;

/** A warning the secretary confirmed as valid, with a note that travels to the server. */
export const acknowledgementSchema = z.object({
  code: z.string().max(100),
  field: z.string().max(200).optional(),
  note: z.string().min(1).max(1000),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** The student card as the secretary edits it. Structure only; content is judged by core/rules. */
export const studentCardSchema = z.object({
  lastName: shortText,
  firstName: shortText,
  middleName: shortText.optional(),
  birthDate: dateTextSchema,
  sex: sexSchema.optional(),
  citizenship: shortText.optional(),
  documents: z.array(identityDocumentSchema).max(10).default([]),
  /** RNOKPP (UA). */
  taxId: shortText.optional(),
  /** Unique record number in the UA demographic register. */
  unzr: shortText.optional(),
  /** Personal identification number (KG). */
  pin: shortText.optional(),
  /** "В/13": letter of the alphabet book and number within that letter. */
  personalFileNumber: shortText.optional(),
  registeredAddress: addressSchema.default({}),
  actualAddress: addressSchema.default({}),
  phone: shortText.optional(),
  email: shortText.optional(),
  guardians: z.array(guardianSchema).max(10).default([]),
  educationForm: educationFormSchema.default('full_time'),
  specialNeeds: longText.optional(),
  /** Each status at most once, so no more entries than statuses. */
  socialStatus: z.array(socialStatusSchema).max(socialStatusSchema.options.length).default([]),
  medicalNotes: longText.optional(),
  previousEducation: longText.optional(),
  /** Photo as a data: URL (JPEG/PNG), at most ~300 KB. */
  photo: z.string().max(400_000).regex(/^data:image\/(jpeg|png);base64,/).optional(),
  notes: longText.optional(),
  acknowledgements: z.array(acknowledgementSchema).max(maxAcknowledgements).default([]),
});
export type StudentCard = z.infer<typeof studentCardSchema>;
export type StudentCardInput = z.input<typeof studentCardSchema>;
