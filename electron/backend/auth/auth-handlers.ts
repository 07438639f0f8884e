import { authApi } from '../../../core/api/auth-api';
import { actingUser, defineHandlers } from '../handler';
import { login } from './login-service';
import { createSchool, setupStatus } from './setup-service';

export const authHandlers = defineHandlers(authApi, {
  'setup.status': (ctx) => setupStatus(ctx.db),
  'setup.createSchool': async (ctx, input) => {
    await createSchool(ctx.db, input, ctx.now());
    return { ok: true } as const;
  },
  'auth.login': (ctx, input) => login(ctx.db, ctx.sessions, input),
  'auth.logout': (ctx) => {
    if (ctx.session) ctx.sessions.drop(ctx.session);
    return { ok: true } as const;
  },
  'auth.me': (ctx) => ({ user: actingUser(ctx) }),
});
