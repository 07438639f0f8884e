import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { longJob } from './method';

/** A printout made by the backend: the renderer saves or opens it as it is. */
export const printoutSchema = z.object({ fileName: z.string(), pdfBase64: z.string() });
export type Printout = z.infer<typeof printoutSchema>;

export const printApi = {
  /** An order (наказ) with the school's header, its items and the director's signature block. */
  'print.order': longJob('cards.read', z.object({ id: idSchema }), printoutSchema),
  /** The list of a class's students on a date (today by default), with counts by sex. */
  'print.classList': longJob('cards.read', z.object({ id: idSchema, date: z.iso.date().optional() }), printoutSchema),
  /** The alphabet book: every personal file number ever issued, with entry and leaving dates. */
  'print.alphabetBook': longJob('cards.read', z.object({}), printoutSchema),
};
