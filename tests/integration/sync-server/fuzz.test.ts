import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enrolledStudent, newChange, push, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

/** What an answer must never show: stack frames, SQL, the database, file paths of the server. */
const internals = /\n\s+at |\(\S+:\d+:\d+\)|SQLITE|sqlite|SELECT |INSERT |UPDATE |node_modules|\/work\/|sync-server\/|\.ts:\d+/;

let h: Harness;
/** Ids of school B's records: school A's requests try them. */
let foreignIds: string[];

beforeAll(async () => {
  h = await startServer({ rateLimitPerMinute: 1_000_000, validateRateLimitPerMinute: 1_000_000 });
  await loadRegistry(h, registryCsv());
  const student = newChange('student', studentCard());
  const staff = newChange('staff', staffCard());
  const structure = enrolledStudent(student.id);
  await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push([staff, student, ...structure]) });
  foreignIds = [student.id, staff.id, ...structure.map((c) => c.id)];
});
afterAll(async () => h.close());

interface Attempt {
  method: 'GET' | 'POST';
  path: string;
  token: string | undefined;
  body?: Uint8Array;
  gzip?: boolean;
  encoding?: string;
}

const token = () => fc.constantFrom<string | undefined>(undefined, 'a', 'so1_not-a-real-token', `${'x'.repeat(300)}`, 'A', 'B').map((t) => (t === 'A' ? h.tokenA : t === 'B' ? h.tokenB : t));
const foreignId = () => fc.integer({ min: 0, max: 4 }).map((i) => foreignIds[i] ?? randomUUID());
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Values of every JSON type and of wrong types where fields are expected. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const hugeString = fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'ж'.repeat(n));
const deep = fc.integer({ min: 60, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);

const change = fc.record(
  {
    type: fc.oneof(fc.constantFrom('student', 'staff', 'class', 'enrollment', 'order', 'period', 'academicYear'), anyJson),
    id: fc.oneof(fc.uuid(), foreignId(), anyJson, hugeString),
    baseRev: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 5 }), anyJson),
    deleted: fc.oneof(fc.boolean(), anyJson),
    data: fc.oneof(fc.constant(studentCard()), fc.constant(staffCard()), anyJson, fc.record({ lastName: anyJson, documents: anyJson, acknowledgements: anyJson, guardians: anyJson })),
  },
  { requiredKeys: [] },
);

/** A body: JSON text of a near-valid shape, anything JSON, broken text, a huge string, deep nesting, or bytes that are not UTF-8. */
function body(nearValid: fc.Arbitrary<unknown>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: nearValid.map((v) => utf8(JSON.stringify(v))) },
    { weight: 1, arbitrary: anyJson.map((v) => utf8(JSON.stringify(v))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map(utf8) },
    { weight: 1, arbitrary: hugeString.map((s) => utf8(JSON.stringify({ batchId: s, changes: [], type: s, data: s }))) },
    { weight: 1, arbitrary: deep.map((d) => utf8(`{"batchId":"b","type":"student","changes":[{"data":${d}}],"data":${d}}`)) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => Uint8Array.from([0x7b, 0xff, ...bytes])) },
  );
}

const pushBody = fc.record({ batchId: fc.oneof(fc.uuid(), anyJson), changes: fc.oneof(fc.array(change, { maxLength: 5 }), anyJson) }, { requiredKeys: [] });
const validateBody = fc.record({ type: fc.oneof(fc.constantFrom('student', 'staff'), anyJson), id: fc.oneof(fc.uuid(), foreignId(), anyJson), data: change.map((c) => c.data) }, { requiredKeys: [] });
const query = (names: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...names, 'x'), fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constantFrom('all', 'error', '0', '-1', '99999999999999999999'))), { maxLength: 3 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`));

const attempt: fc.Arbitrary<Attempt> = fc.oneof(
  fc.record({ method: fc.constant('GET' as const), path: fc.constantFrom('/health', '/rules', '/nothing', '/sync/push'), token: token() }),
  fc.record({ method: fc.constant('GET' as const), path: query(['since', 'limit']).map((q) => `/sync/pull${q}`), token: token() }),
  fc.record({ method: fc.constant('GET' as const), path: query(['status']).map((q) => `/reports/cards${q}`), token: token() }),
  fc.record({ method: fc.constant('POST' as const), path: fc.constant('/sync/push'), token: token(), body: body(pushBody), gzip: fc.boolean(), encoding: fc.constantFrom(undefined, 'br', 'gzip, gzip') }, { requiredKeys: ['method', 'path', 'token', 'body'] }),
  fc.record({ method: fc.constant('POST' as const), path: fc.constant('/validate'), token: token(), body: body(validateBody), gzip: fc.boolean() }, { requiredKeys: ['method', 'path', 'token', 'body'] }),
);

async function send(a: Attempt): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'X-Device-Id': 'fuzz-pc' };
  if (a.token !== undefined) headers.Authorization = `Bearer ${a.token}`;
  let payload = a.body;
  if (payload && a.gzip) {
    payload = gzipSync(payload);
    headers['Content-Encoding'] = 'gzip';
  } else if (payload && a.encoding) headers['Content-Encoding'] = a.encoding;
  if (payload) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${h.url}${a.path}`, { method: a.method, headers, body: payload ? Buffer.from(payload) : undefined });
  return { status: response.status, text: await response.text() };
}

describe('the server under hostile requests', () => {
  it('answers thousands of malformed, oversized, deep, non-UTF-8 and cross-school requests without a 5xx or an internal', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const failures = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(attempt, async (a) => {
        const { status, text } = await send(a);
        expect(status).toBeLessThan(500);
        expect(text).not.toMatch(internals);
      }),
      { seed: 20251015, numRuns: 2500 },
    );
    expect(failures).not.toHaveBeenCalled();
    expect((await call(h, 'GET', '/health')).status).toBe(200);
    vi.restoreAllMocks();
  }, 120_000);

  it("leaves school B's records as they were", async () => {
    const { body: pulled } = await call(h, 'GET', '/sync/pull', { token: h.tokenB, device: 'another-pc' });
    expect(pulled.changes.map((c: { id: string; rev: number }) => [c.id, c.rev]).sort()).toEqual(foreignIds.map((id) => [id, 1]).sort());
  });
});
