import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { AdminError } from './admin/admin-error';
import { addDistrict } from './admin/districts';
import { addPerson } from './admin/people';
import { addSchool } from './admin/schools';
import { issueToken, revokeTokens } from './admin/tokens';
import { createApp, defaultRateLimitPerMinute, defaultValidateRateLimitPerMinute } from './http/app';
import { defaultConnectionLimits, listen, type ConnectionLimits } from './http/node-server';
import { CsvError } from './registry/csv-records';
import { changedDocumentCount } from './registry/registry-changes';
import { mirrorAdapter } from './registry/mirror-adapter';
import { importRegistry } from './registry/registry-import';
import { defaultDbPath, defaultPoolSize, openDatabase, redactedLocation, type ServerDb } from './storage/database';
import { revalidateAfterImport } from './validation/registry-revalidation';

/** The admin command line of DESIGN §5 (`npm run server -- …`). */
const usage = `Usage: npm run server -- COMMAND [options]
  serve [--port 8787] [--host 127.0.0.1] [--db PATH|postgres://…] [--pool-size N] [--rate-limit N] [--validate-rate-limit N]
        [--headers-timeout MS] [--request-timeout MS] [--keep-alive-timeout MS] [--max-connections N]   (env: PORT, SYNC_DB, DATABASE_URL)
  registry import FILE.csv [--db PATH] [--full]
                                                  checks again the cards whose documents' registry rows changed
                                                  (and pending ones); --full, or a first import: every card
  district add --code CODE --name NAME [--country UA|KG] [--db PATH]
  school add --code CODE --name NAME [--country UA|KG] [--district CODE] [--db PATH]
  user add --login LOGIN --name NAME --role district|ministry [--district CODE] [--db PATH]
                                                  prints a one-time password alone on its last line
  token issue --school CODE [--db PATH]          prints the new token alone on its last line
  token revoke (--token TOKEN | --school CODE) [--db PATH]
The database (--db: an SQLite file or postgres://USER:PASS@HOST:PORT/DB) defaults to $DATABASE_URL, else $SYNC_DB,
else ${defaultDbPath}. Prefer $DATABASE_URL for PostgreSQL: a password on the command line shows in the process list.`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const dbOption = { db: { type: 'string' } } as const;

function dbPath(value: string | undefined): string {
  return value ?? (process.env.DATABASE_URL || process.env.SYNC_DB || defaultDbPath);
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} is required`);
  return value;
}

function wholeNumber(value: string, what: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${what} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

async function withDb<T>(path: string, run: (db: ServerDb) => Promise<T>): Promise<T> {
  const db = await openDatabase(path);
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

function optionalNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  return value === undefined ? fallback : wholeNumber(value, `--${option}`, min, max);
}

const serveOptions = {
  ...dbOption,
  port: { type: 'string' },
  host: { type: 'string' },
  'rate-limit': { type: 'string' },
  'validate-rate-limit': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-connections': { type: 'string' },
  'pool-size': { type: 'string' },
} as const;

function connectionLimits(values: Partial<Record<keyof typeof serveOptions, string>>): ConnectionLimits {
  const d = defaultConnectionLimits;
  const limits: ConnectionLimits = {
    headersTimeoutMs: optionalNumber(values['headers-timeout'], 'headers-timeout', d.headersTimeoutMs, 100, 3_600_000),
    requestTimeoutMs: optionalNumber(values['request-timeout'], 'request-timeout', d.requestTimeoutMs, 100, 3_600_000),
    keepAliveTimeoutMs: optionalNumber(values['keep-alive-timeout'], 'keep-alive-timeout', d.keepAliveTimeoutMs, 100, 3_600_000),
    maxConnections: optionalNumber(values['max-connections'], 'max-connections', d.maxConnections, 1, 1_000_000),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) throw new UsageError('--headers-timeout must not be longer than --request-timeout');
  return limits;
}

async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, strict: true, options: serveOptions });
  // Port 0: any free port (the address is printed).
  const port = wholeNumber(values.port ?? (process.env.PORT || '8787'), 'the port', 0, 65535);
  const host = values.host ?? '127.0.0.1';
  const rateLimitPerMinute = optionalNumber(values['rate-limit'], 'rate-limit', defaultRateLimitPerMinute, 1, 1_000_000);
  const validateRateLimitPerMinute = optionalNumber(values['validate-rate-limit'], 'validate-rate-limit', defaultValidateRateLimitPerMinute, 1, 1_000_000);
  const limits = connectionLimits(values);
  const path = dbPath(values.db);
  const poolSize = optionalNumber(values['pool-size'], 'pool-size', defaultPoolSize, 1, 1000);
  const db = await openDatabase(path, { poolSize });
  const app = createApp({ db, rateLimitPerMinute, validateRateLimitPerMinute });
  const server = listen(app.fetch, { port, hostname: host, limits }, (listening) => {
    console.log(`School Office sync server on http://${host}:${listening} (database ${redactedLocation(path)})`);
  });
  const stop = () => {
    server.close(() => void db.destroy().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function registryCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { ...dbOption, full: { type: 'boolean' } } });
  const [sub, file, ...extra] = positionals;
  if (sub !== 'import') throw new UsageError(`unknown registry command "${sub ?? ''}" (expected: registry import FILE.csv)`);
  if (file === undefined) throw new UsageError('registry import needs the CSV file');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  await withDb(dbPath(values.db), async (db) => {
    const { people, recheckAll, timings } = await importRegistry(db, file, { full: values.full === true });
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`Imported ${people} registry rows from ${file}.`);
    console.log(`  load ${seconds(timings.load)}, index ${seconds(timings.index)}, diff ${seconds(timings.diff)}, swap ${seconds(timings.swap)}`);
    if (!recheckAll) console.log(`  ${await changedDocumentCount(db)} documents changed in the registry.`);
    const started = performance.now();
    const { checked, changed, all } = await revalidateAfterImport(db, mirrorAdapter(db), new Date());
    const which = all ? 'every card' : 'the cards whose documents changed, and pending ones';
    console.log(`Checked ${checked} cards again against the new registry (${which}) in ${seconds(performance.now() - started)}: ${changed} reports changed.`);
  });
}

