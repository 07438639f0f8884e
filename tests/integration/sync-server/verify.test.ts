import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOfDigest, documentIdOfCode } from '../../../core/archive/verification-code';
import { addSchool } from '../../../sync-server/admin/schools';
import { issueToken } from '../../../sync-server/admin/tokens';
import { createApp } from '../../../sync-server/http/app';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { testNow } from '../../fixtures/sync-server/server-harness';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

const document = (code: string) => ({
  code,
  kind: 'order',
  title: 'Наказ № 12 від 20.11.2025',
  pages: 2,
  printedAt: '2025-11-20 12:00',
  printedBy: 'Гончаренко Ірина Василівна',
  sha256: 'a'.repeat(64),
});

/** GET /api/v1/verify/CODE and the /verify/CODE page (DESIGN §8), through app.request(). */
describe('verification of printed documents', () => {
  let dir: string;
  let db: ServerDb;
  let database: TestDatabase;
  let app: Hono;
  let token: string;
  let code: string;
  /** A request from one client address (the socket's peer, as @hono/node-server hands it over). */
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const get = (path: string, address = '192.0.2.1') => app.request(path, {}, from(address));
  const pushDocument = async (data: unknown, id: string) => {
    const response = await app.request(
      '/api/v1/sync/push',
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'X-Device-Id': 'pc-1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ batchId: randomUUID(), changes: [{ type: 'document', id, baseRev: null, data }] }),
      },
      from('192.0.2.200'),
    );
    return ((await response.json()) as { results: { outcome: string }[] }).results[0]?.outcome;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sync-server-verify-'));
    db = await openDatabase((database = await freshServerDatabase(dir)).location);
    await addSchool(db, { code: '12345678', name: 'Ліцей № 7 м. Полтави', country: 'UA' }, testNow);
    token = await issueToken(db, '12345678', testNow);
    app = createApp({ db, now: () => testNow, verifyRateLimitPerMinute: 5 });
    code = codeOfDigest(randomBytes(32));
    expect(await pushDocument(document(code), documentIdOfCode(code))).toBe('applied');
  });
  afterEach(async () => {
    await db.destroy();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a registered code with the document and its school, without a token', async () => {
    const response = await get(`/api/v1/verify/${code}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...document(code), school: { code: '12345678', name: 'Ліцей № 7 м. Полтави' } });
  });

  it('reads a code whatever its case and hyphens, with I and L for 1 and O for 0', async () => {
    const typed = code.replace(/-/g, '').toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
    const response = await get(`/api/v1/verify/${typed}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { code: string }).code).toBe(code);
  });

  it('answers 404 for a code no school registered, and for text that cannot be a code', async () => {
    const unknown = await get(`/api/v1/verify/${codeOfDigest(randomBytes(32))}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await get('/api/v1/verify/not-a-code')).status).toBe(404);
  });

  it('keeps nothing but the documented fields of a pushed document: no names of students reach the server', async () => {
    const other = codeOfDigest(randomBytes(32));
    expect(await pushDocument({ ...document(other), students: ['Бойко Ірина Олегівна'] }, documentIdOfCode(other))).toBe('applied');
    const body = await (await get(`/api/v1/verify/${other}`)).json();
    expect(Object.keys(body as object).sort()).toEqual(['code', 'kind', 'pages', 'printedAt', 'printedBy', 'school', 'sha256', 'title']);
  });

  it('verifies nothing for a document pushed under an id its code does not stand for', async () => {
    const forged = codeOfDigest(randomBytes(32));
    expect(await pushDocument(document(forged), randomUUID())).toBe('applied');
    expect((await get(`/api/v1/verify/${forged}`)).status).toBe(404);
  });

  it('shows a person who scanned the QR code a page in Ukrainian and English, with a strict CSP and no external asset', async () => {
    const response = await get(`/verify/${code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await response.text();
    expect(html).toContain('Документ зареєстровано / Document registered');
    expect(html).toContain('Ліцей № 7 м. Полтави (12345678)');
    expect(html).toContain('Наказ № 12 від 20.11.2025');
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('escapes what the document’s title holds', async () => {
    const other = codeOfDigest(randomBytes(32));
    await pushDocument({ ...document(other), title: '<img src=x onerror=alert(1)>' }, documentIdOfCode(other));
    const html = await (await get(`/verify/${other}`)).text();
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('answers the page with 404 for an unknown code', async () => {
    const response = await get(`/verify/${codeOfDigest(randomBytes(32))}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Документ не знайдено / Document not found');
  });

  it('limits lookups per client address: the sixth in a minute is 429, another address still answered', async () => {
    for (let i = 0; i < 5; i++) expect((await get(`/api/v1/verify/${code}`, '198.51.100.7')).status).toBe(200);
    const limited = await get(`/verify/${code}`, '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await get(`/api/v1/verify/${code}`, '198.51.100.8')).status).toBe(200);
  });
});
