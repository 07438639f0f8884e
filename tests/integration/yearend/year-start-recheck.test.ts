import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../core/api/contract';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/seed-demo-school';
import { openDemoCopy, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';

const firstGrader = { lastName: 'Яковенко', firstName: 'Марія', birthDate: '2019-04-02', sex: 'F' as const, classLabel: '1-А' };

/** Whether a card's stored issues say it is in no class. */
async function missingClass(backend: Backend, id: string): Promise<boolean> {
  const login = await backend.invoke('auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
  if (!login.ok) throw new Error('demo login refused');
  const { session } = login.value as MethodOutput<'auth.login'>;
  const card = await backend.invoke('students.get', { id }, session);
  if (!card.ok) throw new Error('students.get refused');
  return (card.value as MethodOutput<'students.get'>).meta.issues.some((i) => i.code === 'REQUIRED' && i.field === 'classId');
}

describe('cards checked again in a new academic year', () => {
  let seeded: SeededDemo;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
  }, 120_000);
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));

  it('clears the missing class of a first grader once the backend opens in September', async () => {
    const office = await openDemoCopy(seeded);
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay, firstGraders: [firstGrader] } });
    const id = plan.firstGraders[0]?.studentId ?? '';
    expect(await missingClass(office.backend, id)).toBe(true);
    office.backend.close();

    const september = createBackend({ dataDir: office.dataDir, now: () => new Date('2026-09-02T10:00:00') });
    try {
      expect(await missingClass(september, id)).toBe(false);
    } finally {
      september.close();
      rmSync(office.dataDir, { recursive: true, force: true });
    }
  });

  it('checks nothing again when the backend opens in the same academic year', async () => {
    const office = await openDemoCopy(seeded);
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay, firstGraders: [firstGrader] } });
    const id = plan.firstGraders[0]?.studentId ?? '';
    office.backend.close();

    const august = createBackend({ dataDir: office.dataDir, now: () => new Date('2026-08-31T10:00:00') });
    try {
      expect(await missingClass(august, id)).toBe(true);
    } finally {
      august.close();
      rmSync(office.dataDir, { recursive: true, force: true });
    }
  });
});
