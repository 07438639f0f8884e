/** One command of `npm run office -- …` (DESIGN §2): its flags (all take a value) and what it does. */
export interface OfficeCommand {
  /** The command with its flags, as the usage text shows it. */
  synopsis: string;
  summary: string;
  flags: readonly string[];
  required: readonly string[];
  /** Does the work, printing to stdout; answers the exit code (0, or 1 for a failure it has already described). */
  run(flags: Readonly<Record<string, string | undefined>>): Promise<number>;
}

/** Wrong use of the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** A flag this command cannot run without: the usage is printed (exit 2). */
export function flag(flags: Readonly<Record<string, string | undefined>>, name: string): string {
  const value = flags[name];
  if (value === undefined) throw new Error(`--${name} is declared required but was not checked`);
  return value;
}
