import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../core/api/contract';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import type { DemoSchool } from '../../../electron/backend/demo/demo-school-types';
import { generateDemoSchool } from '../../../electron/backend/demo/generate-demo-school';
import { seedDemoSchool, type DemoSeedSummary } from '../../../electron/backend/demo/seed-demo-school';
import { openBlankOffice, today, type Office } from '../../fixtures/office';

/** The demo seeded on `day`, its administrator signed in. */
async function seededOn(day: string): Promise<{ office: Office; summary: DemoSeedSummary; generated: DemoSchool }> {
  const office = openBlankOffice({ day });
  // The current year's journals are another test file's (demo-journals.test.ts): without them each seed is quicker.
  const summary = await seedDemoSchool(office.backend, { today: day, journals: false });
  await office.signIn(demoAdministrator.login, demoAdministrator.password);
  return { office, summary, generated: generateDemoSchool({ today: day }) };
}

async function yearId(office: Office, label: string): Promise<string> {
  const { years } = await office.call('academicYears.list', {});
  const year = years.find((y) => y.label === label);
  if (!year) throw new Error(`no academic year ${label}`);
  return year.id;
}

/** Every grade of a year as text a second seeding must repeat: the student by name and birth date, not by card id. */
function gradesOf(office: Office, label: string): string[] {
  const rows = office.backend.db
    .prepare(
      `SELECT s.last_name || ' ' || s.first_name || ' ' || s.middle_name || ' ' || s.birth_date AS student, c.label AS class, sub.name AS subject,
         g.scope, coalesce(p.name, '') AS period, g.final
       FROM period_grades g JOIN students s ON s.id = g.student_id JOIN assignments a ON a.id = g.assignment_id
       JOIN classes c ON c.id = a.class_id JOIN subjects sub ON sub.id = a.subject_id LEFT JOIN periods p ON p.id = g.period_id
       JOIN academic_years y ON y.id = c.academic_year_id WHERE y.name = ? AND g.deleted = 0`,
    )
    .all(label) as Record<string, string>[];
  return rows.map((r) => Object.values(r).join('|')).sort();
}

