import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../core/api/contract';
import { localDate } from '../clock';
import { defineHandlers, type HandlerContext } from '../handler';
import { listConflicts, resolveConflict } from './sync-conflicts';
import { syncReport } from './sync-report';
import { saveSyncSettings, syncConnection, syncSettings } from './sync-settings';

function settingsOf(db: Database.Database, ctx: HandlerContext): MethodOutput<'sync.settings'> {
  const s = syncSettings(db);
  return { serverUrl: s.server_url, tokenHint: s.token_hint, deviceId: s.device_id, secretStorage: ctx.sync.secrets.kind };
}

export const syncHandlers = defineHandlers<
  'sync.settings' | 'sync.saveSettings' | 'sync.testConnection' | 'sync.start' | 'sync.status' | 'sync.report' | 'sync.conflicts' | 'sync.resolveConflict'
>({
  'sync.settings': { permission: 'school.admin', run: (ctx) => settingsOf(ctx.db, ctx) },
  'sync.saveSettings': {
    permission: 'school.admin',
    run: (ctx, input) => {
      saveSyncSettings(ctx.db, ctx.sync.secrets, input);
      return settingsOf(ctx.db, ctx);
    },
  },
  'sync.testConnection': {
    permission: 'sync.run',
    run: async (ctx) => ({ version: (await ctx.sync.connect(syncConnection(ctx.db, ctx.sync.secrets)).health()).version }),
  },
  'sync.start': { permission: 'sync.run', run: (ctx) => ({ started: ctx.sync.start(ctx.db, ctx.now) }) },
  'sync.status': { permission: 'authenticated', run: (ctx) => ctx.sync.status(ctx.db) },
  'sync.report': { permission: 'cards.read', run: (ctx, input) => syncReport(ctx.db, input, localDate(ctx.now())) },
  'sync.conflicts': { permission: 'cards.read', run: (ctx) => listConflicts(ctx.db) },
  'sync.resolveConflict': {
    permission: 'sync.run',
    run: (ctx, input) => {
      resolveConflict(ctx.db, input, ctx.now());
      return {};
    },
  },
});
