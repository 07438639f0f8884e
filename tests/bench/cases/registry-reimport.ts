import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRnokpp } from '../../../core/rules/rnokpp';
import { staffCardSchema } from '../../../core/schemas/staff';
import { studentCardSchema } from '../../../core/schemas/student';
import { classDataSchema, enrollmentDataSchema } from '../../../core/sync/wire-data';
import { addSchool } from '../../../sync-server/admin/schools';
import { mirrorAdapter } from '../../../sync-server/registry/mirror-adapter';
import { importRegistry } from '../../../sync-server/registry/registry-import';
import { inChunks } from '../../../sync-server/storage/chunks';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import type { RecordsTable } from '../../../sync-server/storage/tables';
import { academicYearOf, schoolToday } from '../../../sync-server/validation/school-enrollments';
import { revalidateAfterImport } from '../../../sync-server/validation/registry-revalidation';
import { defineBenchCase } from '../bench-case';
import { startBenchPostgres, type BenchPostgres } from '../bench-postgres';

const root = resolve(import.meta.dirname, '../../..');
/** ≥ 800 schools and ≥ 300,000 cards for the figure; fewer while developing the case (BENCH_SCHOOLS=20). */
const schoolCount = Number(process.env.BENCH_SCHOOLS ?? 850);
/** The mirror's size; smaller while developing the case (BENCH_REGISTRY=100000). */
const registryPeople = Number(process.env.BENCH_REGISTRY ?? 1_000_000);
/** `sqlite` measures the embedded database instead of PostgreSQL. */
const onSqlite = process.env.BENCH_REIMPORT_DB === 'sqlite';
/** One person in this many changes in the new registry (surname, birth date, deceased in turn): about 1%. */
const changeEvery = 100;
/** BENCH_CPU_PROF=DIR: the `registry import` process writes its CPU profile there (node --cpu-prof). */
const profiling = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
/** BENCH_REIMPORT_FULL=0: no `--full` import before the measured one (to develop the case). */
const compareWithFull = process.env.BENCH_REIMPORT_FULL !== '0';
const nationalPeople = 4_000_000;
/** DESIGN §10: a re-import of 4M people revalidating 4M cards in < 5 minutes. */
const nationalBudgetMs = 300_000;
/** Students per school, cycled: from a village school to a big city lyceum, 333 on average (as national-first-sync). */
const schoolSizes = [40, 90, 150, 220, 300, 380, 470, 560, 790];

type Row = Omit<RecordsTable, 'school_id' | 'change_seq'>;

interface Seed {
  records: Row[];
  /** Registry CSV lines of the school's people (no header). */
  people: string[];
}

function record(type: string, data: unknown, at: string): Row {
  return { id: randomUUID(), type, rev: 1, deleted: 0, data: JSON.stringify(data), updated_at: at, device_id: 'office-pc-1' };
}

/** A school's classes, students, enrollments and staff as a first Sync all stores them (each parsed by its schema). */
function seedSchool(n: number, academicYear: string, at: string): Seed {
  const students = schoolSizes[n % schoolSizes.length] ?? 333;
  const startYear = Number(academicYear.slice(0, 4));
  const classes = Array.from({ length: 11 }, (_, g) => record('class', classDataSchema.parse({ academicYear, grade: g + 1, label: `${g + 1}-А` }), at));
  const seed: Seed = { records: [...classes], people: [] };
  for (let i = 0; i < students; i++) {
    const k = n * 1000 + i;
    const grade = (i % 11) + 1;
    const person = { lastName: `Коваленко${k % 997}`, firstName: `Олена${k % 389}`, middleName: 'Петрівна', birthDate: `${startYear - 6 - grade}-0${1 + (k % 9)}-1${k % 10}`, sex: k % 2 ? 'M' : 'F' } as const;
    const series = ['I-БК', 'II-БК', 'III-БК', 'IV-БК'][Math.floor(k / 1_000_000)] ?? 'V-БК';
    const number = String(k % 1_000_000).padStart(6, '0');
    const student = record('student', studentCardSchema.parse({ ...person, documents: [{ type: 'birth_certificate', series, number }] }), at);
    seed.people.push(`birth_certificate,${series},${number},${person.lastName},${person.firstName},${person.middleName},${person.birthDate},${person.sex}`);
    seed.records.push(student, record('enrollment', enrollmentDataSchema.parse({ studentId: student.id, classId: classes[grade - 1]?.id, from: `${startYear}-09-01` }), at));
  }
  for (let i = 0; i < Math.ceil(students / 11) + 5; i++) {
    const k = n * 100 + i;
    const birthDate = `19${60 + (k % 40)}-0${1 + (Math.floor(k / 40) % 9)}-2${Math.floor(k / 360) % 8}`;
    const person = { lastName: `Шевчук${k % 997}`, firstName: `Андрій${k % 389}`, middleName: 'Іванович', birthDate, sex: k % 2 ? 'M' : 'F' } as const;
    const taxId = makeRnokpp(person.birthDate, person.sex, Math.floor(k / 2880) % 1000);
    seed.records.push(record('staff', staffCardSchema.parse({ ...person, taxId, position: 'Вчитель' }), at));
    seed.people.push(`tax_id,,${taxId},${person.lastName},${person.firstName},${person.middleName},${person.birthDate},${person.sex}`);
  }
  return seed;
}

