import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';
import type { SecretStore } from './secret-store';

export interface SyncSettingsRow {
  device_id: string;
  server_url: string | null;
  sealed_token: string | null;
  token_hint: string | null;
  pull_cursor: string | null;
  last_result: string | null;
}

/** The one settings row, created with this device's id on first use. */
export function syncSettings(db: Database.Database): SyncSettingsRow {
  prepared(db, 'INSERT OR IGNORE INTO sync_settings (singleton, device_id) VALUES (1, ?)').run(randomUUID());
  return prepared(db, 'SELECT device_id, server_url, sealed_token, token_hint, pull_cursor, last_result FROM sync_settings').get() as SyncSettingsRow;
}

/** Only the last four characters are ever shown again, so the token cannot be read off the screen. */
function hintOf(token: string): string {
  return `…${token.slice(-4)}`;
}

/**
 * Stores the server address and, when given, a new token (sealed by the secret store). Changing the server
 * starts the pull from the beginning: a cursor means nothing to another server.
 */
export function saveSyncSettings(db: Database.Database, store: SecretStore, input: { serverUrl: string; token?: string | undefined }): void {
  const current = syncSettings(db);
  const serverUrl = input.serverUrl.replace(/\/+$/, '');
  const cursor = current.server_url === serverUrl ? current.pull_cursor : null;
  const sealed = input.token === undefined ? current.sealed_token : store.seal(input.token);
  const hint = input.token === undefined ? current.token_hint : hintOf(input.token);
  prepared(db, 'UPDATE sync_settings SET server_url = ?, sealed_token = ?, token_hint = ?, pull_cursor = ?').run(serverUrl, sealed, hint, cursor);
}

export interface SyncConnection {
  serverUrl: string;
  token: string;
  deviceId: string;
}

/** Address, token and device id to talk to the server; SYNC_NOT_CONFIGURED until both are set. */
export function syncConnection(db: Database.Database, store: SecretStore): SyncConnection {
  const settings = syncSettings(db);
  if (!settings.server_url || !settings.sealed_token) throw new AppError('SYNC_NOT_CONFIGURED');
  return { serverUrl: settings.server_url, token: store.open(settings.sealed_token), deviceId: settings.device_id };
}

export function savePullCursor(db: Database.Database, cursor: string): void {
  prepared(db, 'UPDATE sync_settings SET pull_cursor = ?').run(cursor);
}

/** When the last Sync all of this device finished, and whether it is configured at all; null before the first one. */
export function lastSyncFinishedAt(db: Database.Database): string | null {
  const row = prepared(db, "SELECT json_extract(last_result, '$.finishedAt') AS finishedAt FROM sync_settings").get() as { finishedAt: string | null } | undefined;
  return row?.finishedAt ?? null;
}

export function saveLastResult(db: Database.Database, result: unknown): void {
  prepared(db, 'UPDATE sync_settings SET last_result = ?').run(JSON.stringify(result));
}

const loopbackServer = /^http:\/\/127\.0\.0\.1:\d+$/;

/** The user configured a central server of their own; the demo's local one is then neither started nor adopted. */
export function hasOwnServer(db: Database.Database): boolean {
  const current = syncSettings(db).server_url;
  return current !== null && !loopbackServer.test(current);
}

/**
 * Points a demo database at the central server `npm start` runs locally (its port changes from run to run, its data
 * does not, so the pull cursor stays), unless the user has configured a real server.
 */
export function adoptLocalServer(db: Database.Database, store: SecretStore, url: string, token: string): boolean {
  if (hasOwnServer(db)) return false;
  prepared(db, 'UPDATE sync_settings SET server_url = ?, sealed_token = ?, token_hint = ?').run(url, store.seal(token), hintOf(token));
  return true;
}
