import type { MethodName } from '../../core/api/contract';
import { academicHandlers } from './academic/academic-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { authHandlers } from './auth/auth-handlers';
import { staffHandlers } from './cards/staff/staff-handlers';
import { studentHandlers } from './cards/students/student-handlers';
import { classHandlers } from './classes/class-handlers';
import type { HandlerGroup } from './handler';
import { orderHandlers } from './orders/order-handlers';
import { schoolHandlers } from './school/school-handlers';
import { printHandlers } from './print/print-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { yearEndHandlers } from './yearend/yearend-handlers';

/** Every method of the contract, once: a method missing here is a type error. */
export const handlerTable: HandlerGroup<MethodName> = {
  ...authHandlers,
  ...schoolHandlers,
  ...classHandlers,
  ...academicHandlers,
  ...orderHandlers,
  ...yearEndHandlers,
  ...studentHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...syncHandlers,
  ...printHandlers,
};
