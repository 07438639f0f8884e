import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import { openServedOfficePc, type OfficePc, type ServedOfficePc } from '../../fixtures/sync/office-pc';

/** What the office PC shows of the registry's verdict after Sync all: on the card and in the list. */
describe("the registry's verdict on the office PC", () => {
  let served: ServedOfficePc;
  let pc: OfficePc;
  let unknownId: string;
  beforeEach(async () => {
    served = await openServedOfficePc();
    ({ pc } = served);
    const classId = (await pc.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    // The server's registry mirror is empty: every document is unknown to it.
    unknownId = (await pc.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId })).meta.id;
    await pc.syncAll();
  });
  afterEach(() => served.close());

  it('is on the card with the registry issue', async () => {
    const { meta } = await pc.call('students.get', { id: unknownId });
    expect(meta.registry).toMatchObject({ status: 'error', current: true });
    expect(meta.registry?.issues.map((i) => i.code)).toContain('REGISTRY_NOT_FOUND');
  });

  it('no longer counts as current once the card is changed here', async () => {
    const { card, meta } = await pc.call('students.get', { id: unknownId });
    await pc.call('students.save', { id: unknownId, version: meta.version, card: { ...card, notes: 'звірено' } });
    expect((await pc.call('students.get', { id: unknownId })).meta.registry?.current).toBe(false);
  });

  it('is a column of the student list and filters it', async () => {
    const errors = await pc.call('students.list', { registry: 'error' });
    expect(errors.rows.map((r) => [r.id, r.registryStatus])).toEqual([[unknownId, 'error']]);
    expect((await pc.call('students.list', { registry: 'verified' })).rows).toEqual([]);
  });

  it('filters a card never synced as unchecked', async () => {
    const { meta } = await pc.call('students.save', { card: student('Коваль', 'Олена', 'Іванівна', '333444') });
    const unchecked = await pc.call('students.list', { registry: 'unchecked' });
    expect(unchecked.rows.map((r) => r.id)).toEqual([meta.id]);
  });

  it('is a column of the staff list and filters it', async () => {
    const { meta } = await pc.call('staff.save', { card: fullStaffCard() });
    expect((await pc.call('staff.list', { registry: 'unchecked' })).rows.map((r) => r.id)).toEqual([meta.id]);
    await pc.syncAll();
    const errors = await pc.call('staff.list', { registry: 'error' });
    expect(errors.rows.map((r) => [r.id, r.registryStatus])).toEqual([[meta.id, 'error']]);
  });
});
