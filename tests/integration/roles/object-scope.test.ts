import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignSubject, initialPassword, openSchoolWithRoles, signInFirstTime, type SchoolWithRoles } from '../../fixtures/roles/school-with-roles';

describe('object scope: a teacher reaches their own classes only', () => {
  let s: SchoolWithRoles;
  const classTeacher = () => s.office.as(s.sessions.class_teacher);
  const subjectTeacher = () => s.office.as(s.sessions.subject_teacher);
  beforeAll(async () => {
    s = await openSchoolWithRoles();
  }, 60_000);
  afterAll(() => s.dispose());

  it('refuses the class teacher of 5-А a card of 6-Б, naming the permission', async () => {
    expect(await classTeacher().refusal('students.get', { id: s.students.in6B })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
  });

  it("gives the class teacher a card of their own class", async () => {
    const { card } = await classTeacher().call('students.get', { id: s.students.in5A });
    expect(card.lastName).toBe('Петренко');
  });

  it("lists the class teacher only their own class's students, whatever class they ask for", async () => {
    expect((await classTeacher().call('students.list', {})).rows.map((r) => r.id)).toEqual([s.students.in5A]);
    expect((await classTeacher().call('students.list', { classId: s.classes.c6B })).rows).toEqual([]);
  });

  it('shows the class teacher only their own class among the classes, and refuses another class page', async () => {
    expect((await classTeacher().call('classes.ofYear', {})).classes.map((c) => c.id)).toEqual([s.classes.c5A]);
    expect(await classTeacher().refusal('classes.get', { id: s.classes.c6B })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
    expect(await classTeacher().refusal('students.classHistory', { id: s.students.in6B })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
  });

  it("refuses the class teacher another class's list to print", async () => {
    expect(await classTeacher().refusal('print.classList', { id: s.classes.c6B })).toEqual({ code: 'FORBIDDEN', params: { permission: 'documents.print' } });
  });

  it("lets the class teacher change their own students' contacts and nothing else of the card", async () => {
    const { meta } = await classTeacher().call('students.get', { id: s.students.in5A });
    const contacts = { phone: '+380671234567', medicalNotes: 'Алергія на пилок', lastName: 'Підмінений' };
    await classTeacher().call('students.saveContacts', { id: s.students.in5A, version: meta.version, contacts });
    const { card } = await classTeacher().call('students.get', { id: s.students.in5A });
    expect(card).toMatchObject({ phone: '+380671234567', medicalNotes: 'Алергія на пилок', lastName: 'Петренко' });
  });

  it("refuses the class teacher the contacts of another class's student", async () => {
    const { meta } = await s.office.call('students.get', { id: s.students.in6B });
    expect(await classTeacher().refusal('students.saveContacts', { id: s.students.in6B, version: meta.version, contacts: { phone: '+380671234567' } })).toEqual({
      code: 'FORBIDDEN',
      params: { permission: 'contacts.write' },
    });
  });

  it('lists the subject teacher the names of students in the classes of their assignments only', async () => {
    const { rows } = await subjectTeacher().call('students.names', {});
    expect(rows).toEqual([{ id: s.students.in6B, lastName: 'Коваль', firstName: 'Марія', middleName: 'Петрівна', classId: s.classes.c6B, className: '6-Б' }]);
    expect((await subjectTeacher().call('students.names', { classId: s.classes.c5A })).rows).toEqual([]);
    expect((await subjectTeacher().call('classes.list', {})).classes.map((c) => c.label)).toEqual(['6-Б']);
  });

  it('refuses the subject teacher the cards themselves, even of their own classes', async () => {
    expect(await subjectTeacher().refusal('students.get', { id: s.students.in6B })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
    expect(await subjectTeacher().refusal('students.list', {})).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
  });

  it('gives a user holding both teacher roles the union of their classes', async () => {
    await s.office.call('users.create', { login: 'both', fullName: 'Обидві ролі', roles: ['class_teacher', 'subject_teacher'], staffId: s.staff.homeroom5A, password: initialPassword });
    const session = await signInFirstTime(s.office, 'both');
    assignSubject(s.office, s.staff.homeroom5A, s.classes.c7V);
    const names = (await s.office.as(session).call('students.names', {})).rows.map((r) => r.className);
    expect(names.sort()).toEqual(['5-А', '7-В']);
    expect((await s.office.as(session).call('students.list', {})).rows.map((r) => r.className)).toEqual(['5-А']);
  });

  it('gives a teacher account with no staff card no class at all', async () => {
    await s.office.call('users.create', { login: 'nocard', fullName: 'Без картки', roles: ['class_teacher'], staffId: null, password: initialPassword });
    const session = await signInFirstTime(s.office, 'nocard');
    expect((await s.office.as(session).call('students.list', {})).rows).toEqual([]);
    expect(await s.office.as(session).refusal('students.get', { id: s.students.in5A })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
  });

  it("refuses the administrator a card's history, which holds the card's fields", async () => {
    const admin = s.office.as(s.sessions.administrator);
    expect(await admin.refusal('audit.history', { entity: 'student', id: s.students.in5A })).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
    expect(await admin.refusal('students.list', {})).toEqual({ code: 'FORBIDDEN', params: { permission: 'cards.read' } });
  });
});
