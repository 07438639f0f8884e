import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { journalChanges, lessonChange } from '../../fixtures/sync-server/journal-changes';
import { call, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
});
afterEach(async () => h.close());

/** What another PC of school A is handed: the records as the server stored them, in the order they were written. */
async function pulled() {
  const { body } = await call(h, 'GET', '/sync/pull?limit=5000', { token: h.tokenA, device: 'pc-2' });
  return body.changes as { type: string; id: string; rev: number; deleted: boolean; data?: unknown }[];
}

describe('what a push writes', () => {
  it('stores a record created and edited in one batch once, at its last revision', async () => {
    const created = newChange('staff', staffCard());
    const edited = { ...created, baseRev: 1, data: staffCard({ position: 'Директор' }) };
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([created, edited]) });
    expect(body.results.map((r: { rev: number }) => r.rev)).toEqual([1, 2]);
    expect(await pulled()).toEqual([{ type: 'staff', id: created.id, rev: 2, deleted: false, data: expect.objectContaining({ position: 'Директор' }) }]);
  });

  it('writes the edits and deletions of stored records with their new revisions and data', async () => {
    const kept = newChange('staff', staffCard());
    const gone = newChange('subject', { name: 'Музика', shortName: 'Муз' });
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([kept, gone]) });
    const edit = { ...kept, baseRev: 1, data: staffCard({ position: 'Директор' }) };
    const deletion = { type: 'subject', id: gone.id, baseRev: 1, deleted: true };
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([edit, deletion]) });
    expect(await pulled()).toEqual([
      { type: 'staff', id: kept.id, rev: 2, deleted: false, data: expect.objectContaining({ position: 'Директор' }) },
      { type: 'subject', id: gone.id, rev: 2, deleted: true },
    ]);
  });

  it('stores text with quotes, backslashes, braces, commas and any script as it was sent', async () => {
    const j = journalChanges();
    const topic = 'Дроби: "½", \\n {a,b} , NULL, 𝔸 — ʼапостроф\' \u0000 кінець';
    const lesson = { ...lessonChange(j.assignmentId, '2025-10-13'), data: { ...(lessonChange(j.assignmentId, '2025-10-13').data as object), topic, homework: '\\' } };
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([...j.changes, lesson]) });
    const stored = (await pulled()).find((c) => c.id === lesson.id);
    expect(stored?.data).toEqual(lesson.data);
  });

  it('hands out a batch’s new records in the order the batch sent them', async () => {
    const j = journalChanges();
    const lessons = Array.from({ length: 450 }, (_, i) => lessonChange(j.assignmentId, `2025-10-${String(1 + (i % 28)).padStart(2, '0')}`));
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([...j.changes, ...lessons]) });
    expect((await pulled()).map((c) => c.id)).toEqual([...j.changes, ...lessons].map((c) => c.id));
  });
});
