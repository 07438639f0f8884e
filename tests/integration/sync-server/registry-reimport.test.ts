import { afterEach, describe, expect, it } from 'vitest';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import type { RegistryAdapter } from '../../../sync-server/registry/registry-adapter';
import { revalidateAllSchools } from '../../../sync-server/validation/registry-revalidation';
import { enrolledStudent, newChange, olena, push, registryCsv, studentCard } from '../../fixtures/sync-server/cards';
import { mirrorRacingOnce } from '../../fixtures/sync-server/racing-mirror';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
afterEach(async () => h.close());

const olenaRow = `${olena.series},${olena.number},${olena.lastName},${olena.firstName},${olena.middleName},${olena.birthDate},F,0`;

/** The next day: when the re-import runs. */
const importedAt = new Date(testNow.getTime() + 86_400_000);

async function server(options: { registry?: RegistryAdapter } = {}): Promise<Harness> {
  h = await startServer(options);
  await loadRegistry(h, registryCsv());
  return h;
}

/** Pushes Olena's card enrolled at school A (or `token`'s school); answers the card's id. */
async function pushOlena(token = h.tokenA): Promise<string> {
  const student = newChange('student', studentCard());
  await call(h, 'POST', '/sync/push', { token, body: push([student, ...enrolledStudent(student.id)]) });
  return student.id;
}

/** `registry import` of this CSV: the mirror replaced, then every card checked again. */
async function reimport(csv: string, registry: RegistryAdapter = mirrorAdapter(h.db)) {
  await loadRegistry(h, csv);
  return revalidateAllSchools(h.db, registry, importedAt);
}

async function storedReport(cardId: string, token = h.tokenA) {
  const { body } = await call(h, 'GET', '/reports/cards?status=all', { token });
  return body.cards.find((r: { cardId: string }) => r.cardId === cardId);
}

describe('registry re-import', () => {
  it('gives a card whose person the new registry names otherwise REGISTRY_NAME_MISMATCH', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(olena.lastName, 'Коваль')));
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName', registryValue: 'Коваль' }]);
  });

  it('gives a card whose birth date the new registry corrects REGISTRY_BIRTHDATE_MISMATCH', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(olena.birthDate, '2014-03-21')));
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_BIRTHDATE_MISMATCH', severity: 'error', field: 'birthDate', registryValue: '2014-03-21' }]);
  });

  it('gives a card whose sex the new registry records otherwise REGISTRY_SEX_MISMATCH', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(',F,0', ',M,0')));
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_SEX_MISMATCH', severity: 'error', field: 'sex', registryValue: 'M' }]);
  });

  it('gives a card of a person the new registry records as deceased REGISTRY_DECEASED', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(',F,0', ',F,1')));
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_DECEASED', severity: 'error', field: 'documents.0.number' }]);
  });

  it('gives a card of a person removed from the registry REGISTRY_NOT_FOUND', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(`birth_certificate,${olenaRow}\n`, ''));
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_NOT_FOUND', severity: 'error', field: 'documents.0.number' }]);
  });

  it('verifies a card the new registry now agrees with', async () => {
    await server();
    const student = newChange('student', studentCard({ lastName: 'Коваль' }));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id)]) });
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(olena.lastName, 'Коваль')));
    expect(await storedReport(student.id)).toMatchObject({ status: 'verified', issues: [] });
  });

  it('checks the cards left pending while the registry could not be reached', async () => {
    await server({ registry: { find: () => Promise.reject(new Error('the registry is down')) } });
    const id = await pushOlena();
    await reimport(registryCsv());
    expect(await storedReport(id)).toMatchObject({ status: 'verified', issues: [] });
  });

  it('keeps a report the new registry does not change as it was, with its checkedAt', async () => {
    await server();
    const id = await pushOlena();
    const before = await storedReport(id);
    const { checked, changed } = await reimport(registryCsv());
    expect({ checked, changed, report: await storedReport(id) }).toEqual({ checked: 1, changed: 0, report: before });
  });

  it('dates a report the new registry changes at the re-import', async () => {
    await server();
    const id = await pushOlena();
    await reimport(registryCsv().replace(olenaRow, olenaRow.replace(',F,0', ',F,1')));
    expect((await storedReport(id)).checkedAt).toBe(importedAt.toISOString());
  });

  it('leaves DUPLICATE_ENROLLMENT with the school that claimed the student second', async () => {
    await server();
    const first = await pushOlena(h.tokenA);
    const second = await pushOlena(h.tokenB);
    await reimport(`${registryCsv()}\n`);
    expect({ first: (await storedReport(first, h.tokenA)).issues, second: (await storedReport(second, h.tokenB)).issues }).toEqual({
      first: [],
      second: [{ code: 'DUPLICATE_ENROLLMENT', severity: 'error', field: 'documents.0.number', params: { schoolCode: 'A-1001' } }],
    });
  });

  it('checks again, as it is now, a card a push changed while the re-import was asking the registry about it', async () => {
    await server();
    const id = await pushOlena();
    const renamed = registryCsv().replace(olenaRow, olenaRow.replace(olena.lastName, 'Коваль'));
    // The office corrects the surname as the registry now has it between the re-check's read of the card and its transaction.
    const racing = mirrorRacingOnce(h.db, () => call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([{ type: 'student', id, baseRev: 1, data: studentCard({ lastName: 'Коваль' }) }]) }));
    await reimport(renamed, racing);
    expect(await storedReport(id)).toMatchObject({ rev: 2, status: 'verified', issues: [] });
  });

  it('makes a push that asked the old mirror just before a re-import swapped the new one in ask the new one', async () => {
    const deceased = registryCsv().replace(olenaRow, olenaRow.replace(',F,0', ',F,1'));
    let swapped = false;
    // The import swaps its mirror in while the push waits for the old mirror's answer.
    const racing: RegistryAdapter = {
      async find(documents) {
        const answer = await mirrorAdapter(h.db).find(documents);
        if (!swapped) {
          swapped = true;
          await loadRegistry(h, deceased);
        }
        return answer;
      },
    };
    await server({ registry: racing });
    const id = await pushOlena();
    expect((await storedReport(id)).issues).toEqual([{ code: 'REGISTRY_DECEASED', severity: 'error', field: 'documents.0.number' }]);
  });
});
