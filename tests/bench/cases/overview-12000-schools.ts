import { join } from 'node:path';
import { addPerson } from '../../../sync-server/admin/people';
import { createApp } from '../../../sync-server/http/app';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { defineBenchCase } from '../bench-case';

const schools = 12_000;
const districts = 500;
/** Cards per school: 12,000 × 100 = 1.2M reports; the figure grows linearly with them (4M: about × 3.3). */
const cardsPerSchool = 100;
const statuses = ['verified', 'verified', 'verified', 'warning', 'error'] as const;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

/** A national server: 12,000 schools in 500 districts, each with 100 staff cards and their reports, written directly. */
async function seed(db: ServerDb): Promise<void> {
  const at = new Date().toISOString();
  await insertInChunks(
    Array.from({ length: districts }, (_, d) => ({ id: `d${d}`, code: `D-${d}`, name: `Район ${d}`, country: 'UA' as const, created_at: at })),
    (chunk) => db.insertInto('districts').values(chunk).execute(),
  );
  await insertInChunks(
    Array.from({ length: schools }, (_, s) => ({ id: `s${s}`, code: `S-${String(s).padStart(5, '0')}`, name: `Школа ${s}`, country: 'UA' as const, district_id: `d${s % districts}`, created_at: at })),
    (chunk) => db.insertInto('schools').values(chunk).execute(),
  );
  for (let s = 0; s < schools; s++) {
    const cards = Array.from({ length: cardsPerSchool }, (_, c) => `s${s}-c${c}`);
    await db
      .insertInto('records')
      .values(cards.map((id, c) => ({ id, school_id: `s${s}`, type: 'staff', rev: 1, deleted: 0, data: '{}', updated_at: at, device_id: 'pc', change_seq: c + 1 })))
      .execute();
    await db
      .insertInto('card_reports')
      .values(cards.map((id, c) => ({ school_id: `s${s}`, card_id: id, type: 'staff', rev: 1, status: statuses[c % statuses.length] ?? 'verified', checked_at: at, issues: '[]', change_seq: c + 1, device_id: null })))
      .execute();
  }
  await db.insertInto('school_syncs').values({ school_id: 's0', last_sync_at: at }).execute();
}

/**
 * The ministry's overview of a national server (DESIGN §11): GET /api/v1/overview/schools over 12,000 schools and
 * 1.2M cards, answered through the app as the dashboard asks for it (not in DESIGN §10's table: the budget is ours).
 */
export default defineBenchCase<{ db: ServerDb; app: ReturnType<typeof createApp>; token: string }>({
  name: 'overview-12000-schools',
  title: "central server: the ministry's overview of 12,000 schools (1.2M cards)",
  budgetMs: 3_000,
  figure: 'p50',
  warmup: 1,
  iterations: 5,
  async setup(fixtures) {
    const db = await openDatabase(join(fixtures.tempDir('overview-12000'), 'server.sqlite'));
    await seed(db);
    const { password } = await addPerson(db, { login: 'ministry', name: 'Ministry', role: 'ministry' }, new Date());
    const app = createApp({ db });
    const login = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: 'ministry', password }) });
    const { token } = (await login.json()) as { token: string };
    return { db, app, token };
  },
  async iteration(state) {
    const response = await state.app.request('/api/v1/overview/schools', { headers: { Authorization: `Bearer ${state.token}` } });
    const body = (await response.json()) as { schools: unknown[] };
    if (response.status !== 200 || body.schools.length !== schools) throw new Error(`the overview answered ${response.status} with ${body.schools.length} schools`);
  },
  async teardown(state) {
    await state.db.destroy();
  },
});
