import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffCardSchema } from '../../../core/schemas/staff';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';

describe('staff cards', () => {
  let t: TestBackend;
  let session: string;
  beforeEach(async () => {
    t = openTestBackend();
    session = await t.setUp();
  });
  afterEach(() => t.dispose());

  it('loads a saved card exactly as it was saved', async () => {
    const card = staffCardSchema.parse(fullStaffCard());
    const { meta } = await t.call('staff.save', { card }, session);
    const loaded = await t.call('staff.get', { id: meta.id }, session);
    expect(loaded.card).toEqual(card);
    expect(loaded.meta).toMatchObject({ version: 1, status: 'ok', issues: [] });
  });

  it('saves a card without the required tax number, marked with REQUIRED', async () => {
    const { meta } = await t.call('staff.save', { card: { ...fullStaffCard(), taxId: undefined } }, session);
    expect(meta.status).toBe('error');
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'REQUIRED', field: 'taxId' }));
  });

  it('lists staff with position and tax number, found by part of a name', async () => {
    await t.call('staff.save', { card: fullStaffCard() }, session);
    const { rows } = await t.call('staff.list', { search: 'кравч' }, session);
    expect(rows).toEqual([expect.objectContaining({ lastName: 'Кравченко', position: 'Учитель математики', taxId: fullStaffCard().taxId })]);
  });

  it('marks the second staff card with the same tax number DUPLICATE_IN_SCHOOL', async () => {
    await t.call('staff.save', { card: fullStaffCard() }, session);
    const { meta } = await t.call('staff.save', { card: { ...fullStaffCard(), firstName: 'Петро' } }, session);
    expect(meta.issues).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_IN_SCHOOL' }));
  });

  it('refuses a stale save with STALE_VERSION', async () => {
    const { meta } = await t.call('staff.save', { card: fullStaffCard() }, session);
    await t.call('staff.save', { id: meta.id, version: 1, card: { ...fullStaffCard(), rate: 1 } }, session);
    expect((await t.refusal('staff.save', { id: meta.id, version: 1, card: fullStaffCard() }, session)).code).toBe('STALE_VERSION');
  });
});
