import { createBackend, type Backend } from '../../../electron/backend/backend';
import { cpSync } from 'node:fs';
import { demoAccounts } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

interface State {
  backend: Backend;
  session: string;
  periodId: string;
  assignmentIds: string[];
}

/**
 * The suggested period grades of the whole school for a period: every journal's grades screen as the director opens it
 * (`periodGrades.list`: the period's marks of each pupil, the grading function of DESIGN §7, the confirmed finals), on
 * the year of journals (~500k marks; the first semester, whose grades are confirmed).
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
    const year = (await call(backend, 'academicYears.list', {}, session)).years[0];
    if (!year) throw new Error('the demo has no year');
    const period = (await call(backend, 'periods.list', { academicYearId: year.id }, session)).periods[0];
    if (!period) throw new Error('the demo year has no periods');
    const { assignments } = await call(backend, 'assignments.list', { academicYearId: year.id }, session);
    return { backend, session, periodId: period.id, assignmentIds: assignments.map((a) => a.id) };
  },
  async iteration({ backend, session, periodId, assignmentIds }) {
    let suggested = 0;
    for (const assignmentId of assignmentIds) {
      const { rows } = await call(backend, 'periodGrades.list', { assignmentId, periodId }, session);
      suggested += rows.filter((r) => r.suggested !== null).length;
    }
    if (suggested === 0) throw new Error('no journal of the period has a suggested grade');
  },
  teardown: ({ backend }) => {
    backend.close();
  },
});
