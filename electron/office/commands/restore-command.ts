import { resolve } from 'node:path';
import { restoreDatabase } from '../../backend/backup/backup-restore';
import { flag, type OfficeCommand } from '../office-command';
import { withOffice } from '../office-session';

/** Restores from any file (the app restores from its backups folder only), through the same service and audit. */
export const restoreCommand: OfficeCommand = {
  synopsis: 'restore --data-dir DIR --from FILE',
  summary: 'checks FILE, backs up the current database, restores',
  flags: ['data-dir', 'from'],
  required: ['data-dir', 'from'],
  run: (flags) =>
    withOffice(flag(flags, 'data-dir'), async (office) => {
      const from = resolve(flag(flags, 'from'));
      const { replaced } = await restoreDatabase(office.backend, from, office.actor);
      console.log(`Restored the database of ${office.backend.dataDir} from ${from}.`);
      console.log(`The state it replaced is kept in ${replaced.path}`);
      return 0;
    }),
};
