import { z } from 'zod';
import { archiveManifestSchema } from '../archive/archive-manifest';
import { documentKindSchema } from '../archive/document-content';
import { documentEntrySchema, printoutSchema } from '../archive/document-entry';
import { idSchema } from '../schemas/common';
import { longJob, method } from './method';

/**
 * The director's PKCS#12 file and its passphrase, for one signing: used in memory and forgotten, never stored or
 * logged. A certificate file is a few kilobytes; 256 KB of base64 leaves room for long chains.
 */
export const certificateInputSchema = z.object({
  p12Base64: z.base64().min(1).max(256 * 1024),
  passphrase: z.string().max(1024),
});
export type CertificateInput = z.infer<typeof certificateInputSchema>;

export const archiveApi = {
  /** The document register, newest first: title or code containing `search`, of one kind when given. */
  'documents.list': method(
    'documents.print',
    z.object({
      search: z.string().trim().max(200).optional(),
      kind: documentKindSchema.optional(),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    z.object({ documents: z.array(documentEntrySchema), total: z.number().int() }),
  ),
  /** Prints a registered document again: the same content, a new print time, user and code (a new register entry). */
  'documents.reprint': method('documents.print', z.object({ id: idSchema }), printoutSchema),
  /**
   * The registered document with the director's PAdES signature (DESIGN §8): the same pages, stamp and code as printed,
   * with a signature note under the signature block. Nothing of the certificate or passphrase is kept.
   */
  'documents.sign': method('documents.sign', z.object({ id: idSchema, certificate: certificateInputSchema }), printoutSchema),
  /**
   * The year's archive (DESIGN §8, "by 30 June"): every class's ledger (PDF and Excel), the personal files of the year's
   * graduates and leavers, the teaching-load report, the orders register and the alphabet book, each printed and
   * registered, signed when a certificate is given, with `manifest.json`, into a new folder under the data folder's
   * `archive/`. Answers that folder and the manifest.
   */
  'archive.build': longJob(
    'archive.build',
    z.object({ academicYearId: idSchema, certificate: certificateInputSchema.optional() }),
    z.object({ folder: z.string(), manifest: archiveManifestSchema }),
  ),
};
