import type { AppErrorCode } from '../../core/errors';

/** The refusals the office command line meets most, in words an IT person acts on; any other code is printed as it is. */
const messages: Partial<Record<AppErrorCode, (p: Record<string, string | number>) => string>> = {
  SETUP_ALREADY_DONE: () => 'the data folder already holds a school; the demo is seeded only into an empty data folder',
  FORBIDDEN: (p) => `the acting account may not do this (needs ${p.permission})`,
  NOT_FOUND: (p) => `not found${p.name ? `: ${p.name}` : ''}`,
  INVALID_INPUT: (p) => `invalid ${p.path || 'input'}${p.reason ? `: ${p.reason}` : ''}`,
  BACKUP_FAILED: (p) => `the backup ${p.file} could not be made or failed its integrity check; the database is unchanged (check the free disk space)`,
  BACKUP_FILE_UNREADABLE: (p) => `${p.file} is not a database that can be opened`,
  BACKUP_FILE_CORRUPT: (p) => `${p.file} is damaged (PRAGMA integrity_check failed); nothing was restored`,
  BACKUP_FILE_NOT_SCHOOL_OFFICE: (p) => `${p.file} is not a School Office database; nothing was restored`,
  BACKUP_FILE_TOO_NEW: (p) => `${p.file} was written by a newer School Office (schema ${p.fileVersion}, this one knows up to ${p.appVersion}); update School Office`,
  RESTORE_FAILED: (p) => `the database could not be restored from ${p.file}; the replaced state is kept in the before-restore backup`,
  SYNC_NOT_CONFIGURED: () => 'no central server is configured: pass --server URL --token TOKEN once',
  SYNC_UNREACHABLE: () => 'the central server does not answer; nothing was lost, try again later',
  SYNC_UNAUTHORIZED: () => "the central server refused the school's token; ask its administrator for a new one",
  SYNC_REFUSED: (p) => `the central server refused the sync (${p.reason ?? 'no reason given'}); nothing was lost`,
  SYNC_IN_PROGRESS: () => 'Sync all is running; try again when it has finished',
  CERTIFICATE_PASSPHRASE_WRONG: () => 'the passphrase in SCHOOL_OFFICE_P12_PASSPHRASE does not open the certificate file; nothing was printed',
  CERTIFICATE_UNREADABLE: () => 'the --sign file is not a PKCS#12 certificate School Office can read; nothing was printed',
  INTERNAL: () => 'an internal error of School Office (see the log above)',
};

/** The text after `Error: ` for a refusal of the backend, ending with its code for scripts. */
export function describeRefusal(code: AppErrorCode, params: Record<string, string | number> = {}): string {
  const message = messages[code];
  return message ? `${message(params)} (${code})` : `${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`;
}
