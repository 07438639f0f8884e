import type { Country } from '../../core/schemas/common';

/**
 * The server's tables as Kysely sees them. Column types are the portable subset (TEXT, INTEGER; booleans as 0/1,
 * JSON as text, times as ISO text) so the same queries run on SQLite and PostgreSQL.
 */
export interface SchoolsTable {
  id: string;
  code: string;
  name: string;
  /** Written only through `newSchoolSchema`, so always a known country. */
  country: Country;
  /** The district the school belongs to (migration 0007); null: none, only a ministry officer sees it. */
  district_id: string | null;
  created_at: string;
}

export interface TokensTable {
  id: string;
  school_id: string;
  /** SHA-256 of the token, hex: the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** The current version of every synced record; a deletion keeps the row as a tombstone. */
export interface RecordsTable {
  id: string;
  school_id: string;
  type: string;
  rev: number;
  deleted: number;
  /** Wire data as JSON text; the last data before a deletion stays with the tombstone. */
  data: string | null;
  updated_at: string;
  device_id: string;
  /** Position in the school's change sequence: the pull cursor. */
  change_seq: number;
}

/**
 * Named counters: `change_seq:SCHOOL_ID` orders a school's record changes and report updates for pull;
 * `change_seq` orders the enrollment claims of all schools.
 */
export interface CountersTable {
  name: string;
  value: number;
}

export interface RegistryPeopleTable {
  kind: string;
  /** Empty when the document has no series. */
  series: string;
  number: string;
  last_name: string;
  first_name: string;
  middle_name: string;
  birth_date: string;
  sex: string;
  deceased: number;
}

export interface CardReportsTable {
  school_id: string;
  card_id: string;
  type: string;
  rev: number | null;
  status: string;
  checked_at: string;
  /** Issue[] as JSON text. */
  issues: string;
  change_seq: number;
  /** The device whose push produced this report; it had the report in the push's answer. */
  device_id: string | null;
}

/**
 * Each document of a student card, with the academic year it is enrolled in: what DUPLICATE_ENROLLMENT compares
 * across schools. `claimed_seq` is when this card became enrolled with the document, in the server-wide claim order
 * (counter `change_seq`); the lower one claimed first.
 */
export interface CardClaimsTable {
  school_id: string;
  card_id: string;
  doc_key: string;
  /** The card field that holds the document (`documents.0.number`), where an issue about it points. */
  field: string;
  enrolled_year: string | null;
  claimed_seq: number;
  /** 1 when the registry confirms the card (no REGISTRY_* issue): it outranks unconfirmed claims, earlier or not. */
  confirmed: number;
}

/**
 * Each registry key (`kind|series|number`, as registryKey forms it) a student or staff card may be looked up by: what
 * a registry import joins with the documents it changed, to check only the cards those concern.
 */
export interface CardRegistryKeysTable {
  school_id: string;
  card_id: string;
  registry_key: string;
}

/** Registry keys whose rows an import added, removed or changed, until the cards holding them are checked again. */
export interface RegistryChangesTable {
  registry_key: string;
}

/** The first answer to every push, for replays of the same batchId. */
export interface BatchesTable {
  school_id: string;
  batch_id: string;
  body_hash: string;
  answer: string;
  created_at: string;
}

/** A district (or city) education office: what a district officer's view is limited to (DESIGN §11). */
export interface DistrictsTable {
  id: string;
  code: string;
  name: string;
  country: Country;
  created_at: string;
}

/** A district or ministry officer's account; schools sign in with tokens, people with these. */
export interface PeopleTable {
  id: string;
  login: string;
  name: string;
  /** Written only through `newPersonSchema`: `district` (with district_id) or `ministry` (without). */
  role: 'district' | 'ministry';
  district_id: string | null;
  /** scrypt, with its parameters (sync-server/people/password.ts). */
  password_hash: string;
  created_at: string;
}

/** A person's signed-in session; only the SHA-256 of its bearer token is kept. */
export interface SessionsTable {
  token_hash: string;
  person_id: string;
  created_at: string;
  /** It expires 8 hours after this. */
  last_used_at: string;
  ended_at: string | null;
}

/** Consecutive failed sign-ins per login (known or not), so throttling holds across instances. */
export interface LoginFailuresTable {
  login: string;
  failures: number;
  last_failed_at: string;
}

/** When the school's devices last pushed or pulled: the overview's "last sync". */
export interface SchoolSyncsTable {
  school_id: string;
  last_sync_at: string;
}

export interface Tables {
  schools: SchoolsTable;
  tokens: TokensTable;
  records: RecordsTable;
  counters: CountersTable;
  registry_people: RegistryPeopleTable;
  /** A registry import loads here, then swaps it in for `registry_people` (sync-server/registry/registry-import.ts). */
  registry_people_next: RegistryPeopleTable;
  card_reports: CardReportsTable;
  card_claims: CardClaimsTable;
  card_registry_keys: CardRegistryKeysTable;
  registry_changes: RegistryChangesTable;
  batches: BatchesTable;
  districts: DistrictsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  school_syncs: SchoolSyncsTable;
}
