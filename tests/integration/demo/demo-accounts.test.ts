import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoAssignedClasses, demoHomeroomClass } from '../../../electron/backend/demo/demo-accounts';
import { seedDemoSchool } from '../../../electron/backend/demo/seed-demo-school';
import { openBlankOffice, today, type Office } from '../../fixtures/office';

describe("the demo school's accounts", () => {
  let office: Office;
  const signIn = async (login: string) => {
    const account = demoAccounts.find((a) => a.login === login);
    if (!account) throw new Error(`no demo account ${login}`);
    return office.as(await office.signIn(account.login, account.password));
  };

  beforeAll(async () => {
    office = openBlankOffice();
    await seedDemoSchool(office.backend, { today, journals: false });
  }, 120_000);
  afterAll(() => office.dispose());

  it('are listed with their passwords on the demo login screen, one per role besides admin', async () => {
    const { demoAccounts: listed } = await office.as(null).call('setup.status', {});
    expect(listed.map((a) => [a.login, a.roles])).toEqual([
      ['admin', ['administrator', 'director']],
      ['director', ['director']],
      ['deputy', ['deputy']],
      ['secretary', ['secretary']],
      ['teacher', ['class_teacher']],
      ['subject', ['subject_teacher']],
    ]);
  });

  it('sign in with their documented passwords, with nothing to change first', async () => {
    for (const account of demoAccounts) {
      const { user } = await office.as(null).call('auth.login', { login: account.login, password: account.password });
      expect(user.mustChangePassword).toBe(false);
    }
  });

  it("show the class teacher the students of the demo's homeroom class only", async () => {
    const teacher = await signIn('teacher');
    const classes = new Set((await teacher.call('students.list', {})).rows.map((r) => r.className));
    expect([...classes]).toEqual([demoHomeroomClass]);
  });

  it("show the subject teacher the names of the classes of the demo's assignments", async () => {
    const subject = await signIn('subject');
    const classes = new Set((await subject.call('students.names', {})).rows.map((r) => r.className));
    expect([...classes].sort()).toEqual([...demoAssignedClasses].sort());
  });
});
