import { z } from 'zod';

/** Kinds of printed documents; the archive's kinds are the manifest's (DESIGN §8). */
export const documentKindSchema = z.enum(['order', 'class-list', 'alphabet-book', 'orders-register', 'class-ledger', 'personal-file', 'teaching-load']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** The language a document is written in: the school's, not the user's (Ukrainian, Russian, Kyrgyz). */
export const documentLanguageSchema = z.enum(['uk', 'ru', 'ky']);
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

const cell = z.string().max(2000);

/** One piece of a document's body, top to bottom; the print layer lays them out on A4 pages. */
export const documentBlockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string().max(5000),
    size: z.number().min(6).max(20).optional(),
    bold: z.boolean().optional(),
    align: z.enum(['left', 'center', 'right']).optional(),
  }),
  z.object({ type: z.literal('gap'), points: z.number().min(0).max(200) }),
  z.object({
    type: z.literal('table'),
    /** `width`: share of the text width. */
    /** At most 40: a class ledger has a column per subject besides its own. */
    columns: z.array(z.object({ header: cell, width: z.number().positive().max(1) })).min(1).max(40),
    rows: z.array(z.array(cell).max(40)).max(100_000),
    size: z.number().min(6).max(14).optional(),
    /** Tight rows, for long lists of names (a promotion order of the whole school). */
    dense: z.boolean().optional(),
  }),
  /** The director's signature block with the seal place; always the last block. */
  z.object({ type: z.literal('signature'), role: z.string().max(200), name: z.string().max(200) }),
]);
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

/**
 * What a document shows, as data: its kind, language, title and body. Its canonical JSON is the document's content
 * (what the content hash and the verification code are computed from, docs/decisions.md "Archive documents"); the
 * register keeps it, so a reprint shows exactly the same body.
 */
export const documentContentSchema = z.object({
  kind: documentKindSchema,
  language: documentLanguageSchema,
  title: z.string().min(1).max(500),
  /** A4 upright unless a table is too wide for it (a class ledger with many subjects). */
  orientation: z.enum(['portrait', 'landscape']).optional(),
  /** The school as the stamp names it. */
  school: z.object({ code: z.string().max(20), name: z.string().max(300) }),
  blocks: z.array(documentBlockSchema).max(10_000),
});
export type DocumentContent = z.infer<typeof documentContentSchema>;
