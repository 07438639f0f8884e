import { actingUser, defineHandlers } from '../handler';
import { login } from './login-service';
import { createSchool, setupStatus } from './setup-service';

export const authHandlers = defineHandlers<'setup.status' | 'setup.createSchool' | 'auth.login' | 'auth.logout' | 'auth.me'>({
  'setup.status': { permission: 'public', run: (ctx) => setupStatus(ctx.db) },
  'setup.createSchool': {
    permission: 'public',
    run: async (ctx, input) => {
      await createSchool(ctx.db, input, ctx.now());
      return { ok: true };
    },
  },
  'auth.login': { permission: 'public', run: (ctx, input) => login(ctx.db, ctx.sessions, input) },
  // Public so that logging out an already expired session still succeeds.
  'auth.logout': {
    permission: 'public',
    run: (ctx) => {
      if (ctx.session) ctx.sessions.drop(ctx.session);
      return { ok: true };
    },
  },
  'auth.me': {
    permission: 'authenticated',
    run: (ctx) => ({ user: actingUser(ctx) }),
  },
});
