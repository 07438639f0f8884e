import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/backend/db/open-database';
import { fullStudentCard } from '../../fixtures/backend/cards';
import { testAdmin } from '../../fixtures/backend/school';
import { openOffice, type Office } from '../../fixtures/office';

describe('the audit log', () => {
  let office: Office;
  let studentId: string;

  beforeEach(async () => {
    office = await openOffice();
    const created = await office.call('students.save', { card: fullStudentCard() });
    studentId = created.meta.id;
    const card = fullStudentCard();
    const edited = { ...card, lastName: 'Мельник', documents: [{ type: 'birth_certificate' as const, series: 'I-БК', number: '451279' }] };
    await office.call('students.save', { id: studentId, version: 1, card: edited });
  });
  afterEach(() => office.dispose());

  it('records the creation and each edit of a card with field-level before and after, and who did it', async () => {
    const { entries } = await office.call('audit.history', { entity: 'student', id: studentId });
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[0]?.changes).toContainEqual({ field: 'lastName', before: null, after: 'Мельничук' });
    const update = entries[1];
    expect(update).toMatchObject({ userName: testAdmin.fullName, entity: 'student', entityId: studentId });
    expect(update?.changes).toContainEqual({ field: 'lastName', before: 'Мельничук', after: 'Мельник' });
    expect(update?.changes).toContainEqual({ field: 'documents.0.number', before: '451278', after: '451279' });
    expect(update?.changes).toContainEqual({ field: 'documents.0.issuer', before: 'Полтавський міський відділ ДРАЦС', after: null });
    expect(update?.changes.map((c) => c.field)).not.toContain('firstName');
  });

  it('records no entry for a save that changed nothing', async () => {
    const { card } = await office.call('students.get', { id: studentId });
    await office.call('students.save', { id: studentId, version: 2, card });
    expect((await office.call('audit.history', { entity: 'student', id: studentId })).entries).toHaveLength(2);
  });

  it('verifies an untouched chain', async () => {
    const result = await office.call('audit.verify', {});
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(4);
  });

  it('reports the first tampered entry', async () => {
    const raw = new Database(join(office.dataDir, databaseFileName));
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET user_name = 'Хтось інший' WHERE seq = 3`).run();
    raw.close();
    expect(await office.call('audit.verify', {})).toEqual({
      ok: false,
      checked: 2,
      brokenAt: 3,
      anchor: { status: 'never', checkedAt: null, anchoredSeq: null, divergedAt: null },
      drift: [],
      driftTotal: 0,
    });
  });

  it('reports a deleted entry', async () => {
    const raw = new Database(join(office.dataDir, databaseFileName));
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    raw.close();
    expect(await office.call('audit.verify', {})).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('refuses to update or delete an entry', () => {
    const raw = new Database(join(office.dataDir, databaseFileName));
    try {
      expect(() => raw.prepare(`UPDATE audit_log SET user_name = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
      expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it('records changes of the school settings', async () => {
    const { school } = await office.call('school.get', {});
    await office.call('school.update', { school: { ...school, director: 'Петренко Іван Іванович' } });
    const schoolId = (office.backend.db.prepare('SELECT id FROM school').get() as { id: string }).id;
    const { entries } = await office.call('audit.history', { entity: 'school', id: schoolId });
    expect(entries.at(-1)?.changes).toEqual([{ field: 'director', before: 'Савченко Олена Петрівна', after: 'Петренко Іван Іванович' }]);
  });
});
