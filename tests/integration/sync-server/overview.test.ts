import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolledStudent, newChange, olena, push, registryCsv, staffCard, studentCard, teacher, teacherTaxId } from '../../fixtures/sync-server/cards';
import { addOfficers, signIn, type Officers } from '../../fixtures/sync-server/officers';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
let officers: Officers;
beforeEach(async () => {
  h = await startServer();
  await loadRegistry(h, registryCsv());
  officers = await addOfficers(h);
});
afterEach(async () => h.close());

/** School N-3003 syncs one verified student, one staff card with a wrong tax number and one with a warning. */
async function pushNorth(): Promise<string[]> {
  const student = newChange('student', studentCard());
  const broken = newChange('staff', staffCard({ taxId: '1234567890' }));
  const warned = newChange('staff', staffCard({ lastName: teacher.lastName.toLowerCase() }));
  const { status } = await call(h, 'POST', '/sync/push', { token: officers.tokenNorth, body: push([student, broken, warned, ...enrolledStudent(student.id)]) });
  expect(status).toBe(200);
  return [student.id, broken.id, warned.id];
}

describe('GET /overview/schools', () => {
  it("shows a district officer only the district's schools", async () => {
    const { status, body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.north) });
    expect(status).toBe(200);
    expect(body.schools.map((s: { code: string }) => s.code)).toEqual(['N-3003']);
  });

  it('shows a ministry officer every school, with or without a district', async () => {
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.ministry) });
    expect(body.schools.map((s: { code: string }) => s.code)).toEqual(['A-1001', 'B-2002', 'N-3003', 'S-4004']);
  });

  it('answers a school that never synced with zero counts and no last sync', async () => {
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.north) });
    expect(body).toEqual({
      generatedAt: testNow.toISOString(),
      schools: [
        {
          code: 'N-3003',
          name: 'Північний ліцей',
          country: 'UA',
          district: { code: 'NORTH', name: 'Північний район' },
          lastSyncAt: null,
          students: 0,
          staff: 0,
          cards: { total: 0, verified: 0, warning: 0, error: 0, pending: 0 },
        },
      ],
    });
  });

  it("counts the school's cards by type and status, and notes its last sync", async () => {
    await pushNorth();
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.north) });
    expect(body.schools[0]).toMatchObject({ lastSyncAt: testNow.toISOString(), students: 1, staff: 2, cards: { total: 3, verified: 1, warning: 1, error: 1, pending: 0 } });
  });

  it('notes a pull as a sync too', async () => {
    await call(h, 'GET', '/sync/pull', { token: h.tokenA });
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.ministry) });
    expect(body.schools.find((s: { code: string }) => s.code === 'A-1001').lastSyncAt).toBe(testNow.toISOString());
  });

  it('leaves out deleted cards', async () => {
    await pushNorth();
    const more = Array.from({ length: 5 }, () => newChange('staff', staffCard()));
    await call(h, 'POST', '/sync/push', { token: officers.tokenNorth, body: push(more) });
    const gone = more[0]?.id ?? '';
    const { body: answer } = await call(h, 'POST', '/sync/push', { token: officers.tokenNorth, body: push([{ type: 'staff', id: gone, baseRev: 1, deleted: true }]) });
    expect(answer.results[0].outcome).toBe('applied');
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.north) });
    expect(body.schools[0].staff).toBe(6);
  });

  it('names no person and no card', async () => {
    const ids = await pushNorth();
    const { body } = await call(h, 'GET', '/overview/schools', { token: await signIn(h, officers.ministry) });
    const text = JSON.stringify(body);
    for (const secret of [olena.lastName, olena.firstName, olena.number, teacher.lastName, teacherTaxId, '1234567890', ...ids]) expect(text).not.toContain(secret);
  });
});

