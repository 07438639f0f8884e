import { AppError } from '../../../core/errors';
import { flag, UsageError, type OfficeCommand } from '../office-command';
import { CommandFailure, withOffice } from '../office-session';

/**
 * Sync all as the app's button runs it (`sync.start`, then waiting for the run to end), after storing `--server` and
 * `--token` through `sync.saveSettings` when given. The token is never printed: the settings keep it, sealed where
 * the app seals it.
 */
export const syncCommand: OfficeCommand = {
  synopsis: 'sync --data-dir DIR [--server URL --token TOKEN]',
  summary: 'Sync all (and store that server and token first); prints the result summary',
  flags: ['data-dir', 'server', 'token'],
  required: ['data-dir'],
  run: (flags) =>
    withOffice(flag(flags, 'data-dir'), async (office) => {
      if (flags.token !== undefined && flags.server === undefined) throw new UsageError('sync: --token is stored with the --server it belongs to: pass both');
      if (flags.server !== undefined) await office.call('sync.saveSettings', { serverUrl: flags.server, token: flags.token });
      await office.call('sync.start', {});
      await office.backend.sync.idle();
      const status = await office.call('sync.status', {});
      if (status.error) throw new AppError(status.error.code, status.error.params);
      const result = status.lastResult;
      if (!result) throw new CommandFailure('Sync all ended without a result');
      const { verified, warning, error, pending } = result.summary;
      console.log(`Sync all finished at ${result.finishedAt}`);
      console.log(`Sent: ${result.sent}, received: ${result.received}, rejected: ${result.rejected}, waiting for related records: ${result.waiting}`);
      console.log(`Cards: verified ${verified}, warning ${warning}, error ${error}, pending ${pending}`);
      console.log(`Conflicts: ${result.conflicts} (unresolved: ${status.conflicts}); unsent changes: ${status.unsent}`);
      for (const order of result.renumberedOrders) console.log(`Order renumbered: ${order.academicYear} ${order.kind} of ${order.date}: № ${order.from} → № ${order.to}`);
      return 0;
    }),
};
