import { afterEach, describe, expect, it } from 'vitest';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import type { RegistryAdapter } from '../../../sync-server/registry/registry-adapter';
import { enrolledStudent, newChange, olena, push, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
afterEach(async () => h.close());

async function server(csv = registryCsv(), options: { registry?: RegistryAdapter } = {}): Promise<Harness> {
  h = await startServer(options);
  await loadRegistry(h, csv);
  return h;
}

/** Pushes one enrolled student card of school A (or `token`'s school) and answers its report. */
async function reportOf(card: unknown, token?: string) {
  const student = newChange('student', card);
  const { body } = await call(h, 'POST', '/sync/push', { token: token ?? h.tokenA, body: push([student, ...enrolledStudent(student.id)]) });
  return body.reports.find((r: { cardId: string }) => r.cardId === student.id);
}

describe('registry validation', () => {
  it('reports REGISTRY_NOT_FOUND for a document the registry does not know', async () => {
    await server();
    const report = await reportOf(studentCard({ documents: [{ type: 'birth_certificate', series: olena.series, number: '654321' }] }));
    expect(report.status).toBe('error');
    expect(report.issues).toEqual([{ code: 'REGISTRY_NOT_FOUND', severity: 'error', field: 'documents.0.number' }]);
  });

  it('reports REGISTRY_NAME_MISMATCH with the field and the registry value', async () => {
    await server();
    const report = await reportOf(studentCard({ lastName: 'Коваленка' }));
    expect(report.issues).toEqual([{ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName', registryValue: 'Коваленко' }]);
  });

  it('compares names normalised and case-insensitively', async () => {
    await server();
    const report = await reportOf(studentCard({ lastName: '  КОВАЛЕНКО ', firstName: 'олена' }));
    expect(report.issues.filter((i: { code: string }) => i.code === 'REGISTRY_NAME_MISMATCH')).toEqual([]);
  });

  it('reports REGISTRY_BIRTHDATE_MISMATCH with the registry value', async () => {
    await server();
    const report = await reportOf(studentCard({ birthDate: '2014-03-13' }));
    expect(report.issues).toEqual([{ code: 'REGISTRY_BIRTHDATE_MISMATCH', severity: 'error', field: 'birthDate', registryValue: olena.birthDate }]);
  });

  it('reports REGISTRY_SEX_MISMATCH with the registry value', async () => {
    await server();
    const report = await reportOf(studentCard({ sex: 'M' }));
    expect(report.issues).toEqual([{ code: 'REGISTRY_SEX_MISMATCH', severity: 'error', field: 'sex', registryValue: 'F' }]);
  });

  it('reports REGISTRY_DECEASED for a person the registry records as deceased', async () => {
    await server(registryCsv().replace(`${olena.birthDate},F,0`, `${olena.birthDate},F,1`));
    const report = await reportOf(studentCard());
    expect(report.issues).toEqual([{ code: 'REGISTRY_DECEASED', severity: 'error', field: 'documents.0.number' }]);
  });

  it('finds a birth certificate written with Latin look-alikes in its series', async () => {
    await server();
    const report = await reportOf(studentCard({ documents: [{ type: 'birth_certificate', series: 'і-бк', number: olena.number }] }));
    expect(report.issues.map((i: { code: string }) => i.code)).toEqual(['NORMALISED']);
    expect(report.status).toBe('warning');
  });

  it('finds a member of staff by tax number', async () => {
    await server();
    const staff = newChange('staff', staffCard({ firstName: 'Андрей' }));
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([staff]) });
    expect(body.reports[0].issues).toEqual([{ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'firstName', registryValue: 'Андрій' }]);
  });

  it('reports a member of staff without a tax number on the tax number, not on documents a staff card does not have', async () => {
    await server();
    const staff = newChange('staff', staffCard({ taxId: undefined }));
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([staff]) });
    expect(body.reports[0].issues.map((i: { code: string; field?: string }) => `${i.code} ${i.field}`)).toEqual(['REQUIRED taxId']);
  });

  it('leaves the cards pending when the registry adapter throws', async () => {
    await server(registryCsv(), { registry: { find: () => Promise.reject(new Error('Trembita is down')) } });
    const report = await reportOf(studentCard());
    expect(report.status).toBe('pending');
  });

  it('checks pending cards again on the next push', async () => {
    let up = false;
    const flaky: RegistryAdapter = { find: (docs) => (up ? mirrorAdapter(h.db).find(docs) : Promise.reject(new Error('down'))) };
    await server(registryCsv(), { registry: flaky });
    const student = newChange('student', studentCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id)]) });
    up = true;
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([]) });
    expect(body.reports).toEqual([expect.objectContaining({ cardId: student.id, status: 'verified' })]);
  });
});

describe('DUPLICATE_ENROLLMENT', () => {
  it('gives the school that enrolls the same document second an error naming the first school', async () => {
    await server();
    await reportOf(studentCard());
    const second = await reportOf(studentCard(), h.tokenB);
    expect(second.issues).toEqual([{ code: 'DUPLICATE_ENROLLMENT', severity: 'error', field: 'documents.0.number', params: { schoolCode: 'A-1001' } }]);
  });

  it('gives the school that enrolled first nothing', async () => {
    await server();
    const student = newChange('student', studentCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id)]) });
    await reportOf(studentCard(), h.tokenB);
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ ...student, baseRev: 1, data: studentCard({ notes: 'edited' }) }]) });
    expect(body.reports.find((r: { cardId: string }) => r.cardId === student.id).status).toBe('verified');
  });

  it('does not count a student of another school whose enrollment is closed', async () => {
    await server();
    const student = newChange('student', studentCard());
    const [cls, enrollment] = enrolledStudent(student.id);
    const closed = { ...enrollment!, data: { ...(enrollment!.data as object), to: '2025-10-01' } };
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, cls!, closed]) });
    const second = await reportOf(studentCard(), h.tokenB);
    expect(second.status).toBe('verified');
  });

  it("does not count an enrollment in a class of a past academic year", async () => {
    await server();
    const student = newChange('student', studentCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id, '2024/2025', 4)]) });
    const second = await reportOf(studentCard(), h.tokenB);
    expect(second.status).toBe('verified');
  });
});

describe('DUPLICATE_ENROLLMENT after the first school withdraws', () => {
  it("clears the second school's issue once the first school closes its enrollment", async () => {
    await server();
    const student = newChange('student', studentCard());
    const [cls, enrollment] = enrolledStudent(student.id);
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, cls!, enrollment!]) });
    await reportOf(studentCard(), h.tokenB);
    const closed = { ...enrollment!, baseRev: 1, data: { ...(enrollment!.data as object), to: '2025-10-10' } };
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([closed]) });
    const { body } = await call(h, 'GET', '/reports/cards', { token: h.tokenB });
    expect(body.cards).toEqual([expect.objectContaining({ status: 'verified', issues: [] })]);
  });
});

describe('enrollment in the report', () => {
  it('reports REQUIRED classId for a student without an active enrollment', async () => {
    await server();
    const student = newChange('student', studentCard());
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student]) });
    expect(body.reports[0].issues).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'classId' }]);
  });

  it('checks a student again when a later batch enrolls her', async () => {
    await server();
    const student = newChange('student', studentCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student]) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push(enrolledStudent(student.id)) });
    expect(body.reports).toEqual([expect.objectContaining({ cardId: student.id, status: 'verified' })]);
  });
});
