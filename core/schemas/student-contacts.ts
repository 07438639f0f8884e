import { z } from 'zod';
import { idSchema } from './common';
import { studentCardSchema } from './student';

/** What a class teacher may change on a card of their own class (DESIGN §9): contacts, guardians, social and medical. */
export const studentContactsSchema = studentCardSchema.pick({
  registeredAddress: true,
  actualAddress: true,
  phone: true,
  email: true,
  guardians: true,
  socialStatus: true,
  specialNeeds: true,
  medicalNotes: true,
});
export type StudentContacts = z.infer<typeof studentContactsSchema>;

/** A student as a subject teacher sees them: the name and the class, nothing of the card. */
export const nameOnlyRowSchema = z.object({
  id: idSchema,
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  classId: idSchema,
  className: z.string(),
});
export type NameOnlyRow = z.infer<typeof nameOnlyRowSchema>;
