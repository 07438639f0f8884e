import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRegistryCsv, disagreementOf } from '../../../electron/backend/demo/demo-registry';
import type { CardReport } from '../../../core/sync/card-report';
import { demoChanges, type DemoChanges } from '../../fixtures/sync-server/demo-push';
import { push } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

/** The demo school's first Sync all against the demo registry: the report shows each kind of registry finding. */
let h: Harness;
let school: DemoChanges;
let reports: Map<string, CardReport>;
beforeAll(async () => {
  h = await startServer();
  school = demoChanges(testNow.toISOString().slice(0, 10));
  await loadRegistry(h, demoRegistryCsv(school.demo));
  const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'office-1', body: push(school.changes) });
  reports = new Map((body.reports as CardReport[]).map((r) => [r.cardId, r]));
});
afterAll(async () => h.close());

function reportOfStudent(kind: string): CardReport | undefined {
  const index = school.demo.students.findIndex((_, i) => disagreementOf(i) === kind && !school.demo.defects.some((d) => d.key === school.demo.students[i]?.key));
  return reports.get(school.studentIds[index] ?? '');
}

describe('the demo school against the demo registry', () => {
  it('applies every change of the first push', async () => {
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenA });
    expect(body.summary.total).toBe(school.demo.students.length + school.demo.staff.length);
  });

  it('verifies most cards', () => {
    const verified = [...reports.values()].filter((r) => r.status === 'verified').length;
    expect(verified / reports.size).toBeGreaterThan(0.8);
  });

  it('reports a student the registry does not know', () => {
    expect(reportOfStudent('not_found')?.issues.map((i) => i.code)).toContain('REGISTRY_NOT_FOUND');
  });

  it('reports a surname the registry spells otherwise', () => {
    expect(reportOfStudent('name')?.issues.map((i) => i.code)).toContain('REGISTRY_NAME_MISMATCH');
  });

  it('reports a birth date the registry holds otherwise', () => {
    expect(reportOfStudent('birth_date')?.issues.map((i) => i.code)).toContain('REGISTRY_BIRTHDATE_MISMATCH');
  });

  it('reports a student the registry records as deceased', () => {
    expect(reportOfStudent('deceased')?.issues.map((i) => i.code)).toContain('REGISTRY_DECEASED');
  });
});
