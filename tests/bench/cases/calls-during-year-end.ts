import { cpSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { academicYearOf } from '../../../core/academic/academic-year';
import { localDate, schoolTimeZone } from '../../../core/time/local-date';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { demoAdministrator } from '../../../electron/backend/demo/demo-accounts';
import { sourceWorkerScripts } from '../../../electron/backend/host/backend-host';
import { call } from '../backend-call';
import { defineBenchCase } from '../bench-case';

const copies = 6;

interface Office {
  backend: Backend;
  session: string;
}

interface State {
  offices: Office[];
  date: string;
  next: number;
  /** The transition running now, on the copy `current`; null between two. */
  applying: Promise<unknown> | null;
  current: Office | null;
  /** How many timed calls found a transition still running when they were answered. */
  duringApply: number;
}

/** Read through a function: the transition's own `finally` clears it between two awaits. */
function stillApplying(state: State): boolean {
  return state.applying !== null;
}

/**
 * What the other calls of the office wait while the year-end transition of the whole demo school is applied (DESIGN
 * §10: < 100 ms): each timed iteration is one `home.summary` or `students.list` on the backend's thread while the
 * transition runs on the job thread, as the app runs them. A new copy of the demo starts its transition whenever the
 * previous one has ended, so every call meets one in flight.
 */
export default defineBenchCase<State>({
  name: 'calls-during-year-end',
  title: 'other calls answered while the year-end transition runs (worst answer)',
  budgetMs: 100,
  figure: 'max',
  warmup: 5,
  iterations: 300,
  async setup(fixtures) {
    const demo = await fixtures.demoSchool();
    const closing = academicYearOf(localDate(new Date(), schoolTimeZone('UA')));
    const date = `${closing.label.slice(5)}-06-19`;
    const offices: Office[] = [];
    for (let i = 0; i < copies; i += 1) {
      const dataDir = fixtures.tempDir('calls-during-year-end');
      cpSync(demo, dataDir, { recursive: true });
      const backend = createBackend({ dataDir, now: () => new Date(`${date}T10:00:00`), jobs: { threadScript: sourceWorkerScripts().jobs } });
      const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
      // Warm the job thread (its start and its own prepared statements are not what the office waits for).
      await call(backend, 'yearEnd.runs', {}, session);
      offices.push({ backend, session });
    }
    return { offices, date, next: 0, applying: null, current: null, duringApply: 0 };
  },
  async iteration(state, index) {
    if (!state.applying) {
      const office = state.offices[state.next++];
      if (!office) throw new Error('no copy of the demo school left to transition');
      state.current = office;
      state.applying = call(office.backend, 'yearEnd.apply', { choices: { date: state.date } }, office.session).finally(() => (state.applying = null));
    }
    const office = state.current;
    if (!office) throw new Error('no transition running');
    // One call per turn of the event loop, as calls arrive in the app; the turn also hears the job thread's answer.
    await new Promise((resume) => setImmediate(resume));
    if (index % 2 === 0) await call(office.backend, 'home.summary', {}, office.session);
    else await call(office.backend, 'students.list', { search: 'Бонд' }, office.session);
    if (stillApplying(state)) state.duringApply += 1;
  },
  async teardown(state) {
    await state.applying;
    console.log(`  (calls answered while a transition was still running: ${state.duringApply})`);
    for (const { backend } of state.offices) backend.close();
  },
});
