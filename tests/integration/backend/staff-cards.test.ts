import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffCardSchema } from '../../../core/schemas/staff';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openOffice, type Office } from '../../fixtures/office';

describe('staff cards', () => {
  let office: Office;
  beforeEach(async () => {
    office = await openOffice();
  });
  afterEach(() => office.dispose());

  it('loads a saved card exactly as it was saved', async () => {
    const card = staffCardSchema.parse(fullStaffCard());
    const { meta } = await office.call('staff.save', { card });
    const loaded = await office.call('staff.get', { id: meta.id });
    expect(loaded.card).toEqual(card);
    expect(loaded.meta).toMatchObject({ version: 1, status: 'ok', issues: [] });
  });

  it('saves a card without the required tax number, marked with REQUIRED', async () => {
    const { meta } = await office.call('staff.save', { card: { ...fullStaffCard(), taxId: undefined } });
    expect(meta.status).toBe('error');
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'REQUIRED', field: 'taxId' }));
  });

  it('lists staff with position and the last four digits of the tax number, found by part of a name', async () => {
    await office.call('staff.save', { card: fullStaffCard() });
    const { rows } = await office.call('staff.list', { search: 'кравч' });
    expect(rows).toEqual([expect.objectContaining({ lastName: 'Кравченко', position: 'Учитель математики', taxId: `******${fullStaffCard().taxId?.slice(-4)}` })]);
  });

  it('still finds a member of staff by the whole tax number', async () => {
    await office.call('staff.save', { card: fullStaffCard() });
    const { rows } = await office.call('staff.list', { search: fullStaffCard().taxId ?? '' });
    expect(rows.map((r) => r.lastName)).toEqual(['Кравченко']);
  });

  it('marks the second staff card with the same tax number DUPLICATE_IN_SCHOOL', async () => {
    await office.call('staff.save', { card: fullStaffCard() });
    const { meta } = await office.call('staff.save', { card: { ...fullStaffCard(), firstName: 'Петро' } });
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_IN_SCHOOL' }));
  });

  it('refuses a stale save with STALE_VERSION', async () => {
    const { meta } = await office.call('staff.save', { card: fullStaffCard() });
    await office.call('staff.save', { id: meta.id, version: 1, card: { ...fullStaffCard(), rate: 1 } });
    expect((await office.refusal('staff.save', { id: meta.id, version: 1, card: fullStaffCard() })).code).toBe('STALE_VERSION');
  });
});
