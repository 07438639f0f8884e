import { z } from 'zod';
import { verificationCodeSchema } from './document-entry';

/** The kinds of documents the year's archive holds (DESIGN §8). */
export const archiveKindSchema = z.enum(['class-ledger', 'personal-file', 'teaching-load', 'orders-register', 'alphabet-book']);
export type ArchiveKind = z.infer<typeof archiveKindSchema>;

/** One file of the package: `file` relative to the folder, `sha256` of the file's bytes (hex). */
export const archiveManifestEntrySchema = z.object({
  file: z.string().min(1).max(300),
  kind: archiveKindSchema,
  title: z.string().max(500),
  pages: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  verificationCode: verificationCodeSchema,
  signed: z.boolean(),
});
export type ArchiveManifestEntry = z.infer<typeof archiveManifestEntrySchema>;

/** `manifest.json` of the year's archive, exactly as DESIGN §8 lists it. */
export const archiveManifestSchema = z.object({
  school: z.object({ code: z.string(), name: z.string() }),
  /** The academic year's label, `2025/2026`. */
  year: z.string(),
  /** When the package was made, an ISO instant. */
  generatedAt: z.string(),
  /** The full name of the user who printed it. */
  printedBy: z.string(),
  documents: z.array(archiveManifestEntrySchema).max(20_000),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;
