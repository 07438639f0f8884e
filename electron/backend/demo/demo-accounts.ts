import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { Role } from '../../../core/auth/permissions';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { hashPassword } from '../auth/password';
import { insertUser } from '../auth/users-repository';
import { prepared } from '../db/prepared';
import { subjectIdByName } from '../teaching/teaching-repository';
import type { DemoSchool } from './demo-school-types';

/** A demo account: the login screen of a demo database lists them, so the passwords are no secret. */
export interface DemoAccount {
  login: string;
  password: string;
  roles: Role[];
}

/** The demo's administrator: administrator and director, so a visitor sees the whole app. */
export const demoAdministrator = { login: 'admin', password: 'demo-admin', fullName: 'Адміністратор (демо)' } as const;

/** One account per role of DESIGN §9 besides `admin`; the teachers are linked to staff cards of the demo. */
export const demoAccounts: readonly DemoAccount[] = [
  { login: demoAdministrator.login, password: demoAdministrator.password, roles: ['administrator', 'director'] },
  { login: 'director', password: 'demo-director', roles: ['director'] },
  { login: 'deputy', password: 'demo-deputy', roles: ['deputy'] },
  { login: 'secretary', password: 'demo-secretary', roles: ['secretary'] },
  { login: 'teacher', password: 'demo-teacher', roles: ['class_teacher'] },
  { login: 'subject', password: 'demo-subject', roles: ['subject_teacher'] },
];

/** The class whose homeroom teacher the demo's class teacher is. */
export const demoHomeroomClass = '5-А';
/** The demo subject teacher's assignments: mathematics in these classes. */
export const demoAssignedClasses = ['6-А', '6-Б', '7-А'] as const;
const demoSubject = { name: 'Математика', shortName: 'Мат.' };

function staffName(demo: DemoSchool, key: string): string {
  const member = demo.staff.find((s) => s.key === key);
  return member ? `${member.card.lastName} ${member.card.firstName} ${member.card.middleName ?? ''}`.trim() : key;
}

/**
 * The demo's other accounts (never asked to change their documented passwords) and, for the subject teacher, a few
 * mathematics assignments so the scope of that role shows; the journals work generates the full teaching load.
 */
export async function seedDemoAccounts(
  db: Database.Database,
  admin: User,
  demo: DemoSchool,
  ids: { staffIds: Record<string, string>; classIds: Record<string, string> },
  now: Date,
): Promise<void> {
  const homeroom = demo.classes.find((c) => c.key === demoHomeroomClass) ?? demo.classes[0];
  const math = demo.staff.find((s) => s.card.position === 'Вчитель математики' && !demo.classes.some((c) => c.homeroomStaffKey === s.key));
  const byPosition = (prefix: string) => demo.staff.find((s) => s.card.position.startsWith(prefix))?.key ?? null;
  const linked: Record<string, string | null> = {
    director: byPosition('Директор'),
    deputy: byPosition('Заступник директора з навчальної'),
    secretary: byPosition('Секретар'),
    teacher: homeroom?.homeroomStaffKey ?? null,
    subject: math?.key ?? null,
  };
  const hashed = await Promise.all(demoAccounts.filter((a) => a.login !== demoAdministrator.login).map(async (a) => ({ ...a, hash: await hashPassword(a.password) })));
  db.transaction(() => {
    for (const account of hashed) {
      const key = linked[account.login] ?? null;
      const user: User = {
        id: randomUUID(),
        login: account.login,
        fullName: key ? staffName(demo, key) : account.login,
        roles: account.roles,
        staffId: key ? (ids.staffIds[key] ?? null) : null,
        mustChangePassword: false,
      };
      insertUser(db, user, account.hash, now);
      const { login, fullName, staffId } = user;
      appendAudit(db, { at: now, user: admin, entity: 'user', entityId: user.id, action: 'create', changes: fieldChanges(null, { login, fullName, roles: user.roles.join(', '), staffId }) });
    }
    const teacherId = linked.subject ? ids.staffIds[linked.subject] : undefined;
    if (!teacherId) return;
    const at = now.toISOString();
    // The past year's teaching load made the school's subjects already; mathematics is one of them.
    let subjectId = subjectIdByName(db, demoSubject.name);
    if (!subjectId) {
      subjectId = randomUUID();
      prepared(db, 'INSERT INTO subjects (id, name, short_name, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)').run(subjectId, demoSubject.name, demoSubject.shortName, at, admin.id);
    }
    for (const label of demoAssignedClasses) {
      const classId = ids.classIds[label];
      if (!classId) continue;
      prepared(db, 'INSERT INTO assignments (id, teacher_id, class_id, subject_id, hours_per_week, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        randomUUID(),
        teacherId,
        classId,
        subjectId,
        4,
        at,
        admin.id,
      );
    }
  }).immediate();
}
