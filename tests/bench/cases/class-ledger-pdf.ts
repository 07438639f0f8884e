import { cpSync } from 'node:fs';
import { createBackend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';
import { finishedYearId } from '../finished-year';

/**
 * One class's annual ledger of the demo school's finished year 2025/2026 (its period, year and exam grades, its
 * orders), laid out, stamped and registered (DESIGN §10: < 300 ms), rotated over that year's classes.
 */
export default defineBenchCase({
  name: 'class-ledger-pdf',
  title: 'ledger PDF of one class',
  budgetMs: 300,
  figure: 'p95',
  warmup: 3,
  iterations: 20,
  async setup(fixtures) {
    const dataDir = fixtures.tempDir('class-ledger-pdf');
    cpSync(await fixtures.demoJournals(), dataDir, { recursive: true });
    const backend = createBackend({ dataDir });
    const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
    const { classes } = await call(backend, 'classes.ofYear', { academicYearId: await finishedYearId(backend, session) }, session);
    if (classes.length === 0) throw new Error('the demo school has no classes in its finished year');
    return { backend, session, classIds: classes.map((c) => c.id) };
  },
  async iteration({ backend, session, classIds }, index) {
    const classId = classIds[index % classIds.length] ?? '';
    const printout = await call(backend, 'print.classLedger', { classId }, session);
    if (printout.document.pages < 1) throw new Error('the ledger has no page');
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
