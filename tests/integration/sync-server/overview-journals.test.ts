import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { olena, push } from '../../fixtures/sync-server/cards';
import { semesterJournal } from '../../fixtures/sync-server/journal-changes';
import { addOfficers, signIn, type Officers } from '../../fixtures/sync-server/officers';
import { call, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
let officers: Officers;
beforeEach(async () => {
  h = await startServer();
  officers = await addOfficers(h);
});
afterEach(async () => h.close());

/** School N-3003 syncs the semester journal of the fixture (counts in semesterJournal's comment). */
async function pushNorthJournal(): Promise<string> {
  const j = semesterJournal();
  const { status, body } = await call(h, 'POST', '/sync/push', { token: officers.tokenNorth, body: push(j.changes) });
  expect(status).toBe(200);
  expect(new Set(body.results.map((r: { outcome: string }) => r.outcome))).toEqual(new Set(['applied']));
  return j.studentId;
}

describe('GET /overview/schools/CODE/journals', () => {
  it("counts a school's journals per period: lessons and topics, attendance, late entries, mean grades by grade level", async () => {
    await pushNorthJournal();
    const { status, body } = await call(h, 'GET', '/overview/schools/N-3003/journals', { token: await signIn(h, officers.north) });
    expect(status).toBe(200);
    expect(body.periods).toEqual([
      {
        academicYear: '2025/2026',
        number: 1,
        name: 'I семестр',
        start: '2025-09-01',
        end: '2025-12-31',
        closed: true,
        lessonsHeld: 2,
        lessonsWithTopic: 1,
        topicShare: '0.50',
        attendance: { places: 2, absent: 1, excused: 0, late: 0, rate: '0.50' },
        lateEntries: { topics: 0, marks: 1 },
        grades: [{ grade: 5, count: 1, mean: '10.00' }],
      },
    ]);
  });

  it('answers no person: no student id, name or mark of one', async () => {
    const studentId = await pushNorthJournal();
    const { body } = await call(h, 'GET', '/overview/schools/N-3003/journals', { token: await signIn(h, officers.ministry) });
    const text = JSON.stringify(body);
    expect(text).not.toContain(studentId);
    expect(text).not.toContain(olena.lastName);
  });

  it('answers a school without journals with no periods', async () => {
    const { body } = await call(h, 'GET', '/overview/schools/N-3003/journals', { token: await signIn(h, officers.north) });
    expect(body.periods).toEqual([]);
  });

  it("refuses a district officer another district's school", async () => {
    const { status } = await call(h, 'GET', '/overview/schools/N-3003/journals', { token: await signIn(h, officers.south) });
    expect(status).toBe(403);
  });

  it("refuses a school's token", async () => {
    const { status } = await call(h, 'GET', '/overview/schools/N-3003/journals', { token: officers.tokenNorth });
    expect(status).toBe(403);
  });
});
