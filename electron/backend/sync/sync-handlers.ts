import type { MethodOutput } from '../../../core/api/contract';
import { syncApi } from '../../../core/api/sync-api';
import { defineHandlers, type HandlerContext } from '../handler';
import { listConflicts, resolveConflict } from './sync-conflicts';
import { syncReport } from './sync-report';
import { saveSyncSettings, syncConnection, syncSettings } from './sync-settings';

function settingsOf(ctx: HandlerContext): MethodOutput<'sync.settings'> {
  const s = syncSettings(ctx.db);
  return { serverUrl: s.server_url, tokenHint: s.token_hint, deviceId: s.device_id, secretStorage: ctx.sync.secrets.kind };
}

export const syncHandlers = defineHandlers(syncApi, {
  'sync.settings': (ctx) => settingsOf(ctx),
  'sync.saveSettings': (ctx, input) => {
    saveSyncSettings(ctx.db, ctx.sync.secrets, input);
    return settingsOf(ctx);
  },
  'sync.testConnection': async (ctx) => ({ version: (await ctx.sync.connect(syncConnection(ctx.db, ctx.sync.secrets)).health()).version }),
  'sync.start': (ctx) => ({ started: ctx.sync.start(ctx.db, ctx.progress) }),
  'sync.status': (ctx) => ctx.sync.status(ctx.db),
  'sync.report': (ctx, input) => syncReport(ctx.db, input, ctx.today()),
  'sync.conflicts': (ctx) => listConflicts(ctx.db),
  'sync.resolveConflict': (ctx, input) => {
    resolveConflict(ctx.db, input, ctx.now());
    return {};
  },
});
