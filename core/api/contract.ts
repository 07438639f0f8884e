import type { z } from 'zod';
import { academicApi } from './academic-api';
import { archiveApi } from './archive-api';
import { auditApi } from './audit-api';
import { authApi } from './auth-api';
import { backupApi } from './backup-api';
import { cardFilesApi } from './card-files-api';
import { calendarApi } from './calendar-api';
import { cardsApi } from './cards-api';
import { classesApi } from './classes-api';
import { journalFilesApi } from './journal-files-api';
import { journalsApi } from './journals-api';
import { ordersApi } from './orders-api';
import { printApi } from './print-api';
import { schoolApi } from './school-api';
import { syncApi } from './sync-api';
import { teachingApi } from './teaching-api';
import { usersApi } from './users-api';
import { yearEndApi } from './yearend-api';

/** Every method the renderer may call, one contract file per backend feature folder. */
export const apiContract = {
  ...authApi,
  ...usersApi,
  ...schoolApi,
  ...cardsApi,
  ...cardFilesApi,
  ...classesApi,
  ...academicApi,
  ...ordersApi,
  ...yearEndApi,
  ...auditApi,
  ...syncApi,
  ...printApi,
  ...backupApi,
  ...archiveApi,
  ...teachingApi,
  ...calendarApi,
  ...journalsApi,
  ...journalFilesApi,
};

export type ApiContract = typeof apiContract;
export type MethodName = keyof ApiContract;
export type MethodInput<M extends MethodName> = z.input<ApiContract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.infer<ApiContract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<ApiContract[M]['output']>;