describe("the demo's finished previous year", () => {
  const pastYear = '2024/2025';
  let office: Office;
  let summary: DemoSeedSummary;
  let generated: DemoSchool;
  let orders: MethodOutput<'orders.list'>;
  beforeAll(async () => {
    ({ office, summary, generated } = await seededOn(today));
    orders = await office.call('orders.list', { academicYear: pastYear });
  }, 180_000);
  afterAll(() => office.dispose());

  const studentId = (key: string) => summary.studentIds[key] ?? summary.pastStudentIds[key] ?? '';
  const ordersOfKind = (kind: string) => orders.orders.filter((o) => o.kind === kind);

  it('is the year before the current one, with every period closed', async () => {
    const { periods } = await office.call('periods.list', { academicYearId: await yearId(office, pastYear) });
    expect(periods.map((p) => [p.name, p.closed])).toEqual([
      ['I семестр', true],
      ['II семестр', true],
    ]);
  });

  it('had its periods closed by the director, each after its last day', () => {
    const closures = office.backend.db
      .prepare(
        `SELECT c.closed_at AS closedAt, p.end_date AS "end", u.roles FROM period_closures c JOIN periods p ON p.id = c.period_id
         JOIN users u ON u.id = c.closed_by JOIN academic_years y ON y.id = p.academic_year_id WHERE y.name = ?`,
      )
      .all(pastYear) as { closedAt: string; end: string; roles: string }[];
    expect(closures).toHaveLength(2);
    expect(closures.every((c) => c.closedAt.slice(0, 10) >= c.end && c.roles.includes('director'))).toBe(true);
  });

  it("has today's classes one grade lower, and the classes that left: the 11th grades and the 9th grades that all left after grade 9", async () => {
    const { classes } = await office.call('classes.ofYear', { academicYearId: await yearId(office, pastYear), date: '2025-05-15' });
    const expected = generated.pastYear.classes.map((c) => c.label).sort();
    expect(classes.map((c) => c.label).sort()).toEqual(expected);
    expect(expected).toHaveLength(69);
    expect(expected).toEqual(expect.arrayContaining(['1-А', '4-А', '9-Є', '11-В']));
    expect(expected).not.toContain('10-Г');
  });

  it('gives each class its homeroom teacher: the one it has today, or for a 4th grade the primary teacher of the new 1st grade', async () => {
    const { classes } = await office.call('classes.ofYear', { academicYearId: await yearId(office, pastYear), date: '2025-05-15' });
    const teacherOf = (label: string) => classes.find((c) => c.label === label)?.homeroomTeacherId;
    const todays = (label: string) => summary.staffIds[generated.classes.find((c) => c.label === label)?.homeroomStaffKey ?? ''];
    expect(teacherOf('4-А')).toBe(todays('1-А'));
    expect(teacherOf('5-Б')).toBe(todays('6-Б'));
    expect(teacherOf('10-В')).toBe(todays('11-В'));
  });

  it('enrolled its students on 1 September by one order per class, numbered from 1', () => {
    const enroll = ordersOfKind('enroll');
    expect(enroll).toHaveLength(generated.pastYear.classes.length);
    expect(enroll.every((o) => o.date === '2024-09-01' && o.warnings.length === 0)).toBe(true);
    expect(enroll.map((o) => o.number).sort((a, b) => a - b)).toEqual(enroll.map((_, i) => i + 1));
  });

  it('numbers all of its orders without gaps', () => {
    expect(orders.missingNumbers).toEqual([]);
    expect(orders.orders.map((o) => o.number).sort((a, b) => a - b)).toEqual(orders.orders.map((_, i) => i + 1));
  });

  it('withdrew the leavers during the year, each by an order of that day with its reason', () => {
    const expected = generated.pastYear.withdrawals.map((w) => [w.date, studentId(w.studentKey), w.reason, w.destinationSchool ?? null]).sort();
    const during = ordersOfKind('withdraw').filter((o) => o.yearEndOf === null);
    expect(during.map((o) => [o.date, o.items[0]?.studentId, o.items[0]?.reason, o.items[0]?.destinationSchool ?? null]).sort()).toEqual(expected);
  });

  it('has a year grade in every subject of their class for each student who stayed to the end of the year', () => {
    const missing = office.backend.db
      .prepare(
        `SELECT count(*) AS n FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN academic_years y ON y.id = c.academic_year_id
         JOIN assignments a ON a.class_id = c.id AND a.deleted = 0
         WHERE y.name = ? AND e.deleted = 0 AND (e.to_date IS NULL OR e.to_date > '2025-05-31')
           AND NOT EXISTS (SELECT 1 FROM period_grades g WHERE g.assignment_id = a.id AND g.student_id = e.student_id AND g.scope = 'year'
                           AND g.deleted = 0 AND g.confirmed_at IS NOT NULL)`,
      )
      .get(pastYear) as { n: number };
    const graded = gradesOf(office, pastYear).filter((g) => g.includes('|year|'));
    expect(graded.length).toBeGreaterThan(20_000);
    expect(missing.n).toBe(0);
  });

  it('has grades of the scale, rarely not assessed or exempt', () => {
    const finals = gradesOf(office, pastYear).map((g) => g.split('|').at(-1) ?? '');
    const numbers = finals.filter((f) => /^\d+$/.test(f)).map(Number);
    expect(numbers.every((n) => n >= 1 && n <= 12)).toBe(true);
    expect(numbers.length / finals.length).toBeGreaterThan(0.99);
    expect(finals).toContain('not_assessed');
    expect(finals).toContain('exempt');
  });

  it('graduated the 11th grades by the graduation order: their cards kept, out of every class today', async () => {
    const graduates = generated.pastYear.students.filter((s) => s.classKey.startsWith('11-')).map((s) => studentId(s.key));
    const [graduation] = ordersOfKind('graduate');
    expect(graduation?.items.map((i) => i.studentId).sort()).toEqual([...graduates].sort());
    expect(graduation?.items.every((i) => i.reason === 'completed_education')).toBe(true);
    const card = await office.call('students.get', { id: graduates[0] ?? '' });
    expect(card.classId).toBeNull();
  });

  it("withdrew the 9th graders who left after grade 9 by the year-end's order", () => {
    const leavers = generated.pastYear.gradeNineLeavers.map(studentId);
    const yearEnd = ordersOfKind('withdraw').filter((o) => o.yearEndOf === pastYear);
    expect(yearEnd.flatMap((o) => o.items.map((i) => i.studentId)).sort()).toEqual([...leavers].sort());
  });

  it("made today's classes by the year-end transition: the promotion order moved the others, the repeat order kept the repeaters", async () => {
    const { runs } = await office.call('yearEnd.runs', {});
    expect(runs.map((r) => [r.closingYear, r.undoneAt])).toEqual([[pastYear, null]]);
    expect(runs[0]?.orders.map((o) => o.kind)).toEqual(['graduate', 'withdraw', 'promote', 'repeat']);
    const promoted = new Set(ordersOfKind('promote').flatMap((o) => o.items.map((i) => i.studentId)));
    const repeated = ordersOfKind('repeat').flatMap((o) => o.items.map((i) => i.studentId));
    const carried = generated.students.filter((s) => !s.classKey.startsWith('1-'));
    expect(repeated.sort()).toEqual(generated.pastYear.repeaters.map(studentId).sort());
    expect(carried.filter((s) => !promoted.has(studentId(s.key)) && !repeated.includes(studentId(s.key)))).toEqual([]);
  });

  it("puts every one of today's students in the class the generator gave them, and counts no leaver among them", async () => {
    const { classes } = await office.call('classes.list', {});
    const labelOf = new Map(classes.map((c) => [c.id, c.label]));
    const student = generated.students.find((s) => s.key === generated.pastYear.repeaters[0]);
    const { classId } = await office.call('students.get', { id: studentId(student?.key ?? '') });
    expect(labelOf.get(classId ?? '')).toBe(student?.classKey);
    expect((await office.call('home.summary', {})).students.total).toBe(generated.students.length);
  });

  it('keeps an unbroken audit chain', async () => {
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: true, drift: [] });
  });
});

