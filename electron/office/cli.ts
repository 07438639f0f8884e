import { parseArgs } from 'node:util';
import { AppError } from '../../core/errors';
import { archiveCommand } from './commands/archive-command';
import { backupCommand } from './commands/backup-command';
import { demoCommand } from './commands/demo-command';
import { restoreCommand } from './commands/restore-command';
import { syncCommand } from './commands/sync-command';
import { verifyAuditCommand } from './commands/verify-audit-command';
import { UsageError, type OfficeCommand } from './office-command';
import { describeRefusal } from './office-errors';

/**
 * `npm run office -- <command> …` (DESIGN §2). Exit codes: 0 done; 1 the command failed or was refused (`Error: …` on
 * stderr), or verify-audit found the chain broken; 2 a usage error (unknown command or flag, missing flag: the usage
 * on stderr).
 */
const commands: Readonly<Record<string, OfficeCommand>> = {
  demo: demoCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'verify-audit': verifyAuditCommand,
  sync: syncCommand,
  archive: archiveCommand,
};

const exitUsage = 2;

function usage(): string {
  const lines = Object.values(commands).map((c) => `  npm run office -- ${c.synopsis.padEnd(52)} ${c.summary}`);
  return ['Usage:', ...lines, '', 'Exit codes: 0 done, 1 failed or refused (Error: … on stderr), 2 wrong usage.'].join('\n');
}

function parse(command: OfficeCommand, args: string[]): Record<string, string | undefined> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: Object.fromEntries(command.flags.map((f) => [f, { type: 'string' as const }])), strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  for (const name of command.required) if (values[name] === undefined) throw new UsageError(`${command.synopsis.split(' ')[0]} needs --${name}`);
  return values as Record<string, string | undefined>;
}

function messageOf(err: unknown): string {
  if (err instanceof AppError) return describeRefusal(err.code, err.params);
  return err instanceof Error ? err.message : String(err);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? exitUsage : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command: ${name}`);
    return await command.run(parse(command, args));
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`Error: ${err.message}\n\n${usage()}`);
      return exitUsage;
    }
    console.error(`Error: ${messageOf(err)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
