import { cpSync } from 'node:fs';
import type { StudentCard } from '../../../core/schemas/student';
import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

const edits = 320;

/** One secretary's save of an edited student card: checks, the write, and its audit row, one transaction. */
export default defineBenchCase({
  name: 'save-card',
  title: 'save a student card (checks + audit)',
  budgetMs: 5,
  figure: 'p95',
  warmup: 20,
  iterations: edits - 20,
  async setup(fixtures) {
    const dataDir = fixtures.tempDir('save-card');
    cpSync(await fixtures.demoSchool(), dataDir, { recursive: true });
    const backend = createBackend({ dataDir });
    const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    const { rows } = await call(backend, 'students.list', {}, session);
    const cards: { id: string; version: number; card: StudentCard }[] = [];
    for (const row of rows.slice(0, edits)) {
      const { card, meta } = await call(backend, 'students.get', { id: row.id }, session);
      cards.push({ id: row.id, version: meta.version, card });
    }
    return { backend, session, cards };
  },
  async iteration({ backend, session, cards }, index) {
    const edit = cards[index % cards.length];
    if (!edit) throw new Error('no card to edit');
    const phone = `+38067${String(1_000_000 + index).padStart(7, '0')}`;
    const { meta } = await call(backend, 'students.save', { id: edit.id, version: edit.version, card: { ...edit.card, phone } }, session);
    edit.version = meta.version;
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
