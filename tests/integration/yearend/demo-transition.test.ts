import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpDomain, openDemoCopy, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';
import type { Office } from '../../fixtures/office';
import { pagesText } from '../../fixtures/print/pdf-text';

const choices = { date: transitionDay, students: [], firstGraders: [] };

describe('the year-end transition of the demo school', () => {
  let seeded: SeededDemo;
  let office: Office;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
  }, 120_000);
  beforeEach(async () => {
    office = await openDemoCopy(seeded);
  });
  afterEach(() => office.dispose());
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));

  /** Classes of a year with their students on the transition day (closing year) or on 1 September (new year). */
  const classesOf = async (label: string) => {
    const { years } = await office.call('academicYears.list', {});
    const year = years.find((y) => y.label === label);
    const date = year && year.start > transitionDay ? year.start : transitionDay;
    return year ? (await office.call('classes.ofYear', { academicYearId: year.id, date })).classes : [];
  };

  it('shows the whole plan in the preview and changes nothing', async () => {
    const before = dumpDomain(office.backend.db);
    const { plan, names } = await office.call('yearEnd.preview', { choices });
    expect(plan.movements.length).toBeGreaterThan(1900);
    expect(plan.movements.every((m) => names.students[m.studentId] !== undefined && names.classes[m.fromClassId] !== undefined)).toBe(true);
    expect(dumpDomain(office.backend.db)).toEqual(before);
  });

  it('makes every class of grade g a class of grade g + 1 with the same letter, and the final grade none', async () => {
    const closing = await classesOf('2025/2026');
    await office.call('yearEnd.apply', { choices });
    const next = new Set((await classesOf('2026/2027')).map((c) => c.label));
    for (const c of closing) {
      const promoted = c.label.replace(/^\d+/, String(c.grade + 1));
      expect(next.has(promoted)).toBe(c.grade < 11);
    }
  });

  it('moves every student of a promoted class into its class of the new year from 1 September', async () => {
    const closing = await classesOf('2025/2026');
    await office.call('yearEnd.apply', { choices });
    const next = await classesOf('2026/2027');
    for (const c of closing.filter((k) => k.grade < 11)) {
      const label = c.label.replace(/^\d+/, String(c.grade + 1));
      expect(next.find((k) => k.label === label)?.studentCount).toBe(c.studentCount);
    }
  });

  it('graduates the final grade by an order, leaving them in the database without a class', async () => {
    const graduating = (await classesOf('2025/2026')).filter((c) => c.grade === 11);
    const { plan } = await office.call('yearEnd.apply', { choices });
    const graduate = plan.orders.find((o) => o.kind === 'graduate');
    expect(graduate?.items).toHaveLength(graduating.reduce((n, c) => n + c.studentCount, 0));
    const someone = graduate?.items[0]?.studentId ?? '';
    expect((await office.call('students.get', { id: someone })).classId).toBeNull();
  });

  it('creates the new academic year with its two semesters', async () => {
    await office.call('yearEnd.apply', { choices });
    const { years } = await office.call('academicYears.list', {});
    const next = years.find((y) => y.label === '2026/2027');
    expect(next).toMatchObject({ start: '2026-09-01', end: '2027-08-31' });
    const { periods } = await office.call('periods.list', { academicYearId: next?.id ?? '' });
    expect(periods.map((p) => [p.name, p.start, p.end])).toEqual([
      ['I семестр', '2026-09-01', '2026-12-31'],
      ['II семестр', '2027-01-01', '2027-05-31'],
    ]);
  });

  it('numbers its orders on from the last order of the year, without gaps', async () => {
    const last = Math.max(...(await office.call('orders.list', { academicYear: '2025/2026' })).orders.map((o) => o.number));
    const { run } = await office.call('yearEnd.apply', { choices });
    expect(run.orders.map((o) => [o.kind, o.number])).toEqual([
      ['graduate', last + 1],
      ['promote', last + 2],
    ]);
    expect((await office.call('orders.list', { academicYear: '2025/2026' })).missingNumbers).toEqual([]);
  });

  it('keeps a checked backup of the database made before the transition', async () => {
    const studentsBefore = (office.backend.db.prepare('SELECT count(*) AS n FROM enrollments WHERE to_date IS NULL').get() as { n: number }).n;
    const { run } = await office.call('yearEnd.apply', { choices });
    expect(existsSync(run.backupPath)).toBe(true);
    const copy = new Database(run.backupPath, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM enrollments WHERE to_date IS NULL').get() as { n: number }).n).toBe(studentsBefore);
    } finally {
      copy.close();
    }
  });

  it('refuses a second run for the same year with YEAR_END_ALREADY_RUN and deletes nothing', async () => {
    await office.call('yearEnd.apply', { choices });
    const after = dumpDomain(office.backend.db);
    const error = await office.refusal('yearEnd.apply', { choices });
    expect(error).toEqual({ code: 'YEAR_END_ALREADY_RUN', params: { year: '2025/2026' } });
    expect(dumpDomain(office.backend.db)).toEqual(after);
  });

  it('is undone as one step back to exactly the state before it', async () => {
    const before = dumpDomain(office.backend.db);
    await office.call('yearEnd.apply', { choices: { ...choices, firstGraders: [{ lastName: 'Яковенко', firstName: 'Марія', birthDate: '2019-04-02', sex: 'F', classLabel: '1-А' }] } });
    await office.call('yearEnd.undo', {});
    expect(dumpDomain(office.backend.db)).toEqual(before);
  });

  it('can run again after an undo', async () => {
    await office.call('yearEnd.apply', { choices });
    await office.call('yearEnd.undo', {});
    const { run } = await office.call('yearEnd.apply', { choices });
    expect(run.undoneAt).toBeNull();
  });

  it('keeps the audit chain intact through the transition and its undo', async () => {
    await office.call('yearEnd.apply', { choices });
    await office.call('yearEnd.undo', {});
    expect((await office.call('audit.verify', {})).ok).toBe(true);
  });

  it('leaves every card as its audit describes it after the transition and its undo', async () => {
    await office.call('yearEnd.apply', { choices });
    expect(await office.call('audit.verify', {})).toMatchObject({ drift: [], driftTotal: 0 });
    await office.call('yearEnd.undo', {});
    expect(await office.call('audit.verify', {})).toMatchObject({ drift: [], driftTotal: 0 });
  });

  it('keeps a repeater out of the promotion order, in an order of their own, so the summary and the orders agree', async () => {
    const { plan: preview } = await office.call('yearEnd.preview', { choices });
    const repeater = preview.movements.find((m) => m.movement === 'promote')?.studentId ?? '';
    const { plan } = await office.call('yearEnd.apply', { choices: { ...choices, students: [{ studentId: repeater, action: 'repeat' }] } });
    const promote = plan.orders.find((o) => o.kind === 'promote');
    const repeat = plan.orders.find((o) => o.kind === 'repeat');
    expect(promote?.items.map((i) => i.studentId)).not.toContain(repeater);
    expect(repeat?.items.map((i) => i.studentId)).toEqual([repeater]);
    expect(promote?.items).toHaveLength(plan.movements.filter((m) => m.movement === 'promote').length);
    expect((await office.call('orders.get', { id: promote?.id ?? '' })).order.items).toHaveLength(promote?.items.length ?? 0);
  });

  it('prints the whole school’s promotion order class by class with the names in columns, not as sixty pages', async () => {
    const basis = { kind: 'council_decision' as const, protocolNumber: '12', date: '2026-06-18' };
    const { plan } = await office.call('yearEnd.apply', { choices: { ...choices, basis } });
    const promote = plan.orders.find((o) => o.kind === 'promote');
    const printout = await office.call('print.order', { id: promote?.id ?? '' });
    const pages = pagesText(printout.pdfBase64);
    expect(promote?.items.length).toBeGreaterThan(1700);
    expect(pages.length).toBeLessThanOrEqual(25);
    expect(pages[0]).toContain('Перевести учнів 1-А класу до 2-А класу');
    expect(pages.at(-1)).toContain('Підстава: рішення педагогічної ради (протокол від 18.06.2026 № 12)');
  });

  it('is refused in the middle of the year, before the last semester ends', async () => {
    const error = await office.refusal('yearEnd.preview', { choices: { ...choices, date: '2025-12-01' } });
    expect(error).toEqual({ code: 'YEAR_END_DATE_BEFORE_YEAR_ENDS', params: { date: '2025-12-01', periodEnd: '2026-05-31' } });
  });
});
