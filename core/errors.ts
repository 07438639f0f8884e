import { z } from 'zod';
import { issueParamsSchema } from './schemas/issue';
import { yearEndRefusalCodeSchema } from './yearend/year-end-plan';

/** Codes of errors a backend call can answer with. The UI renders `errors.<code>` in the user's language. */
export const appErrorCodeSchema = z.enum([
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  /** Five wrong passwords in a row for a login: wait `minutes` (growing, at most an hour) before the next try. */
  'TOO_MANY_ATTEMPTS',
  /** A new or reset password: nothing but changing it until it is changed. */
  'PASSWORD_CHANGE_REQUIRED',
  /** A new password shorter than `minLength` (`reason: short`) or among common passwords (`reason: common`). */
  'WEAK_PASSWORD',
  'LOGIN_TAKEN',
  /** The change would leave the office with nobody active who may manage users. */
  'LAST_USER_MANAGER',
  'SETUP_ALREADY_DONE',
  'SETUP_REQUIRED',
  'NOT_FOUND',
  'STALE_VERSION',
  'SYNC_NOT_CONFIGURED',
  'SYNC_UNREACHABLE',
  'SYNC_UNAUTHORIZED',
  'SYNC_REFUSED',
  'SYNC_IN_PROGRESS',
  'ACADEMIC_YEAR_EXISTS',
  'ACADEMIC_YEAR_MISSING',
  'CLASS_LABEL_TAKEN',
  'ORDER_STUDENT_NOT_ENROLLED',
  'ORDER_STUDENT_ALREADY_ENROLLED',
  'ORDER_STUDENT_REPEATED',
  'ORDER_DATE_BEFORE_ENROLLMENT',
  'ORDER_CLASS_OUT_OF_YEAR',
  'ORDER_SAME_CLASS',
  /** A repeat order keeps a student in the same grade: the class named is of another grade. */
  'ORDER_REPEAT_OTHER_GRADE',
  /** Revocations: a year-end order is undone with the transition; a revocation and a revoked order are final. */
  'ORDER_REVOKE_YEAR_END',
  'ORDER_REVOKE_REVOCATION',
  'ORDER_ALREADY_REVOKED',
  /** A later order moved a student of the order to revoke: revoke that one first. */
  'ORDER_REVOKE_LATER_ORDER',
  'ORDER_REVOKE_DATE_BEFORE_ORDER',
  ...yearEndRefusalCodeSchema.options,
  /** A sync has sent (or may have sent) rows of the transition: other devices may hold them, so it stays. */
  'YEAR_END_UNDO_AFTER_SYNC',
  /** Records the transition made or changed were edited since; undoing it would lose that work. */
  'YEAR_END_UNDO_CHANGED_SINCE',
  'YEAR_END_NOTHING_TO_UNDO',
  'YEAR_END_BACKUP_FAILED',
  /** Copying the database or checking the copy failed; the database itself is untouched. */
  'BACKUP_FAILED',
  /** The file to restore from cannot be opened as an SQLite database. */
  'BACKUP_FILE_UNREADABLE',
  /** The file to restore from fails PRAGMA integrity_check. */
  'BACKUP_FILE_CORRUPT',
  /** The file is an SQLite database, but not one of School Office (no school, users or audit tables). */
  'BACKUP_FILE_NOT_SCHOOL_OFFICE',
  /** The file was written by a newer School Office (its schema version is higher than this app's). */
  'BACKUP_FILE_TOO_NEW',
  /** Putting the checked copy in place of the database failed; the backup of the replaced state is kept. */
  'RESTORE_FAILED',
  'CERTIFICATE_UNREADABLE',
  'CERTIFICATE_PASSPHRASE_WRONG',
  'SIGNING_FAILED',
  'DOCUMENT_PRINTED_ELSEWHERE',
  /** A student card an order in force names cannot be deleted: the order is a signed record of the school, revoked only by another order. */
  'CARD_HAS_ORDERS',
  /** Deleting the card would delete more than the share of the school's cards the central server allows at once. */
  'MASS_DELETE',
  /** A subject of that name exists already. */
  'SUBJECT_NAME_TAKEN',
  /** The assignment has lessons: it is part of the journal's record and stays. */
  'ASSIGNMENT_HAS_LESSONS',
  /** Another lesson of the journal is held on that day at that number. */
  'LESSON_SLOT_TAKEN',
  /** A lesson with marks cannot be cancelled. */
  'LESSON_HAS_MARKS',
  /** Marks and attendance are entered for lessons held: not before the lesson's day. */
  'LESSON_NOT_HELD_YET',
  /** The student is not in the journal's class on the lesson's day. */
  'STUDENT_NOT_IN_CLASS',
  'MARK_OUT_OF_SCALE',
  'BUMP_OUT_OF_RANGE',
  /** The entry is more than 5 working days late (DESIGN §7): it needs the period reopened by the administration. */
  'ENTRY_TOO_LATE',
  /** The period is closed, and no unlock of the director opens this part of it. */
  'PERIOD_CLOSED',
  'PERIOD_ALREADY_CLOSED',
  /** An unlock ends at most 14 days after it is granted, and not in the past. */
  'UNLOCK_TOO_LONG',
  /** Only a closed period is unlocked. */
  'PERIOD_NOT_CLOSED',
  /** The class's grade ends with no state exam (core/grading/exam-grades.ts). */
  'NO_EXAM_IN_GRADE',
  /** The file is not a journal exported by School Office, or of another journal (params: what differs, row and column). */
  'JOURNAL_FILE_MISMATCH',
  /** A journal file larger than the import reads (params: maxBytes). */
  'JOURNAL_FILE_TOO_LARGE',
  /** A cell of a journal file that is no mark, no `н`, `в`, `з` and not empty (params: row, column, text). */
  'JOURNAL_CELL_UNREADABLE',
  'INTERNAL',
]);
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

export const appErrorSchema = z.object({ code: appErrorCodeSchema, params: issueParamsSchema.optional() });
export type AppErrorValue = z.infer<typeof appErrorSchema>;

/** Thrown inside handlers; transports turn it into `{ code, params }`. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'AppError';
  }

  toValue(): AppErrorValue {
    return this.params ? { code: this.code, params: this.params } : { code: this.code };
  }
}
