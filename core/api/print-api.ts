import { z } from 'zod';
import { printoutSchema } from '../archive/document-entry';
import { idSchema } from '../schemas/common';
import { longJob } from './method';

/**
 * Every print is an archive document (DESIGN §8): each page stamped with its verification code, and the print recorded
 * in the document register (documents.*).
 */
export const printApi = {
  /** An order (наказ) with the school's header, its items and the director's signature block. */
  'print.order': longJob('documents.print', z.object({ id: idSchema }), printoutSchema),
  /** The list of a class's students on a date (today by default), with counts by sex. */
  'print.classList': longJob('documents.print', z.object({ id: idSchema, date: z.iso.date().optional() }), printoutSchema, { scoped: true }),
  /** The alphabet book: every personal file number ever issued, with entry and leaving dates. */
  'print.alphabetBook': longJob('documents.print', z.object({}), printoutSchema),
  /** The orders register of an academic year: every order with the students it moved. */
  'print.ordersRegister': longJob('documents.print', z.object({ academicYearId: idSchema }), printoutSchema),
  /**
   * The class annual ledger: students × subjects (period, year and exam grades), attendance totals, the decision and its
   * order. A class teacher prints their own class's (DESIGN §9).
   */
  'print.classLedger': longJob('documents.print', z.object({ classId: idSchema }), printoutSchema, { scoped: true }),
  /** The personal file of a student (a graduate or a leaver): data, documents, guardians, class history, year grades. */
  'print.personalFile': longJob('documents.print', z.object({ studentId: idSchema }), printoutSchema),
  /** The teaching-load report of a year: teacher × class × subject × hours a week, with totals. */
  'print.teachingLoad': longJob('documents.print', z.object({ academicYearId: idSchema }), printoutSchema),
};
