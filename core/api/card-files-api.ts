import { z } from 'zod';
import { issueSchema } from '../schemas/issue';
import { longJob, method } from './method';

/** Why a row or a cell of a card sheet stops the import; the UI renders `cardFiles.problems.<reason>`. */
export const cardFileProblemReasonSchema = z.enum([
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'COLUMN_MISSING',
  'COLUMN_UNKNOWN',
  /** The cell holds no value its column takes (a sex other than Ч / Ж, an unknown document type). */
  'VALUE_UNKNOWN',
  'VALUE_INVALID',
  'CLASS_UNKNOWN',
  /** A check of the card editor found an error in the cell: `issue` says which. */
  'CHECK',
  /** The same person (a document, a tax number) twice in the file: `duplicateOf` is the earlier row. */
  'DUPLICATE',
]);

export const cardFileProblemSchema = z.object({
  /** Row number as Excel shows it (the header is row 1; 0 for the file as a whole). */
  row: z.number().int(),
  /** The column's header as the sheet writes it. */
  column: z.string().max(200).optional(),
  reason: cardFileProblemReasonSchema,
  issue: issueSchema.optional(),
  duplicateOf: z.number().int().optional(),
});
export type CardFileProblem = z.infer<typeof cardFileProblemSchema>;

/** The most problems one answer names; `problemCount` says how many there are. */
export const maxNamedProblems = 500;
/** The most rows of the preview; the import takes every row of the file. */
export const maxPreviewRows = 300;

export const cardFilePreviewRowSchema = z.object({
  row: z.number().int(),
  name: z.string().max(700),
  birthDate: z.string().max(40),
  /** A student's class, a member of staff's position. */
  detail: z.string().max(200),
  /** What the card will be saved with, as the editor saves an unfinished card: warnings, a missing document. */
  issues: z.array(issueSchema).max(200),
});

export const cardFileReadSchema = z.object({
  cards: z.number().int(),
  problems: z.array(cardFileProblemSchema).max(maxNamedProblems),
  problemCount: z.number().int(),
  preview: z.array(cardFilePreviewRowSchema).max(maxPreviewRows),
  /** Cards that will be saved with issues. */
  withIssues: z.number().int(),
  /** Students the file puts in a class: one enrollment order admits them all. */
  enrolled: z.number().int(),
});

const fileInput = z.object({
  fileBase64: z.string().min(1).max(28_000_000),
  /** false: read and check only (the preview); true: a backup, then every card in one transaction, or none. */
  apply: z.boolean().default(false),
});

const importOutput = cardFileReadSchema.extend({
  /** Cards stored: 0 unless applied without problems. */
  imported: z.number().int(),
  backupPath: z.string().nullable(),
  orderNumber: z.number().int().nullable(),
});

const fileOutput = z.object({ fileBase64: z.string() });

/**
 * Student and staff cards in Excel (.xlsx, first sheet, header in Ukrainian): a template to fill in, an import that
 * names every bad row and cell and stores all or nothing, and an export of the whole list. Progress events of job
 * `<method>`: reading, checking, backup, saving, writing, done | failed.
 */
export const cardFilesApi = {
  'studentFiles.template': method('cards.write', z.object({}), fileOutput),
  'studentFiles.import': longJob('cards.write', fileInput, importOutput),
  'studentFiles.export': longJob('cards.read', z.object({}), fileOutput),
  'staffFiles.template': method('staff.write', z.object({}), fileOutput),
  'staffFiles.import': longJob('staff.write', fileInput, importOutput),
  'staffFiles.export': longJob('staff.read', z.object({}), fileOutput),
};
