import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permission, Role } from '../../../core/auth/permissions';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openSchoolWithRoles, type SchoolWithRoles } from '../../fixtures/roles/school-with-roles';

/**
 * DESIGN §9, row by row, written out by hand (not derived from core/auth/permissions.ts): ✓ the call passes the
 * permission check, ✗ it is refused FORBIDDEN with the permission named. The class teacher's calls are about their
 * own class (5-А); the subject teacher's about the classes of their assignments (6-Б).
 */
const roles = ['administrator', 'director', 'deputy', 'secretary', 'class_teacher', 'subject_teacher'] as const satisfies readonly Role[];
type Mark = '✓' | '✗';
type Row = { may: string; method: string; permission: Permission; input: (s: SchoolWithRoles, role: Role, j: Journals) => unknown } & Record<(typeof roles)[number], Mark>;

const letters = ['А', 'Б', 'В', 'Г', 'Д', 'Е'];

async function versionOf(s: SchoolWithRoles, id: string): Promise<number> {
  return (await s.office.as(s.sessions.director).call('students.get', { id })).meta.version;
}

const rows: Row[] = [
  { may: 'manage users', method: 'users.list', permission: 'users.manage', input: () => ({}),
    administrator: '✓', director: '✓', deputy: '✗', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'manage settings, backups, restore', method: 'backup.list', permission: 'school.admin', input: () => ({}),
    administrator: '✓', director: '✓', deputy: '✗', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'read student cards (class teacher: own class)', method: 'students.get', permission: 'cards.read', input: (s) => ({ id: s.students.in5A }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✓', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'read staff cards', method: 'staff.get', permission: 'staff.read', input: (s) => ({ id: s.staff.mathTeacher }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✓', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'names of students (subject teacher: own classes)', method: 'students.names', permission: 'students.names', input: (s) => ({ classId: s.classes.c6B }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✓', class_teacher: '✓', subject_teacher: '✓' },
  { may: 'edit student and staff cards', method: 'staff.save', permission: 'staff.write', input: () => ({ card: fullStaffCard() }),
    administrator: '✗', director: '✓', deputy: '✗', secretary: '✓', class_teacher: '✗', subject_teacher: '✗' },
  { may: "edit own class's contacts, guardians, social and medical", method: 'students.saveContacts', permission: 'contacts.write',
    input: async (s) => ({ id: s.students.in5A, version: await versionOf(s, s.students.in5A), contacts: { phone: '+380501112233' } }),
    administrator: '✗', director: '✓', deputy: '✗', secretary: '✓', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'classes, orders, year-end', method: 'classes.create', permission: 'academic.manage',
    input: async (s, role) => ({ academicYearId: (await s.office.call('academicYears.list', {})).years[0]?.id, grade: 9, label: `9-${letters[roles.indexOf(role)]}` }),
    administrator: '✗', director: '✓', deputy: '✗', secretary: '✓', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'Sync all', method: 'sync.testConnection', permission: 'sync.run', input: () => ({}),
    administrator: '✓', director: '✓', deputy: '✓', secretary: '✓', class_teacher: '✓', subject_teacher: '✓' },
  { may: 'print archive documents (class teacher: own class)', method: 'print.classList', permission: 'documents.print', input: (s) => ({ id: s.classes.c5A }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✓', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'sign archive documents', method: 'documents.sign', permission: 'documents.sign',
    input: () => ({ id: '00000000-0000-4000-8000-000000000000', certificate: { p12Base64: 'AAAA', passphrase: '' } }),
    administrator: '✗', director: '✓', deputy: '✗', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'read and verify the audit log', method: 'audit.verify', permission: 'audit.read', input: () => ({}),
    administrator: '✓', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
];

/** The journals the journal rows ask about: maths in 5-А (the class teacher's class) and the subject teacher's own. */
interface Journals {
  ofClass5A: { assignmentId: string; classId: string; subjectId: string };
  subjectTeachers: string;
  periodId: string;
}

/** A subject teacher's calls are about their own journal; everybody else's about the journal of 5-А. */
const journalOfRole = (j: Journals, role: Role) => (role === 'subject_teacher' ? j.subjectTeachers : j.ofClass5A.assignmentId);

const journalRows: Row[] = [
  { may: 'read journals (class teacher: own class; subject teacher: own assignments)', method: 'journals.grid', permission: 'journals.read',
    input: (_s, role, j) => ({ assignmentId: journalOfRole(j, role), span: { month: '2025-11' } }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✓', subject_teacher: '✓' },
  { may: 'write lessons, marks, attendance, period grades (own assignments)', method: 'lessons.add', permission: 'journals.write',
    input: (_s, role, j) => ({ assignmentId: journalOfRole(j, role), date: '2025-11-20', lessonNumber: 1 + roles.indexOf(role) }),
    administrator: '✗', director: '✗', deputy: '✗', secretary: '✗', class_teacher: '✗', subject_teacher: '✓' },
  { may: 'read the completeness report (class teacher: own class)', method: 'journals.completeness', permission: 'journals.read',
    input: (_s, _role, j) => ({ periodId: j.periodId, classId: j.ofClass5A.classId }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'read the attendance report (class teacher: own class)', method: 'journals.attendance', permission: 'journals.read',
    input: (_s, _role, j) => ({ classId: j.ofClass5A.classId, from: '2025-11-01', to: '2025-11-30' }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'read one student’s attendance by subject (class teacher: own class)', method: 'journals.studentAttendance', permission: 'journals.read',
    input: (s, _role, j) => ({ classId: j.ofClass5A.classId, studentId: s.students.in5A, from: '2025-11-01', to: '2025-11-30' }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✓', subject_teacher: '✗' },
  { may: 'close periods', method: 'periods.close', permission: 'periods.close', input: (_s, _role, j) => ({ periodId: j.periodId }),
    administrator: '✗', director: '✓', deputy: '✓', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
  { may: 'grant a temporary unlock', method: 'periods.grantUnlock', permission: 'periods.unlock',
    input: (_s, _role, j) => ({ periodId: j.periodId, classId: j.ofClass5A.classId, subjectId: j.ofClass5A.subjectId, studentId: null, reason: 'Виправлення', until: '2025-11-25T12:00:00.000Z' }),
    administrator: '✗', director: '✓', deputy: '✗', secretary: '✗', class_teacher: '✗', subject_teacher: '✗' },
];

/** Maths in 5-А taught by the 6-Б homeroom teacher, through the API as the director; the subject teacher's own from the fixture. */
async function prepareJournals(s: SchoolWithRoles): Promise<Journals> {
  const director = s.office.as(s.sessions.director);
  await director.call('subjects.addDefaults', {});
  const subjectId = (await director.call('subjects.list', {})).subjects.find((x) => x.name === 'Математика')!.id;
  const { id: assignmentId } = await director.call('assignments.save', { teacherId: s.staff.homeroom6B, classId: s.classes.c5A, subjectId, hoursPerWeek: 4 });
  const own = s.office.backend.db.prepare('SELECT id FROM assignments WHERE teacher_id = ?').get(s.staff.mathTeacher) as { id: string };
  const year = (await director.call('academicYears.list', {})).years.find((y) => y.label === '2025/2026')!;
  const [first] = (await director.call('periods.list', { academicYearId: year.id })).periods;
  return { ofClass5A: { assignmentId, classId: s.classes.c5A, subjectId }, subjectTeachers: own.id, periodId: first!.id };
}

describe('the role matrix of DESIGN §9, through the handler table', () => {
  let school: SchoolWithRoles;
  let journals: Journals;
  beforeAll(async () => {
    school = await openSchoolWithRoles();
    journals = await prepareJournals(school);
  }, 60_000);
  afterAll(() => school.dispose());

  describe.each([...rows, ...journalRows])('$may ($method)', (row) => {
    it.each(roles)('%s', async (role) => {
      const result = await school.office.backend.invoke(row.method, await row.input(school, role, journals), school.sessions[role]);
      if (row[role] === '✗') expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', params: { permission: row.permission } } });
      else expect(result.ok || !['FORBIDDEN', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED'].includes(result.error.code)).toBe(true);
    });
  });
});
