import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import type { BlankEnv } from 'hono/types';
import { normaliseCode } from '../../../core/archive/verification-code';
import { ApiError } from '../../api-error';
import { registeredDocument, type VerifiedDocument } from '../../verify/registered-documents';
import type { AppDeps } from '../app-env';
import { rateLimit } from '../rate-limit';

const kindNames: Readonly<Record<VerifiedDocument['kind'], [string, string]>> = {
  order: ['Наказ', 'Order'],
  'class-list': ['Список класу', 'Class list'],
  'alphabet-book': ['Алфавітна книга', 'Alphabet book'],
  'orders-register': ['Книга наказів', 'Orders register'],
  'class-ledger': ['Зведена відомість класу', 'Class ledger'],
  'personal-file': ['Особова справа', 'Personal file'],
  'teaching-load': ['Педагогічне навантаження', 'Teaching load'],
};

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.ok{color:#0a6b2d}.no{color:#a11}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dt{color:#555}dd{margin:0;overflow-wrap:anywhere}code{font-size:1.1em}`;
/** The page has no script and no external asset; its one inline style is allowed by hash. */
const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>${body}</body></html>`;
}

function foundPage(d: VerifiedDocument): string {
  const rows: [string, string, string][] = [
    ['Заклад освіти', 'School', `${d.school.name} (${d.school.code})`],
    ['Документ', 'Document', `${kindNames[d.kind][0]} / ${kindNames[d.kind][1]}`],
    ['Назва', 'Title', d.title],
    ['Сторінок', 'Pages', String(d.pages)],
    ['Надруковано', 'Printed at', d.printedAt],
    ['Надрукував(ла)', 'Printed by', d.printedBy],
    ['SHA-256 змісту', 'Content SHA-256', d.sha256],
  ];
  const list = rows.map(([uk, en, value]) => `<dt>${uk} / ${en}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return page(
    `Документ ${d.code}`,
    `<h1 class="ok">Документ зареєстровано / Document registered</h1><p>Код перевірки / Verification code: <code>${escapeHtml(d.code)}</code></p>
<dl>${list}</dl><p>Порівняйте ці дані з паперовим документом. / Compare these details with the paper document.</p>`,
  );
}

function notFoundPage(code: string): string {
  return page(
    'Документ не знайдено',
    `<h1 class="no">Документ не знайдено / Document not found</h1><p>Код <code>${escapeHtml(code.slice(0, 64))}</code> не зареєстровано на цьому сервері.
Перевірте, чи правильно його введено. / The code is not registered on this server; check that it was typed correctly.</p>`,
  );
}

/** The address a request came from (the socket's peer: behind a proxy, the proxy's). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'unknown';
}

/**
 * A lookup's answer is a kilobyte or two: gzip through web streams (the app's compress middleware, which cannot
 * tell the size of a body not yet written) cost more than half of a lookup's time and saves a packet at best. It is
 * never cached either: a document revoked tomorrow must not verify from a cache.
 */
function uncompressedUncached(c: Context): void {
  c.header('Cache-Control', 'no-store, no-transform');
}

function htmlHeaders(c: Context): void {
  uncompressedUncached(c);
  c.header('Content-Security-Policy', contentSecurityPolicy);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}

/**
 * Verification of a printed document's code (DESIGN §8), for anyone holding the paper: no token, limited per client
 * address. `GET /api/v1/verify/CODE` answers JSON; `GET /verify/CODE` (where the QR code leads) a small page.
 */
export function verifyRoutes(deps: AppDeps, perMinute: number): Hono {
  const limit = rateLimit<BlankEnv>({ perMinute, keyOf: clientAddress, who: 'this address' }, deps.now);
  const lookup = async (code: string) => {
    const normalised = normaliseCode(code);
    return normalised ? registeredDocument(deps.db, normalised) : null;
  };
  return new Hono()
    .use('/api/v1/verify/*', limit)
    .use('/verify/*', limit)
    .get('/api/v1/verify/:code', async (c) => {
      const found = await lookup(c.req.param('code'));
      if (!found) throw new ApiError('NOT_FOUND', 'no document is registered with this verification code');
      uncompressedUncached(c);
      return c.json(found);
    })
    .get('/verify/:code', async (c) => {
      const code = c.req.param('code');
      const found = await lookup(code);
      htmlHeaders(c);
      return found ? c.html(foundPage(found)) : c.html(notFoundPage(code), 404);
    });
}
