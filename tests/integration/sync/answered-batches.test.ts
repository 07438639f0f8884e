import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { student } from '../../fixtures/backend/cards';
import { openServedOfficePc, type OfficePc, type ServedOfficePc } from '../../fixtures/sync/office-pc';

describe('the batches Sync all keeps', () => {
  let served: ServedOfficePc;
  let pc: OfficePc;
  beforeEach(async () => {
    served = await openServedOfficePc();
    ({ pc } = served);
  });
  afterEach(() => served.close());

  it('keeps only the date of a batch the server has answered, not its cards', async () => {
    await pc.call('students.save', { card: student('Бондар', 'Іван', 'Петрович', '111222') });
    await pc.syncAll();
    const rows = pc.backend.db.prepare('SELECT body, sent_counts AS sentCounts, answered_at AS answeredAt FROM sync_batches').all();
    expect(rows).toEqual([{ body: '{}', sentCounts: '[]', answeredAt: expect.any(String) }]);
  });
});
