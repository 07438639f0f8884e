import type { RegistryAdapter } from '../registry/registry-adapter';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable } from '../storage/tables';

/** What every router gets from the app factory. */
export interface AppDeps {
  db: ServerDb;
  registry: RegistryAdapter;
  now: () => Date;
  /** Largest accepted request body, after decompression. */
  bodyLimitBytes: number;
}

/** What the bearer middleware leaves for the handlers: the one school the token belongs to. */
export interface AppEnv {
  Variables: {
    school: SchoolsTable;
    tokenHash: string;
    deviceId: string;
  };
}
