import { Hono, type Context } from 'hono';
import { dashboardBundle } from '../../dashboard/dashboard-bundle';
import { dashboardUk } from '../../dashboard/dashboard-uk';

/** Only the dashboard's own script and stylesheet, and calls back to this server. */
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const page = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${dashboardUk.title}</title><link rel="stylesheet" href="dashboard/app.css"></head>
<body><div id="root"></div><script src="dashboard/app.js" defer></script></body></html>`;

function secure(c: Context): void {
  c.header('Content-Security-Policy', contentSecurityPolicy);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-cache');
}

/**
 * The district's and the ministry's dashboard (DESIGN §11) at `/`: a page, its script and its stylesheet, no token
 * needed to load them; the data come from /api/v1/overview with the person's session.
 */
export function dashboardRoutes(): Hono {
  return new Hono()
    .get('/', (c) => {
      secure(c);
      return c.html(page);
    })
    .get('/dashboard/app.js', async (c) => {
      secure(c);
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      return c.body((await dashboardBundle()).script);
    })
    .get('/dashboard/app.css', async (c) => {
      secure(c);
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body((await dashboardBundle()).style);
    });
}
