import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Office } from '../../fixtures/office';
import { openDemoCopy, openDemoOffice, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';

const firstGrader = { lastName: 'Яковенко', firstName: 'Марія', birthDate: '2019-04-02', sex: 'F' as const, classLabel: '1-А' };

/** Whether a card's stored issues say it is in no class. */
async function missingClass(office: Office, id: string): Promise<boolean> {
  return (await office.call('students.get', { id })).meta.issues.some((i) => i.code === 'REQUIRED' && i.field === 'classId');
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
    expect(await missingClass(office, id)).toBe(true);
    office.backend.close();

    const september = await openDemoOffice(office.dataDir, '2026-09-02');
    try {
      expect(await missingClass(september, id)).toBe(false);
    } finally {
      september.dispose();
    }
  });

  it('checks nothing again when the backend opens in the same academic year', async () => {
    const office = await openDemoCopy(seeded);
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay, firstGraders: [firstGrader] } });
    const id = plan.firstGraders[0]?.studentId ?? '';
    office.backend.close();

    const august = await openDemoOffice(office.dataDir, '2026-08-31');
    try {
      expect(await missingClass(august, id)).toBe(true);
    } finally {
      august.dispose();
    }
  });
});