describe('the finished previous year whatever the date', () => {
  const opened: Office[] = [];
  afterAll(() => {
    for (const office of opened) office.dispose();
  });

  it('in September is the academic year that ended in summer, its transition dated 1 June', async () => {
    const { office } = await seededOn('2026-09-10');
    opened.push(office);
    const { runs } = await office.call('yearEnd.runs', {});
    expect(runs.map((r) => r.closingYear)).toEqual(['2025/2026']);
    const { orders } = await office.call('orders.list', { academicYear: '2025/2026' });
    expect(orders.find((o) => o.kind === 'promote')?.date).toBe('2026-06-01');
    expect((await office.call('classes.list', {})).classes).toHaveLength(70);
  }, 180_000);

  it('in June is the year before the one ending, which stays open', async () => {
    const { office } = await seededOn('2026-06-15');
    opened.push(office);
    const { runs } = await office.call('yearEnd.runs', {});
    expect(runs.map((r) => r.closingYear)).toEqual(['2024/2025']);
    const { periods } = await office.call('periods.list', { academicYearId: await yearId(office, '2025/2026') });
    expect(periods.some((p) => p.closed)).toBe(false);
    expect((await office.call('classes.list', {})).classes).toHaveLength(70);
  }, 180_000);

  it('comes out the same, grade for grade, when seeded again on the same date', async () => {
    const first = opened[0];
    if (!first) throw new Error('the September demo was not seeded');
    const { office } = await seededOn('2026-09-10');
    opened.push(office);
    expect(gradesOf(office, '2025/2026')).toEqual(gradesOf(first, '2025/2026'));
  }, 180_000);
});
