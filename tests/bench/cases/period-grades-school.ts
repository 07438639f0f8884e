import { createBackend, type Backend } from '../../../electron/backend/backend';
import { cpSync } from 'node:fs';
import { demoAccounts } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

interface State {
  backend: Backend;
  session: string;
  periodId: string;
  journals: number;
}

/**
 * The suggested period grades of the whole school for a period, as the director's journal control shows them
 * (`periodGrades.school`: the period's marks of every pupil of every journal, the grading function of DESIGN §7 per
 * pupil, the confirmed finals, counted per journal), on the year of journals (~500k marks; the first semester, whose
 * grades are confirmed).
 */
export default defineBenchCase<State>({
  name: 'period-grades-school',
  title: 'period grades of the whole school',
  budgetMs: 1000,
  figure: 'max',
  warmup: 1,
  iterations: 5,
  async setup(fixtures) {
    const dataDir = fixtures.tempDir('period-grades');
    cpSync(await fixtures.journalYear(), dataDir, { recursive: true });
    const backend = createBackend({ dataDir });
    const director = demoAccounts.find((a) => a.login === 'director');
    if (!director) throw new Error('the demo has no director account');
    const { session } = await call(backend, 'auth.login', { login: director.login, password: director.password }, null);
    // The newest year is the one of journals: the one before it (the demo's finished previous year) holds grades, no marks.
    const year = [...(await call(backend, 'academicYears.list', {}, session)).years].sort((a, b) => b.label.localeCompare(a.label))[0];
    if (!year) throw new Error('the demo has no year');
    const period = (await call(backend, 'periods.list', { academicYearId: year.id }, session)).periods[0];
    if (!period) throw new Error('the demo year has no periods');
    const { assignments } = await call(backend, 'assignments.list', { academicYearId: year.id }, session);
    return { backend, session, periodId: period.id, journals: assignments.length };
  },
  async iteration({ backend, session, periodId, journals }) {
    const counts = (await call(backend, 'periodGrades.school', { periodId }, session)).journals;
    if (counts.length !== journals) throw new Error(`the school's period grades count ${counts.length} of the year's ${journals} journals`);
    if (counts.every((c) => c.suggested === 0)) throw new Error('no journal of the period has a suggested grade');
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
