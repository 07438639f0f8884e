import { cpSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

/** From a closed demo school file to the first page of the student list: open + migrate check, login, list. */
export default defineBenchCase({
  name: 'open-to-list',
  title: 'open the app to the card list (2,000 students)',
  budgetMs: 1500,
  figure: 'max',
  warmup: 1,
  iterations: 5,
  async setup(fixtures) {
    const dataDir = fixtures.tempDir('open-to-list');
    cpSync(await fixtures.demoSchool(), dataDir, { recursive: true });
    return { dataDir };
  },
  async iteration({ dataDir }) {
    const backend = createBackend({ dataDir });
    try {
      const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
      const list = await call(backend, 'students.list', {}, session);
      if (list.rows.length === 0) throw new Error('the demo school opened with an empty student list');
    } finally {
      backend.close();
    }
  },
});
