import { z } from 'zod';
import { documentKindSchema } from './document-content';

/** The code as printed: four groups of four Crockford base32 characters. */
export const verificationCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

/** One printed document in the register (DESIGN §8): what was printed, when, by whom, and who signed it. */
export const documentEntrySchema = z.object({
  id: z.uuid(),
  code: verificationCodeSchema,
  kind: documentKindSchema,
  title: z.string(),
  fileName: z.string(),
  pages: z.number().int().min(1),
  /** SHA-256 (hex) of the content's canonical JSON: the same for a document and its reprints. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** `YYYY-MM-DD HH:MM`, the school's local time, as stamped on the pages. */
  printedAt: z.string(),
  printedBy: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** The entry this one reprints. */
  reprintOf: z.uuid().nullable(),
});
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

/** A printout made by the backend, with its register entry: the renderer saves or opens the PDF as it is. */
export const printoutSchema = z.object({ fileName: z.string(), pdfBase64: z.string(), document: documentEntrySchema });
export type Printout = z.infer<typeof printoutSchema>;
