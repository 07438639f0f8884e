import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { loginBodySchema, type LoginAnswer } from '../../../core/overview/people-auth';
import { ApiError } from '../../api-error';
import { signIn, signOut } from '../../people/sessions';
import type { AppDeps, PersonEnv } from '../app-env';
import { personAuth } from '../person-auth';
import { jsonBody } from '../request-input';

/** A login body is two short strings. */
const loginBodyLimit = 4096;

/** POST /auth/login and /auth/logout: district and ministry officers' sessions (DESIGN §11); schools use tokens. */
export function authRoutes(deps: AppDeps): Hono<PersonEnv> {
  const tooLarge = new ApiError('PAYLOAD_TOO_LARGE', `a sign-in is at most ${loginBodyLimit} bytes`);
  return new Hono<PersonEnv>()
    .use('/auth/login', bodyLimit({ maxSize: loginBodyLimit, onError: (c) => c.json(tooLarge.body(), tooLarge.status) }))
    .post('/auth/login', async (c) => {
      const { login, password } = await jsonBody(c, loginBodySchema, loginBodyLimit);
      const now = deps.now();
      const result = await signIn(deps.db, login, password, now);
      if (result.ok) {
        const answer: LoginAnswer = { token: result.token, user: result.person };
        return c.json(answer);
      }
      if (result.retryAt) {
        c.header('Retry-After', String(Math.ceil((result.retryAt.getTime() - now.getTime()) / 1000)));
        throw new ApiError('RATE_LIMITED', 'too many failed sign-ins with this login: try again later', { retryAt: result.retryAt.toISOString() });
      }
      throw new ApiError('UNAUTHENTICATED', 'the login or the password is wrong');
    })
    .post('/auth/logout', personAuth(deps.db, deps.now), async (c) => {
      await signOut(deps.db, c.get('sessionToken'), deps.now());
      return c.json({ signedOut: true });
    });
}
