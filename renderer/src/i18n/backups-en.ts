import type { Messages } from './uk';

/** English texts of the Backups page: the same keys as `backupsUk`. */
export const backupsEn: Messages['backups'] = {
  title: 'Backups',
  intro:
    "Copies of the school's database in the backups folder. The app makes one by itself every day and keeps those for 30 days; copies made by hand, before a year-end transition or before a restore stay until someone deletes them.",
  create: 'Back up now',
  creating: 'Making the copy and checking it…',
  progressLabel: 'Backup progress',
  progressNote: 'The copy is checked once written. The rest of the app keeps working meanwhile.',
  created: 'Backup made and checked: {{name}}',
  loading: 'Loading…',
  empty: 'There are no backups yet.',
  tableLabel: 'Backups',
  column: { madeAt: 'Made', kind: 'Kind', size: 'Size', actions: 'Actions' },
  kind: {
    manual: 'Manual',
    scheduled: 'Daily',
    'before-year-end': 'Before the year-end transition',
    'before-restore': 'Before a restore',
    'before-import': 'Before an import of cards',
  },
  size: '{{value}}\u00a0MB',
  restore: 'Restore…',
  restoring: 'Restoring the database…',
  confirm: {
    title: 'Restore the database from this backup?',
    body: 'The database goes back to its state of {{madeAt}}. Everything entered later leaves the database, but the current state is saved in a backup of its own first. After the restore everyone signs in again.',
    yes: 'Restore',
    no: 'Cancel',
  },
  restored: 'The database was restored from the backup of {{madeAt}}. The state before the restore was saved: {{replaced}}.',
  signInAgain: 'Sign in again',
};
