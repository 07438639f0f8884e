import { randomUUID } from 'node:crypto';
import { makeRnokpp } from '../../../core/rules/rnokpp';
import type { PushChange } from '../../../core/sync/push';
import { addSchool } from '../../../sync-server/admin/schools';
import { issueToken } from '../../../sync-server/admin/tokens';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { academicYearOf, schoolToday } from '../../../sync-server/validation/school-enrollments';
import { defineBenchCase } from '../bench-case';
import { startBenchPostgres, type BenchPostgres } from '../bench-postgres';
import { importLargeRegistry, serveProcess, type ServeProcess } from '../central-server';
import { summarise } from '../statistics';

/** At least 1,000 for the figure of DESIGN §10; fewer while developing the case (BENCH_SCHOOLS=20). */
const schoolCount = Number(process.env.BENCH_SCHOOLS ?? 1000);
/** Schools syncing at once: a national first sync is spread over days, not started in one second. */
const concurrency = 16;
/** The mirror's size; fewer while developing the case (BENCH_REGISTRY=100000). */
const registryPeople = Number(process.env.BENCH_REGISTRY ?? 1_000_000);
const nationalSchools = 12_000;
/** Students per school, cycled: from a village school to a big city lyceum, 333 on average (~4M in ~12,000 schools). */
const schoolSizes = [40, 90, 150, 220, 300, 380, 470, 560, 790];

interface School {
  code: string;
  token: string;
  changes: PushChange[];
  cards: number;
}

function change(type: string, data: unknown, id: string = randomUUID()): PushChange {
  return { type, id, baseRev: null, deleted: false, data };
}

/** A school's records as its first Sync all sends them, and the registry rows of its people. */
function generateSchool(n: number, academicYear: string, registry: string[]): Omit<School, 'token'> {
  const students = schoolSizes[n % schoolSizes.length] ?? 333;
  const startYear = Number(academicYear.slice(0, 4));
  const classes = Array.from({ length: 11 }, (_, g) => change('class', { academicYear, grade: g + 1, label: `${g + 1}-А` }));
  const changes: PushChange[] = [...classes];
  for (let i = 0; i < students; i++) {
    const k = n * 1000 + i;
    const grade = (i % 11) + 1;
    const person = { lastName: `Коваленко${k % 997}`, firstName: `Олена${k % 389}`, middleName: 'Петрівна', birthDate: `${startYear - 6 - grade}-0${1 + (k % 9)}-1${k % 10}`, sex: k % 2 ? 'M' : 'F' };
    const series = ['I-БК', 'II-БК', 'III-БК', 'IV-БК'][Math.floor(k / 1_000_000)] ?? 'V-БК';
    const number = String(k % 1_000_000).padStart(6, '0');
    const student = change('student', { ...person, documents: [{ type: 'birth_certificate', series, number }] });
    registry.push(`birth_certificate,${series},${number},${person.lastName},${person.firstName},${person.middleName},${person.birthDate},${person.sex},0`);
    changes.push(student, change('enrollment', { studentId: student.id, classId: classes[grade - 1]?.id, from: `${startYear}-09-01` }));
  }
  const staff = Math.ceil(students / 11) + 5;
  for (let i = 0; i < staff; i++) {
    const k = n * 100 + i;
    // 2,880 birth dates × 1,000 serials: a distinct RNOKPP for each of 2.88M staff members.
    const birthDate = `19${60 + (k % 40)}-0${1 + (Math.floor(k / 40) % 9)}-2${Math.floor(k / 360) % 8}`;
    const person = { lastName: `Шевчук${k % 997}`, firstName: `Андрій${k % 389}`, middleName: 'Іванович', birthDate, sex: k % 2 ? 'M' : 'F' } as const;
    const taxId = makeRnokpp(person.birthDate, person.sex, Math.floor(k / 2880) % 1000);
    changes.push(change('staff', { ...person, taxId, position: 'Вчитель' }));
    registry.push(`tax_id,,${taxId},${person.lastName},${person.firstName},${person.middleName},${person.birthDate},${person.sex},0`);
  }
  return { code: `N-${String(n).padStart(5, '0')}`, changes, cards: students + staff };
}

