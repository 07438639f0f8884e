import type { MethodName } from '../../core/api/contract';
import type { MethodContract } from '../../core/api/method';
import { academicHandlers } from './academic/academic-handlers';
import { archiveHandlers } from './archive/archive-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { authHandlers } from './auth/auth-handlers';
import { backupHandlers } from './backup/backup-handlers';
import { cardFilesHandlers } from './card-files/card-files-handlers';
import { calendarHandlers } from './calendar/calendar-handlers';
import { cardHandlers } from './cards/card-handlers';
import { classHandlers } from './classes/class-handlers';
import type { HandlerContext, HandlerGroup } from './handler';
import { journalFilesHandlers } from './journal-files/journal-files-handlers';
import { journalsHandlers } from './journals/journals-handlers';
import { orderHandlers } from './orders/order-handlers';
import { printHandlers } from './print/print-handlers';
import { schoolHandlers } from './school/school-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { teachingHandlers } from './teaching/teaching-handlers';
import { usersHandlers } from './users/users-handlers';
import { yearEndHandlers } from './yearend/yearend-handlers';

const groups = [
  authHandlers,
  usersHandlers,
  schoolHandlers,
  cardHandlers,
  cardFilesHandlers,
  classHandlers,
  academicHandlers,
  orderHandlers,
  yearEndHandlers,
  auditHandlers,
  syncHandlers,
  printHandlers,
  backupHandlers,
  archiveHandlers,
  teachingHandlers,
  calendarHandlers,
  journalsHandlers,
  journalFilesHandlers,
] as const;

type GroupMethods<G> = G extends HandlerGroup<infer A> ? keyof A : never;
/** Methods of the contract that no group implements: the table below fails to build unless this is empty. */
type Unimplemented = Exclude<MethodName, GroupMethods<(typeof groups)[number]>>;

/** Each feature folder's handlers over its contract file (core/api/<feature>-api.ts). */
export const handlerGroups: readonly HandlerGroup[] & ([Unimplemented] extends [never] ? unknown : { missing: Unimplemented }) = groups;

export interface TableEntry {
  contract: MethodContract;
  run(ctx: HandlerContext, input: unknown): unknown;
}

/** Method name → its contract (input schema, permission) and its run function. */
export const handlerTable: ReadonlyMap<string, TableEntry> = new Map(
  handlerGroups.flatMap((group) =>
    Object.entries(group.api).map(([name, contract]) => [name, { contract, run: group.handlers[name] as TableEntry['run'] }] as const),
  ),
);
