import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permission, Role, Scope } from '../../../core/auth/permissions';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openSchoolWithRoles, type SchoolWithRoles } from '../../fixtures/roles/school-with-roles';

/**
 * DESIGN §9, row by row, written out by hand (not derived from core/auth/permissions.ts): ✓ the call passes the
 * permission check, ✗ it is refused FORBIDDEN with the permission named. The class teacher's calls are about their
 * own class (5-А); the subject teacher's about the classes of their assignments (6-Б).
 */
const roles = ['administrator', 'director', 'deputy', 'secretary', 'class_teacher', 'subject_teacher'] as const satisfies readonly Role[];
type Mark = '✓' | '✗';
type Row = { may: string; method: string; permission: Permission; input: (s: SchoolWithRoles, role: Role) => unknown | Promise<unknown> } & Record<(typeof roles)[number], Mark>;

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

/**
 * Rows whose methods come with the journals: what auth.me answers each role (the grants dispatch checks), as
 * "-" none, "all", or the scope of the teacher's own objects.
 */
type GrantRow = { may: string; permission: Permission } & Record<(typeof roles)[number], '-' | Scope>;
const journalRows: GrantRow[] = [
  { may: 'read journals', permission: 'journals.read',
    administrator: '-', director: 'all', deputy: 'all', secretary: '-', class_teacher: 'ownClass', subject_teacher: 'ownAssignments' },
  { may: 'write lessons, marks, attendance, period grades', permission: 'journals.write',
    administrator: '-', director: '-', deputy: '-', secretary: '-', class_teacher: '-', subject_teacher: 'ownAssignments' },
  { may: 'close periods', permission: 'periods.close',
    administrator: '-', director: 'all', deputy: 'all', secretary: '-', class_teacher: '-', subject_teacher: '-' },
  { may: 'grant a temporary unlock', permission: 'periods.unlock',
    administrator: '-', director: 'all', deputy: '-', secretary: '-', class_teacher: '-', subject_teacher: '-' },
];

describe('the role matrix of DESIGN §9, through the handler table', () => {
  let school: SchoolWithRoles;
  beforeAll(async () => {
    school = await openSchoolWithRoles();
  }, 60_000);
  afterAll(() => school.dispose());

  describe.each(rows)('$may ($method)', (row) => {
    it.each(roles)('%s', async (role) => {
      const result = await school.office.backend.invoke(row.method, await row.input(school, role), school.sessions[role]);
      if (row[role] === '✗') expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', params: { permission: row.permission } } });
      else expect(result.ok || !['FORBIDDEN', 'UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED'].includes(result.error.code)).toBe(true);
    });
  });

  describe.each(journalRows)('$may ($permission)', (row) => {
    it.each(roles)('%s', async (role) => {
      const { grants } = await school.office.as(school.sessions[role]).call('auth.me', {});
      const scopes = grants.find((g) => g.permission === row.permission)?.scopes ?? [];
      expect(scopes).toEqual(row[role] === '-' ? [] : [row[role]]);
    });
  });
});