/** The first Sync all of one school: its whole push, then the pull that follows. Throws unless every record is applied. */
async function firstSync(base: string, school: School): Promise<void> {
  const headers = { Authorization: `Bearer ${school.token}`, 'X-Device-Id': 'office-pc-1', 'Content-Type': 'application/json' };
  const response = await fetch(`${base}/api/v1/sync/push`, { method: 'POST', headers, body: JSON.stringify({ batchId: randomUUID(), changes: school.changes }) });
  const body = (await response.json()) as { results?: { outcome: string }[]; reports?: unknown[] };
  const applied = body.results?.filter((r) => r.outcome === 'applied').length ?? 0;
  if (response.status !== 200 || applied !== school.changes.length || body.reports?.length !== school.cards) {
    throw new Error(`school ${school.code}: HTTP ${response.status}, ${applied} of ${school.changes.length} applied, ${body.reports?.length} reports`);
  }
  const pull = await fetch(`${base}/api/v1/sync/pull?since=0&limit=1000`, { headers });
  if (pull.status !== 200) throw new Error(`school ${school.code}: pull answered HTTP ${pull.status}`);
  await pull.arrayBuffer();
}

interface State {
  cluster: BenchPostgres;
  url: string;
  db: ServerDb;
  instances: ServeProcess[];
  schools: School[];
  latencies: number[];
}

/**
 * DESIGN §10's national first sync, measured: ≥ 1,000 schools of realistic sizes press their first Sync all,
 * `concurrency` at a time, spread over two `serve` processes on one PostgreSQL, against a 1M-person registry mirror.
 * The round fails on any error or lost record; the budget is the round's share of the national hour (1,000 of
 * 12,000 schools: 5 minutes). The registry re-import has its own case (registry-reimport.ts).
 */
export default defineBenchCase<State>({
  name: 'national-first-sync-postgres',
  title: `central server on PostgreSQL, 2 instances: first Sync all of ${schoolCount.toLocaleString('en')} schools (share of the national hour)`,
  budgetMs: (3_600_000 * schoolCount) / nationalSchools,
  figure: 'max',
  warmup: 0,
  iterations: 1,
  async setup(fixtures) {
    const cluster = await startBenchPostgres();
    const url = await cluster.createDatabase('bench_national');
    const db = await openDatabase(url);
    const now = new Date();
    const academicYear = academicYearOf(schoolToday({ country: 'UA' }, now));
    const registry = ['kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased'];
    const schools: School[] = [];
    for (let n = 0; n < schoolCount; n++) {
      const school = generateSchool(n, academicYear, registry);
      await addSchool(db, { code: school.code, name: `Школа ${n}`, country: 'UA' }, now);
      schools.push({ ...school, token: await issueToken(db, school.code, now) });
    }
    const dir = fixtures.tempDir('national');
    const started = performance.now();
    await importLargeRegistry(db, dir, `${registry.join('\n')}\n`, registryPeople);
    console.log(`  (${schoolCount} schools, ${schools.reduce((s, x) => s + x.cards, 0).toLocaleString('en')} cards; registry of ${registryPeople.toLocaleString('en')} imported in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const instances = [await serveProcess({ DATABASE_URL: url }), await serveProcess({ DATABASE_URL: url })];
    return { cluster, url, db, instances, schools, latencies: [] };
  },
  async iteration(state) {
    const started = performance.now();
    let next = 0;
    const worker = async (w: number) => {
      for (let i = next++; i < state.schools.length; i = next++) {
        const school = state.schools[i];
        const instance = state.instances[(i + w) % state.instances.length];
        if (!school || !instance) continue;
        const sentAt = performance.now();
        await firstSync(instance.base, school);
        state.latencies.push(performance.now() - sentAt);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const seconds = (performance.now() - started) / 1000;
    const sent = state.schools.reduce((s, x) => s + x.changes.length, 0);
    const { n } = await state.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) !== sent) throw new Error(`the server holds ${n} records of ${sent} sent`);
    const stats = summarise(state.latencies);
    const perSchool = seconds / state.schools.length;
    console.log(
      `  (${state.schools.length} schools, ${sent.toLocaleString('en')} records in ${seconds.toFixed(1)} s: ${(1 / perSchool).toFixed(2)} schools/s, ` +
        `p99 ${(stats.p99 / 1000).toFixed(2)} s per Sync all, 0 errors, 0 lost; ${nationalSchools.toLocaleString('en')} schools ≈ ${((perSchool * nationalSchools) / 60).toFixed(0)} min)`,
    );
  },
  async teardown(state) {
    try {
      for (const { child } of state.instances) child.kill('SIGTERM');
    } finally {
      await state.db.destroy();
      await state.cluster.stop();
    }
  },
});
