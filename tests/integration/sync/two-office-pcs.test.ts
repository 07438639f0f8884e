import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStaffCard, student } from '../../fixtures/backend/cards';
import type { OfficePc } from '../../fixtures/sync/office-pc';
import { openTwoOfficePcs, type TwoOfficePcs } from '../../fixtures/sync/two-office-pcs';

/** Two office PCs of one school and the real central server between them. */
describe('two office PCs of the same school', () => {
  let pcs: TwoOfficePcs;
  let first: OfficePc;
  let second: OfficePc;
  beforeEach(async () => {
    pcs = await openTwoOfficePcs();
    ({ first, second } = pcs);
  });
  afterEach(() => pcs.close());

  it('hands a card created on one PC to the other with its class', async () => {
    const classId = (await first.createClass({ academicYear: '2025/2026', grade: 5, label: '5-А' })).id;
    const { meta } = await first.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222'), classId });
    await first.syncAll();
    await second.syncAll();
    const arrived = await second.call('students.get', { id: meta.id });
    expect(arrived.card.lastName).toBe('Бондар');
    expect(arrived.classId).toBe(classId);
  });

  it('converges when each PC changed other cards', async () => {
    const shared = await first.call('staff.save', { card: fullStaffCard() });
    await first.syncAll();
    await second.syncAll();
    const onFirst = await first.call('staff.get', { id: shared.meta.id });
    await first.call('staff.save', { id: shared.meta.id, version: onFirst.meta.version, card: { ...onFirst.card, position: 'Заступник директора' } });
    await second.call('students.save', { card: student('Коваль', 'Олена', 'Іванівна', '333444') });

    await first.syncAll();
    await second.syncAll();
    await first.syncAll();

    expect(first.cards()).toEqual(second.cards());
    expect((await second.call('staff.get', { id: shared.meta.id })).card.position).toBe('Заступник директора');
  });

  it('keeps both versions of a card changed on both PCs as a conflict, overwriting neither', async () => {
    const shared = await first.call('staff.save', { card: fullStaffCard() });
    await first.syncAll();
    await second.syncAll();
    const onFirst = await first.call('staff.get', { id: shared.meta.id });
    const onSecond = await second.call('staff.get', { id: shared.meta.id });
    await first.call('staff.save', { id: shared.meta.id, version: onFirst.meta.version, card: { ...onFirst.card, position: 'Директор' } });
    await second.call('staff.save', { id: shared.meta.id, version: onSecond.meta.version, card: { ...onSecond.card, position: 'Бібліотекар' } });

    await first.syncAll();
    const status = await second.syncAll();

    expect(status.conflicts).toBe(1);
    expect((await second.call('staff.get', { id: shared.meta.id })).card.position).toBe('Бібліотекар');
    const { conflicts } = await second.call('sync.conflicts', {});
    expect(conflicts).toHaveLength(1);
  });

  it("ends a conflict with 'keep mine': the second PC's version reaches the first", async () => {
    const shared = await first.call('staff.save', { card: fullStaffCard() });
    await first.syncAll();
    await second.syncAll();
    const onFirst = await first.call('staff.get', { id: shared.meta.id });
    const onSecond = await second.call('staff.get', { id: shared.meta.id });
    await first.call('staff.save', { id: shared.meta.id, version: onFirst.meta.version, card: { ...onFirst.card, position: 'Директор' } });
    await second.call('staff.save', { id: shared.meta.id, version: onSecond.meta.version, card: { ...onSecond.card, position: 'Бібліотекар' } });
    await first.syncAll();
    await second.syncAll();
    const { conflicts } = await second.call('sync.conflicts', {});

    await second.call('sync.resolveConflict', { type: conflicts[0]!.type, id: conflicts[0]!.id, keep: 'mine' });
    await second.syncAll();
    await first.syncAll();

    expect((await first.call('staff.get', { id: shared.meta.id })).card.position).toBe('Бібліотекар');
    expect(first.cards()).toEqual(second.cards());
  });
});
