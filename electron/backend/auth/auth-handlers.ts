import { authApi } from '../../../core/api/auth-api';
import { actingUser, defineHandlers } from '../handler';
import { changePassword, login, signedIn } from './login-service';
import { createSchool, setupStatus } from './setup-service';

export const authHandlers = defineHandlers(authApi, {
  'setup.status': (ctx) => setupStatus(ctx.db),
  'setup.createSchool': async (ctx, input) => {
    await createSchool(ctx.db, input, ctx.now());
    return { ok: true } as const;
  },
  'auth.login': (ctx, input) => login(ctx.db, ctx.sessions, input, ctx.now()),
  'auth.logout': (ctx) => {
    if (ctx.session) ctx.sessions.drop(ctx.session);
    return { ok: true } as const;
  },
  'auth.me': (ctx) => signedIn(actingUser(ctx)),
  'auth.changePassword': (ctx, input) => changePassword(ctx.db, actingUser(ctx), input, ctx.now()),
});
