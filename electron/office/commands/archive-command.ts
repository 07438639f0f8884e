import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { flag, UsageError, type OfficeCommand } from '../office-command';
import { CommandFailure, withOffice } from '../office-session';

/** The variable the PKCS#12 passphrase is read from (DESIGN §2): never a flag, so it shows in no process list or history. */
const passphraseVariable = 'SCHOOL_OFFICE_P12_PASSPHRASE';

/**
 * The year's archive (DESIGN §2, §8) through `archive.build` as the acting account — printed, registered, audited and
 * signed as the app's action does it — then moved from the data folder's archive/ into `--out`.
 */
export const archiveCommand: OfficeCommand = {
  synopsis: 'archive --data-dir DIR --year 2025/2026 --out DIR [--as LOGIN] [--sign FILE.p12]',
  summary: `the year's archive documents and manifest.json into --out; --sign reads the passphrase from ${passphraseVariable}`,
  flags: ['data-dir', 'year', 'out', 'as', 'sign'],
  required: ['data-dir', 'year', 'out'],
  run: (flags) => {
    const out = resolve(flag(flags, 'out'));
    if (existsSync(out) && readdirSync(out).length > 0) throw new CommandFailure(`${out} is not empty; the archive is written into a new or empty folder`);
    let certificate: { p12Base64: string; passphrase: string } | undefined;
    if (flags.sign !== undefined) {
      const passphrase = process.env[passphraseVariable];
      if (passphrase === undefined) throw new UsageError(`--sign needs the certificate's passphrase in the environment variable ${passphraseVariable}`);
      const file = resolve(flags.sign);
      if (!existsSync(file)) throw new CommandFailure(`${file} does not exist`);
      certificate = { p12Base64: readFileSync(file).toString('base64'), passphrase };
    }
    return withOffice(
      flag(flags, 'data-dir'),
      async (office) => {
        const { years } = await office.call('academicYears.list', {});
        const year = years.find((y) => y.label === flags.year);
        if (!year) throw new CommandFailure(`the school has no academic year ${flags.year}`);
        const { folder, manifest } = await office.call('archive.build', { academicYearId: year.id, ...(certificate ? { certificate } : {}) });
        cpSync(folder, out, { recursive: true });
        rmSync(folder, { recursive: true, force: true });
        const signed = manifest.documents.filter((d) => d.signed).length;
        console.log(`Archive of ${manifest.year}: ${manifest.documents.length} files (${signed} signed PDFs), printed by ${manifest.printedBy}`);
        console.log(out);
        return 0;
      },
      flags.as,
    );
  },
};