/** The school's people as the new registry has them: every `changeEvery`-th changed (surname, birth date, deceased). */
function registryLine(line: string, index: number, changed: boolean): string {
  if (!changed || index % changeEvery !== 0) return `${line},0`;
  const fields = line.split(',');
  const turn = (index / changeEvery) % 3;
  if (turn === 0) fields[3] = `${fields[3] ?? ''}-Нова`;
  if (turn === 1) fields[6] = `${fields[6]?.slice(0, 8) ?? ''}28`;
  return `${fields.join(',')},${turn === 2 ? 1 : 0}`;
}

/** A mirror of `registryPeople` rows: the schools' people (changed or not), then made-up people up to the total. */
async function writeRegistry(file: string, people: readonly string[], changed: boolean): Promise<void> {
  const out = createWriteStream(file);
  out.write('kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased\n');
  for (const [i, line] of people.entries()) if (!out.write(`${registryLine(line, i, changed)}\n`)) await once(out, 'drain');
  const series = ['І-АБ', 'ІІ-ВГ', 'І-ДЕ', 'ІІІ-ЖЗ'];
  for (let i = people.length; i < registryPeople; i++) {
    const line = `birth_certificate,${series[i % series.length]},${String(1_000_000 + i)},Тестенко${i % 997},Особа${i % 389},,${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10},${i % 2 ? 'M' : 'F'},0\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Stores the schools' records as their first Sync all would have (each school's change sequence after them). */
async function storeSchools(db: ServerDb, seeds: readonly Seed[], now: Date): Promise<number> {
  let cards = 0;
  for (const [n, seed] of seeds.entries()) {
    const school = await addSchool(db, { code: `R-${String(n).padStart(5, '0')}`, name: `Школа ${n}`, country: 'UA' }, now);
    const rows = seed.records.map((r, i) => ({ ...r, school_id: school.id, change_seq: i + 1 }));
    for (const part of inChunks(rows)) await db.insertInto('records').values(part).execute();
    await db.insertInto('counters').values({ name: `change_seq:${school.id}`, value: rows.length }).execute();
    cards += rows.filter((r) => r.type === 'student' || r.type === 'staff').length;
  }
  return cards;
}

interface State {
  cluster: BenchPostgres | null;
  location: string;
  db: ServerDb;
  cards: number;
  firstFile: string;
}

/** What `registry import` printed: the import's steps, how many cards it checked again and in what time (seconds). */
interface ImportFigures {
  load: number;
  index: number;
  diff: number;
  swap: number;
  documents: string;
  checked: number;
  recheck: number;
  changed: string;
  total: number;
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
}

/** `npm run server -- registry import FILE [--full]` as a child process, end to end, with its printed figures. */
async function runImport(state: Pick<State, 'location'>, file: string, full: boolean): Promise<ImportFigures> {
  const started = performance.now();
  let output = '';
  await new Promise<void>((resolveImport, reject) => {
    const child = spawn(process.execPath, [...profiling, '--import', 'tsx', 'sync-server/cli.ts', 'registry', 'import', file, ...(full ? ['--full'] : [])], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: onSqlite ? '' : state.location, SYNC_DB: onSqlite ? state.location : '' },
    });
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.once('exit', (code) => (code === 0 ? resolveImport() : reject(new Error(`registry import exited with ${code}`))));
  });
  const total = (performance.now() - started) / 1000;
  const step = (name: string) => Number(new RegExp(`${name} ([\\d.]+) s`).exec(output)?.[1] ?? NaN);
  const checked = /Checked (\d+) cards/.exec(output);
  const recheck = / in ([\d.]+) s: /.exec(output);
  return {
    load: step('load'),
    index: step('index'),
    diff: step('diff'),
    swap: step('swap'),
    documents: /(\d+) documents changed/.exec(output)?.[1] ?? '-',
    checked: Number(checked?.[1] ?? NaN),
    recheck: Number(recheck?.[1] ?? NaN),
    changed: /(\d+) reports changed/.exec(output)?.[1] ?? '?',
    total,
  };
}

/**
 * Prints an import's parts and its extrapolation to 4M people and 4M cards with the same share changed: the load,
 * index and diff grow with the rows, the re-check with the cards (the changed share of them, in as many more schools).
 */
function report(label: string, f: ImportFigures, cards: number): void {
  const rows = nationalPeople / registryPeople;
  const national = (f.load + f.index + f.diff + f.swap) * rows + (f.recheck * nationalPeople) / cards;
  console.log(
    `  ${label}: load ${f.load.toFixed(1)} s (${Math.round(registryPeople / f.load).toLocaleString('en')} rows/s), index ${f.index.toFixed(1)} s, diff ${f.diff.toFixed(1)} s ` +
      `(${f.documents} documents changed), swap ${f.swap.toFixed(1)} s; ${f.checked.toLocaleString('en')} of ${cards.toLocaleString('en')} cards checked in ${f.recheck.toFixed(1)} s, ` +
      `${f.changed} reports changed; ${f.total.toFixed(1)} s in all; 4M rows + 4M cards ≈ ${(national / 60).toFixed(1)} min (load average ${load()})`,
  );
}

/**
 * DESIGN §10's registry re-import at national scale: ≥ 800 schools' ≥ 300,000 cards stored and checked against a 1M
 * mirror (not measured), then `registry import` of a new mirror in which ~1% of the schools' people changed, through
 * the command line, end to end. Before the measured run, the same import with `--full` (every card checked again, the
 * way before only the changed documents were) is run once and printed, for the comparison in one run
 * (BENCH_REIMPORT_FULL=0 skips it). The measured run imports the first mirror again: as many people change back, and
 * only their cards are checked. The budget is the measured load's share of the national one (4M rows imported and 4M
 * cards checked in 5 minutes).
 */
export default defineBenchCase<State>({
  name: `registry-reimport-${onSqlite ? 'sqlite' : 'postgres'}`,
  title: `registry re-import on ${onSqlite ? 'SQLite' : 'PostgreSQL'}: ${registryPeople.toLocaleString('en')} rows, the changed cards of ${schoolCount} schools checked again`,
  budgetMs: (nationalBudgetMs * registryPeople) / nationalPeople,
  figure: 'max',
  warmup: 0,
  iterations: 1,
  async setup(fixtures) {
    const dir = fixtures.tempDir('registry-reimport');
    const cluster = onSqlite ? null : await startBenchPostgres();
    const location = cluster ? await cluster.createDatabase('bench_registry_reimport') : join(dir, 'central.sqlite');
    const db = await openDatabase(location);
    const now = new Date();
    const academicYear = academicYearOf(schoolToday({ country: 'UA' }, now));
    const started = performance.now();
    const seeds = Array.from({ length: schoolCount }, (_, n) => seedSchool(n, academicYear, now.toISOString()));
    const cards = await storeSchools(db, seeds, now);
    const people = seeds.flatMap((s) => s.people);
    const firstFile = join(dir, 'registry-first.csv');
    const changedFile = join(dir, 'registry-changed.csv');
    await writeRegistry(firstFile, people, false);
    await writeRegistry(changedFile, people, true);
    await importRegistry(db, firstFile);
    const { checked } = await revalidateAfterImport(db, mirrorAdapter(db), now);
    console.log(`  (seeded ${schoolCount} schools, ${cards.toLocaleString('en')} cards checked against ${registryPeople.toLocaleString('en')} people in ${((performance.now() - started) / 1000).toFixed(0)} s; ${checked} checked; load average ${load()})`);
    const state = { cluster, location, db, cards, firstFile };
    if (compareWithFull) report('every card (--full), not measured', await runImport(state, changedFile, true), cards);
    else await runImport(state, changedFile, false);
    return state;
  },
  async iteration(state) {
    report('the changed documents only, measured', await runImport(state, state.firstFile, false), state.cards);
  },
  async teardown(state) {
    await state.db.destroy();
    await state.cluster?.stop();
  },
});
