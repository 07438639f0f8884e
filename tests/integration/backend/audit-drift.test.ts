import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, fullStudentCard } from '../../fixtures/backend/cards';
import { tamperWithLog } from '../../fixtures/backend/audit-tampering';
import { openOffice, type Office } from '../../fixtures/office';

/** Verify compares every audited card's current row with what its audit rows describe (issue 13, item 8). */
describe('cards changed outside the app', () => {
  let office: Office;
  let studentId: string;
  let staffId: string;

  beforeEach(async () => {
    office = await openOffice();
    studentId = (await office.call('students.save', { card: fullStudentCard() })).meta.id;
    const saved = await office.call('students.get', { id: studentId });
    await office.call('students.save', { id: studentId, version: 1, card: { ...saved.card, lastName: 'Мельник', middleName: '' } });
    staffId = (await office.call('staff.save', { card: fullStaffCard() })).meta.id;
  });
  afterEach(() => office.dispose());

  const verify = () => office.call('audit.verify', {});

  it('lists nothing when every change went through the app', async () => {
    expect(await verify()).toMatchObject({ ok: true, drift: [], driftTotal: 0 });
  });

  it('lists a card whose row was edited with SQL, naming the field', async () => {
    const raw = tamperWithLog(office.dataDir);
    raw.sql(`UPDATE students SET data = json_set(data, '$.birthDate', '2014-01-01'), birth_date = '2014-01-01' WHERE id = ?`, studentId);
    raw.close();
    expect(await verify()).toMatchObject({ ok: true, drift: [{ entity: 'student', id: studentId, kind: 'changed', fields: ['birthDate'] }], driftTotal: 1 });
  });

  it('lists a card whose list column no longer says what the card says', async () => {
    const raw = tamperWithLog(office.dataDir);
    raw.sql(`UPDATE staff SET last_name = 'Підмінений' WHERE id = ?`, staffId);
    raw.close();
    expect((await verify()).drift).toEqual([{ entity: 'staff', id: staffId, kind: 'changed', fields: ['lastName'] }]);
  });

  it('lists a card inserted without history and one deleted with SQL', async () => {
    const raw = tamperWithLog(office.dataDir);
    const forged = randomUUID();
    raw.sql(
      `INSERT INTO staff (id, data, last_name, first_name, middle_name, birth_date, name_sort, search_text, position, tax_id, status, issues, error_count, warning_count, updated_at, updated_by)
       SELECT ?, data, last_name, first_name, middle_name, birth_date, name_sort, search_text, position, tax_id, status, issues, error_count, warning_count, updated_at, updated_by FROM staff WHERE id = ?`,
      forged,
      staffId,
    );
    raw.sql('DELETE FROM document_keys WHERE card_id = ?', staffId);
    raw.sql('DELETE FROM staff WHERE id = ?', staffId);
    raw.close();
    const { drift, driftTotal } = await verify();
    expect(drift).toEqual(
      expect.arrayContaining([
        { entity: 'staff', id: forged, kind: 'unrecorded', fields: [] },
        { entity: 'staff', id: staffId, kind: 'missing', fields: [] },
      ]),
    );
    expect(driftTotal).toBe(2);
  });

  it('lists an enrollment moved to another class with SQL', async () => {
    const classA = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    const classB = (await office.createClass({ academicYear: '2025/2026', grade: 5, label: '5-Б' })).id;
    const enrolled = await office.call('students.save', { card: { ...fullStudentCard(), documents: [{ type: 'birth_certificate', series: 'I-БК', number: '777888' }] }, classId: classA });
    expect((await verify()).drift).toEqual([]);
    const raw = tamperWithLog(office.dataDir);
    raw.sql('UPDATE enrollments SET class_id = ? WHERE student_id = ?', classB, enrolled.meta.id);
    raw.close();
    const enrollmentId = (office.backend.db.prepare('SELECT id FROM enrollments WHERE student_id = ?').get(enrolled.meta.id) as { id: string }).id;
    expect((await verify()).drift).toEqual([{ entity: 'enrollment', id: enrollmentId, kind: 'changed', fields: ['classId'] }]);
  });

  it('lists a card marked deleted without a deletion in its history', async () => {
    const raw = tamperWithLog(office.dataDir);
    raw.sql('UPDATE students SET deleted = 1 WHERE id = ?', studentId);
    raw.close();
    expect((await verify()).drift).toEqual([{ entity: 'student', id: studentId, kind: 'missing', fields: [] }]);
  });
});