function countryOption(value: string | undefined): 'UA' | 'KG' {
  const country = value ?? 'UA';
  if (country !== 'UA' && country !== 'KG') throw new UsageError(`--country must be UA or KG, not "${country}"`);
  return country;
}

function addCommand(what: string, positionals: string[]): void {
  if (positionals[0] !== 'add' || positionals.length > 1) throw new UsageError(`unknown ${what} command "${positionals.join(' ')}" (expected: ${what} add)`);
}

async function districtCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { ...dbOption, code: { type: 'string' }, name: { type: 'string' }, country: { type: 'string' } } });
  addCommand('district', positionals);
  const input = { code: required(values.code, 'code'), name: required(values.name, 'name'), country: countryOption(values.country) };
  await withDb(dbPath(values.db), async (db) => {
    const district = await addDistrict(db, input, new Date());
    console.log(`Added district ${district.code} (${district.name}, ${district.country}).`);
  });
}

async function schoolCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { ...dbOption, code: { type: 'string' }, name: { type: 'string' }, country: { type: 'string' }, district: { type: 'string' } },
  });
  addCommand('school', positionals);
  const input = { code: required(values.code, 'code'), name: required(values.name, 'name'), country: countryOption(values.country), ...(values.district !== undefined ? { district: values.district } : {}) };
  await withDb(dbPath(values.db), async (db) => {
    const school = await addSchool(db, input, new Date());
    console.log(`Added school ${school.code} (${school.name}, ${school.country}${input.district ? `, district ${input.district}` : ''}).`);
  });
}

async function userCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { ...dbOption, login: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, district: { type: 'string' } },
  });
  addCommand('user', positionals);
  const role = required(values.role, 'role');
  if (role !== 'district' && role !== 'ministry') throw new UsageError(`--role must be district or ministry, not "${role}"`);
  const input = { login: required(values.login, 'login'), name: required(values.name, 'name'), role, ...(values.district !== undefined ? { district: values.district } : {}) } as const;
  await withDb(dbPath(values.db), async (db) => {
    const { person, password } = await addPerson(db, input, new Date());
    const scope = person.role === 'ministry' ? 'every school' : `the schools of district ${input.district ?? ''}`;
    console.log(`Added ${person.role} officer ${person.login} (${person.name}), who sees ${scope}. Their password, shown only now:`);
    console.log(password);
  });
}

async function tokenCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { ...dbOption, school: { type: 'string' }, token: { type: 'string' } } });
  const [sub, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (sub === 'issue') {
    const code = required(values.school, 'school');
    await withDb(dbPath(values.db), async (db) => {
      const token = await issueToken(db, code, new Date());
      console.log(`New token for school ${code}; it is shown only now, keep it safe:`);
      console.log(token);
    });
    return;
  }
  if (sub === 'revoke') {
    if ((values.token === undefined) === (values.school === undefined)) throw new UsageError('token revoke needs either --token TOKEN or --school CODE');
    const which = values.token !== undefined ? { token: values.token } : { schoolCode: values.school ?? '' };
    await withDb(dbPath(values.db), async (db) => {
      const count = await revokeTokens(db, which, new Date());
      console.log(`Revoked ${count} token(s).`);
    });
    return;
  }
  throw new UsageError(`unknown token command "${sub ?? ''}" (expected: token issue or token revoke)`);
}

const commands: Readonly<Record<string, (args: string[]) => Promise<void>>> = {
  serve: serveCommand,
  registry: registryCommand,
  district: districtCommand,
  school: schoolCommand,
  user: userCommand,
  token: tokenCommand,
};

function messageOf(err: unknown): string | null {
  if (err instanceof UsageError || err instanceof AdminError || err instanceof CsvError) return err.message;
  if (err instanceof ZodError) return err.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
  // parseArgs reports unknown or malformed options as TypeErrors with an ERR_PARSE_ARGS_* code.
  if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) return err.message;
  if (err instanceof Error && 'code' in err && (err.code === 'ENOENT' || err.code === 'EACCES')) return err.message;
  return null;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    console.log(usage);
    if (command === undefined) process.exitCode = 2;
    return;
  }
  const run = commands[command];
  if (!run) throw new UsageError(`unknown command "${command}"`);
  await run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message = messageOf(err);
  if (err instanceof CsvError) console.error(`Error: registry import failed, nothing was imported: ${message}`);
  else if (message !== null) console.error(`Error: ${message}`);
  else console.error('Error:', err);
  if (err instanceof UsageError || (err instanceof TypeError && message !== null)) console.error(usage);
  process.exitCode = err instanceof UsageError ? 2 : 1;
});
