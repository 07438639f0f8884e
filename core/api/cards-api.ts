import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { checkStatusSchema, issueSchema } from '../schemas/issue';
import { staffCardSchema } from '../schemas/staff';
import { studentCardSchema } from '../schemas/student';
import { nameOnlyRowSchema, studentContactsSchema } from '../schemas/student-contacts';
import { method } from './method';
import { cardStatusSchema } from '../sync/card-report';

/** Who changed a card last and whether it is waiting to be synced. */
export const cardMetaSchema = z.object({
  id: idSchema,
  /** Local version: increments on every save; a save must name the version it edited. */
  version: z.number().int(),
  rev: z.number().int().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  status: checkStatusSchema,
  issues: z.array(issueSchema),
  /** The central server's last verdict on the card; `current` once it judged the version stored here. */
  registry: z.object({ status: cardStatusSchema, checkedAt: z.string(), current: z.boolean(), issues: z.array(issueSchema) }).nullable(),
});
export type CardMeta = z.infer<typeof cardMetaSchema>;

export const listFilterSchema = z.object({
  /** Any part of a name or a document / tax number; case- and apostrophe-insensitive. */
  search: z.string().max(200).default(''),
  status: z.enum(['all', 'ok', 'warning', 'error']).default('all'),
  /** The central server's verdict; `unchecked`: never synced yet. */
  registry: z.enum(['all', ...cardStatusSchema.options, 'unchecked']).default('all'),
  /** Students who left the school (withdrawn, graduated) are listed only when asked for. */
  withLeft: z.boolean().default(false),
  sort: z.enum(['name', 'birthDate', 'class', 'status']).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});


export const studentRowSchema = z.object({
  id: idSchema,
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  birthDate: z.string(),
  className: z.string().nullable(),
  document: z.string(),
  status: checkStatusSchema,
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  registryStatus: cardStatusSchema.nullable(),
});
export type StudentRow = z.infer<typeof studentRowSchema>;

export const staffRowSchema = z.object({
  id: idSchema,
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  birthDate: z.string(),
  position: z.string(),
  taxId: z.string(),
  status: checkStatusSchema,
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  registryStatus: cardStatusSchema.nullable(),
});
export type StaffRow = z.infer<typeof staffRowSchema>;

const saveResult = z.object({ meta: cardMetaSchema });

/** Another live card holding a document, tax number, PIN or UNZR of the card being typed. */
export const duplicateCardSchema = z.object({
  id: idSchema,
  name: z.string().max(700),
  birthDate: z.string().max(40),
  /** A student's class today, a member of staff's position. */
  detail: z.string().max(200).nullable(),
  /** The field of the typed card the two share. */
  field: z.string().max(200),
});
export type DuplicateCard = z.infer<typeof duplicateCardSchema>;

/** The draft of a card, before it is saved: `id` for a saved card being edited (it is not its own duplicate). */
const draftOf = <T extends z.ZodType>(card: T) => z.object({ id: idSchema.optional(), card });
const duplicatesResult = z.object({ duplicates: z.array(duplicateCardSchema).max(50) });
const deleteInput = z.object({ id: idSchema, version: z.number().int() });

export const cardsApi = {
  /** A class teacher gets the students of their own classes only. */
  'students.list': method(
    'cards.read',
    listFilterSchema.extend({
      classId: idSchema.optional(),
      /** Only students in no class today: not enrolled yet (or left, with `withLeft`); for an enrollment order. */
      withoutClass: z.boolean().default(false),
    }),
    z.object({ rows: z.array(studentRowSchema), total: z.number().int() }),
    { scoped: true },
  ),
  'students.get': method(
    'cards.read',
    z.object({ id: idSchema }),
    z.object({ card: studentCardSchema, meta: cardMetaSchema, classId: idSchema.nullable() }),
    { scoped: true },
  ),
  /** Names and classes only, of the students of the classes the caller reaches (a subject teacher: their assignments'). */
  'students.names': method(
    'students.names',
    z.object({ classId: idSchema.optional(), search: z.string().max(200).default('') }),
    z.object({ rows: z.array(nameOnlyRowSchema).max(20_000) }),
    { scoped: true },
  ),
  /** A class teacher's edit of their own class's cards: contacts, guardians, social and medical; nothing else changes. */
  'students.saveContacts': method(
    'contacts.write',
    z.object({ id: idSchema, version: z.number().int(), contacts: studentContactsSchema }),
    saveResult,
    { scoped: true },
  ),
  /** Create (no id) or update. An invalid card is saved with its issues, never refused. */
  'students.save': method(
    'cards.write',
    z.object({
      id: idSchema.optional(),
      version: z.number().int().optional(),
      card: studentCardSchema,
      /** For a new card: the class of the current year to enrol the student in. */
      classId: idSchema.optional(),
    }),
    saveResult,
  ),
  /** The other cards holding a number of the draft: asked while typing, before a card (and its order) exists. */
  'students.duplicates': method('cards.read', draftOf(studentCardSchema), duplicatesResult),
  /** A card entered by mistake, no order naming it: a tombstone (synced, audited), within the mass-deletion rule. */
  'students.delete': method('cards.write', deleteInput, z.object({})),

  'staff.list': method('staff.read', listFilterSchema, z.object({ rows: z.array(staffRowSchema), total: z.number().int() })),
  'staff.get': method('staff.read', z.object({ id: idSchema }), z.object({ card: staffCardSchema, meta: cardMetaSchema })),
  'staff.save': method(
    'staff.write',
    z.object({ id: idSchema.optional(), version: z.number().int().optional(), card: staffCardSchema }),
    saveResult,
  ),
  'staff.duplicates': method('staff.read', draftOf(staffCardSchema), duplicatesResult),
  'staff.delete': method('staff.write', deleteInput, z.object({})),
};
