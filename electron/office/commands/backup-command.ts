import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { auditManualBackup, backupsFolder, copyDatabase } from '../../backend/backup/backup-service';
import { flag, type OfficeCommand } from '../office-command';
import { CommandFailure, withOffice } from '../office-session';

/**
 * A manual backup, checked with integrity_check. Into the backups folder through `backup.create`; to `--out FILE`
 * through the same service (the app names no file outside its folder), audited alike.
 */
export const backupCommand: OfficeCommand = {
  synopsis: 'backup --data-dir DIR [--out FILE]',
  summary: "online backup + integrity check; prints the file (default: DIR/backups/manual-<school's local time>.sqlite)",
  flags: ['data-dir', 'out'],
  required: ['data-dir'],
  run: (flags) =>
    withOffice(flag(flags, 'data-dir'), async (office) => {
      let file: string;
      if (flags.out === undefined) {
        const { backup } = await office.call('backup.create', {});
        file = join(backupsFolder(office.backend.dataDir), backup.name);
      } else {
        file = resolve(flags.out);
        if (existsSync(file)) throw new CommandFailure(`${file} already exists; it is not overwritten`);
        mkdirSync(dirname(file), { recursive: true });
        await copyDatabase(office.backend.db, file);
        auditManualBackup(office.backend.db, office.actor, office.backend.now(), file);
      }
      console.log('Backup made and checked (PRAGMA integrity_check: ok):');
      console.log(file);
      return 0;
    }),
};
