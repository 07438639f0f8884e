import { actingUser, defineHandlers } from '../../handler';
import { findStaff, getStaff, saveStaff } from './staff-service';

export const staffHandlers = defineHandlers<'staff.list' | 'staff.get' | 'staff.save'>({
  'staff.list': { permission: 'staff.read', run: (ctx, input) => findStaff(ctx.db, input) },
  'staff.get': { permission: 'staff.read', run: (ctx, input) => getStaff(ctx.db, input.id) },
  'staff.save': { permission: 'staff.write', run: (ctx, input) => saveStaff(ctx.db, actingUser(ctx), input, ctx.now()) },
});
