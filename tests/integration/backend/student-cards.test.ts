import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { studentCardSchema } from '../../../core/schemas/student';
import { fullStudentCard, student } from '../../fixtures/backend/cards';
import { openOffice, today, type Office } from '../../fixtures/office';

describe('student cards', () => {
  let office: Office;
  let classId: string;
  beforeEach(async () => {
    office = await openOffice();
    classId = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
  });
  afterEach(() => office.dispose());

  it('loads a saved card with every section exactly as it was saved', async () => {
    const card = studentCardSchema.parse(fullStudentCard());
    const { meta } = await office.call('students.save', { card, classId });
    const loaded = await office.call('students.get', { id: meta.id });
    expect(loaded.card).toEqual(card);
    expect(loaded.classId).toBe(classId);
    expect(loaded.meta).toMatchObject({ id: meta.id, version: 1, rev: null, status: 'ok', issues: [], updatedBy: 'Гончаренко Ірина Василівна' });
  });

  it('enrols a new student in the chosen class from today', async () => {
    const { meta } = await office.call('students.save', { card: fullStudentCard(), classId });
    const enrollment = office.backend.db.prepare('SELECT from_date, to_date, reason FROM enrollments WHERE student_id = ?').get(meta.id);
    expect(enrollment).toEqual({ from_date: today, to_date: null, reason: 'admitted' });
    const { rows } = await office.call('students.list', {});
    expect(rows[0]?.className).toBe('5-А');
  });

  it('saves an invalid card with its issues and status error', async () => {
    const card = { ...fullStudentCard(), taxId: '1234567890' };
    const { meta } = await office.call('students.save', { card, classId });
    expect(meta.status).toBe('error');
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'CHECKSUM', field: 'taxId', severity: 'error' }));
    const loaded = await office.call('students.get', { id: meta.id });
    expect(loaded.card.taxId).toBe('1234567890');
    expect(loaded.meta.status).toBe('error');
  });

  it('marks the second card holding the same birth certificate DUPLICATE_IN_SCHOOL', async () => {
    await office.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    const { meta } = await office.call('students.save', { card: student('Бондаренко', 'Іван', 'Олегович', '111222'), classId });
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_IN_SCHOOL' }));
  });

  it('marks the first card of a duplicate pair too, and clears both once the number is corrected', async () => {
    const first = await office.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    const second = await office.call('students.save', { card: student('Бондаренко', 'Іван', 'Олегович', '111222'), classId });
    const firstCodes = async () => (await office.call('students.get', { id: first.meta.id })).meta.issues.map((i) => i.code);
    expect(await firstCodes()).toContain('DUPLICATE_IN_SCHOOL');
    const fixed = await office.call('students.save', { id: second.meta.id, version: second.meta.version, card: student('Бондаренко', 'Іван', 'Олегович', '111223') });
    expect(fixed.meta.issues.map((i) => i.code)).not.toContain('DUPLICATE_IN_SCHOOL');
    expect(await firstCodes()).not.toContain('DUPLICATE_IN_SCHOOL');
  });

  it('lists a card under its new name and status right after an edit', async () => {
    const other = await office.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    const { meta } = await office.call('students.save', { card: fullStudentCard(), classId });
    expect((await office.call('students.list', {})).rows.map((r) => r.lastName)).toEqual(['Бондар', 'Мельничук']);
    await office.call('students.save', { id: meta.id, version: 1, card: { ...fullStudentCard(), lastName: 'Андрієнко', documents: student('', '', '', '111222').documents } });
    const { rows } = await office.call('students.list', {});
    expect(rows.map((r) => [r.lastName, r.status])).toEqual([
      ['Андрієнко', 'error'],
      ['Бондар', 'error'],
    ]);
    expect(rows[1]?.id).toBe(other.meta.id);
  });

  it('increments the version and the unsent-change counter on every save', async () => {
    const created = await office.call('students.save', { card: fullStudentCard(), classId });
    const updated = await office.call('students.save', { id: created.meta.id, version: 1, card: { ...fullStudentCard(), phone: '+380670000000' } });
    expect(updated.meta.version).toBe(2);
    const row = office.backend.db.prepare('SELECT change_count, sent_count, rev, deleted FROM students WHERE id = ?').get(created.meta.id);
    expect(row).toEqual({ change_count: 2, sent_count: 0, rev: null, deleted: 0 });
  });

  it('refuses a save made from an older version with STALE_VERSION and keeps the newer card', async () => {
    const created = await office.call('students.save', { card: fullStudentCard(), classId });
    await office.call('students.save', { id: created.meta.id, version: 1, card: { ...fullStudentCard(), notes: 'перша правка' } });
    const error = await office.refusal('students.save', { id: created.meta.id, version: 1, card: { ...fullStudentCard(), notes: 'друга правка' } });
    expect(error).toEqual({ code: 'STALE_VERSION', params: { expected: 2, actual: 1 } });
    expect((await office.call('students.get', { id: created.meta.id })).card.notes).toBe('перша правка');
  });

  it('answers NOT_FOUND for an unknown card', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await office.refusal('students.get', { id })).code).toBe('NOT_FOUND');
    expect((await office.refusal('students.save', { id, version: 1, card: fullStudentCard() })).code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown class and saves nothing', async () => {
    const error = await office.refusal('students.save', { card: fullStudentCard(), classId: '00000000-0000-4000-8000-000000000000' });
    expect(error.code).toBe('NOT_FOUND');
    expect((await office.call('students.list', {})).total).toBe(0);
  });

  it('counts students by status for the home screen', async () => {
    await office.call('students.save', { card: fullStudentCard(), classId });
    await office.call('students.save', { card: { ...fullStudentCard(), taxId: '1234567890', unzr: '20150314-09999', documents: [] }, classId });
    expect((await office.call('home.summary', {})).students).toMatchObject({ total: 2, error: 1, warning: 0 });
  });

  it('tells Home how many errors the cards hold besides how many cards have errors', async () => {
    await office.call('students.save', { card: { ...fullStudentCard(), taxId: '1234567890', unzr: '20150314-09999', documents: [] }, classId });
    const { students } = await office.call('home.summary', {});
    const listed = await office.call('students.list', { status: 'error' });
    expect(students.error).toBe(listed.total);
    expect(students.errorIssues).toBe(listed.rows.reduce((n, r) => n + r.errorCount, 0));
    expect(students.errorIssues).toBeGreaterThan(students.error);
  });

  it('shows Home the current academic year and when Sync all last finished (never, here)', async () => {
    const summary = await office.call('home.summary', {});
    expect(summary.currentYear).toMatchObject({ label: '2025/2026' });
    expect(summary.lastSyncAt).toBeNull();
  });
});
