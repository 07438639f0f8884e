import { usersApi } from '../../../core/api/users-api';
import { saveSessionPolicy, sessionPolicy } from '../auth/session-policy';
import { listUsers } from '../auth/users-repository';
import { actingUser, defineHandlers } from '../handler';
import { createUser, resetPassword, setActive, staffOptions, updateUser } from './users-service';

export const usersHandlers = defineHandlers(usersApi, {
  'users.list': (ctx) => ({ users: listUsers(ctx.db) }),
  'users.staffOptions': (ctx) => staffOptions(ctx.db),
  'users.create': (ctx, input) => createUser(ctx.db, actingUser(ctx), input, ctx.now()),
  'users.update': (ctx, input) => updateUser(ctx.db, actingUser(ctx), input, ctx.now()),
  'users.setActive': (ctx, input) => setActive(ctx.db, ctx.sessions, actingUser(ctx), input, ctx.now()),
  'users.resetPassword': (ctx, input) => resetPassword(ctx.db, ctx.sessions, actingUser(ctx), input, ctx.now()),
  'users.sessionPolicy': (ctx) => sessionPolicy(ctx.db),
  'users.saveSessionPolicy': (ctx, input) => {
    saveSessionPolicy(ctx.db, input);
    return sessionPolicy(ctx.db);
  },
});