describe('GET /overview/schools/CODE/issues', () => {
  it('counts the cards that carry each issue code, by card type', async () => {
    await pushNorth();
    const { status, body } = await call(h, 'GET', '/overview/schools/N-3003/issues', { token: await signIn(h, officers.north) });
    expect(status).toBe(200);
    expect(body.school).toEqual({ code: 'N-3003', name: 'Північний ліцей', district: { code: 'NORTH', name: 'Північний район' } });
    expect(body.cards).toEqual({ total: 3, verified: 1, warning: 1, error: 1, pending: 0 });
    expect(body.issues).toContainEqual({ code: 'NAME_LOWER_CASE', severity: 'warning', cards: 1, students: 0, staff: 1 });
    expect(body.issues.every((i: { students: number; staff: number; cards: number }) => i.students + i.staff === i.cards)).toBe(true);
  });

  it('names no person, no document and no card', async () => {
    const ids = await pushNorth();
    const { body } = await call(h, 'GET', '/overview/schools/N-3003/issues', { token: await signIn(h, officers.ministry) });
    const text = JSON.stringify(body);
    for (const secret of [olena.lastName, olena.firstName, olena.number, teacher.lastName, teacher.firstName, teacherTaxId, '1234567890', ...ids]) expect(text).not.toContain(secret);
  });

  it("refuses a district officer another district's school with 403", async () => {
    const { status, body } = await call(h, 'GET', '/overview/schools/S-4004/issues', { token: await signIn(h, officers.north) });
    expect(status).toBe(403);
    expect(body.error.code).toBe('FORBIDDEN');
  });

  it('refuses a district officer a school of no district with 403', async () => {
    expect((await call(h, 'GET', '/overview/schools/A-1001/issues', { token: await signIn(h, officers.north) })).status).toBe(403);
  });

  it('answers a district officer an unknown code as outside the district, telling nothing of other districts', async () => {
    expect((await call(h, 'GET', '/overview/schools/NO-SUCH/issues', { token: await signIn(h, officers.north) })).status).toBe(403);
  });

  it('answers a ministry officer any school, and an unknown code with 404', async () => {
    const token = await signIn(h, officers.ministry);
    expect((await call(h, 'GET', '/overview/schools/S-4004/issues', { token })).status).toBe(200);
    expect((await call(h, 'GET', '/overview/schools/NO-SUCH/issues', { token })).status).toBe(404);
  });
});

async function workbookRows(token: string, query: string): Promise<{ status: number; rows: unknown[][] }> {
  const response = await fetch(`${h.url}/overview/schools.xlsx?${query}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status !== 200) return { status: response.status, rows: [] };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: response.status, rows };
}

describe('GET /overview/schools.xlsx', () => {
  it("exports the officer's schools under headings of the language asked", async () => {
    const { status, rows } = await workbookRows(await signIn(h, officers.ministry), 'lang=en');
    expect(status).toBe(200);
    expect(rows[0]?.slice(0, 3)).toEqual(['Code', 'School', 'District']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['A-1001', 'B-2002', 'N-3003', 'S-4004']);
  });

  it('exports only the schools of the filter, in the order asked', async () => {
    const { rows } = await workbookRows(await signIn(h, officers.ministry), 'district=SOUTH&lang=uk');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['S-4004']);
    const sorted = await workbookRows(await signIn(h, officers.ministry), 'sort=code&dir=desc');
    expect(sorted.rows.slice(1).map((r) => r[0])).toEqual(['S-4004', 'N-3003', 'B-2002', 'A-1001']);
  });

  it("exports a district officer only the district's schools", async () => {
    const { rows } = await workbookRows(await signIn(h, officers.north), '');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['N-3003']);
  });

  it("refuses a school's token with 403", async () => {
    expect((await workbookRows(h.tokenA, '')).status).toBe(403);
  });
});

describe('the dashboard', () => {
  const root = () => h.url.replace(/\/api\/v1$/, '');

  it('is a page at / that loads only its own script and stylesheet', async () => {
    const response = await fetch(`${root()}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('src="dashboard/app.js"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves its script, built from the sources', async () => {
    const response = await fetch(`${root()}/dashboard/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('javascript');
    expect(await response.text()).toContain('school-office-overview-session');
  });
});
