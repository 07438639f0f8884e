import { cpSync } from 'node:fs';
import { academicYearOf } from '../../../core/academic/academic-year';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { localDate, schoolTimeZone } from '../../../core/time/local-date';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

const warmup = 1;
const iterations = 5;

/**
 * The year-end transition of the whole demo school (2,000 students, 70 classes): the checked backup, then planning and
 * writing it in one transaction. A school runs it once, so each run gets its own copy, opened and logged in beforehand.
 */
export default defineBenchCase({
  name: 'year-end',
  title: 'year-end transition of the demo school (2,000 students, 70 classes)',
  budgetMs: 1000,
  figure: 'max',
  warmup,
  iterations,
  async setup(fixtures) {
    const demo = await fixtures.demoSchool();
    // The demo is seeded in the year containing today; its transition is made in June of that year.
    const closing = academicYearOf(localDate(new Date(), schoolTimeZone('UA')));
    const date = `${closing.label.slice(5)}-06-19`;
    const offices: { backend: Backend; session: string }[] = [];
    for (let i = 0; i < warmup + iterations; i += 1) {
      const dataDir = fixtures.tempDir('year-end');
      cpSync(demo, dataDir, { recursive: true });
      const backend = createBackend({ dataDir, now: () => new Date(`${date}T10:00:00`) });
      const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
      offices.push({ backend, session });
    }
    return { offices, date };
  },
  async iteration({ offices, date }, index) {
    const office = offices[index];
    if (!office) throw new Error('no copy of the demo school left');
    const { plan } = await call(office.backend, 'yearEnd.apply', { choices: { date } }, office.session);
    if (plan.movements.length === 0) throw new Error('the transition moved nobody');
  },
  teardown: ({ offices }) => {
    for (const { backend } of offices) backend.close();
  },
});
