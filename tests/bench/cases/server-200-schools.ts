import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { addSchool } from '../../../sync-server/admin/schools';
import { issueToken } from '../../../sync-server/admin/tokens';
import { defineBenchCase } from '../bench-case';
import { startBenchServer, type BenchServer } from '../central-server';
import { summarise } from '../statistics';

const schools = 200;
const cardsPerPush = 100;

interface School {
  token: string;
  cardIds: string[];
}

function staffChange(id: string, n: number) {
  return {
    type: 'staff',
    id,
    baseRev: null,
    deleted: false,
    data: { lastName: `Вчитель${n}`, firstName: 'Олена', birthDate: '1980-05-17', sex: 'F', position: 'Вчитель', taxId: '', documents: [] },
  };
}

/**
 * 200 schools press Sync all at the same moment, each pushing 100 new cards. A round fails unless every request
 * answers 200 with every card applied, and the server then holds exactly what was sent (no error, no lost change).
 * Per-request latency (p99) and cards per second are printed for the record.
 */
export default defineBenchCase<{ server: BenchServer; schools: School[]; latencies: number[]; cards: number; seconds: number }>({
  name: 'server-200-schools',
  title: 'central server: 200 schools pushing at once (whole round)',
  budgetMs: 10_000,
  figure: 'max',
  warmup: 1,
  iterations: 3,
  async setup(fixtures) {
    const server = await startBenchServer(join(fixtures.tempDir('central-200'), 'central.sqlite'));
    const list: School[] = [];
    for (let i = 0; i < schools; i++) {
      const code = `S-${String(i).padStart(3, '0')}`;
      await addSchool(server.db, { code, name: `School ${i}`, country: 'UA' }, new Date());
      list.push({ token: await issueToken(server.db, code, new Date()), cardIds: [] });
    }
    return { server, schools: list, latencies: [], cards: 0, seconds: 0 };
  },
  async iteration(state) {
    const started = performance.now();
    const answers = await Promise.all(
      state.schools.map(async (school, n) => {
        const changes = Array.from({ length: cardsPerPush }, (_, i) => staffChange(randomUUID(), n * 1000 + i));
        const sentAt = performance.now();
        const response = await fetch(`${state.server.url}/api/v1/sync/push`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${school.token}`, 'X-Device-Id': 'bench-pc', 'Content-Type': 'application/json' },
          body: JSON.stringify({ batchId: randomUUID(), changes }),
        });
        const body = (await response.json()) as { results?: { outcome: string }[] };
        state.latencies.push(performance.now() - sentAt);
        const applied = body.results?.filter((r) => r.outcome === 'applied').length ?? 0;
        if (response.status !== 200 || applied !== cardsPerPush) throw new Error(`school ${n}: HTTP ${response.status}, ${applied} of ${cardsPerPush} applied`);
        school.cardIds.push(...changes.map((c) => c.id));
      }),
    );
    state.seconds += (performance.now() - started) / 1000;
    state.cards += answers.length * cardsPerPush;
    const stored = await state.server.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const sent = state.schools.reduce((sum, s) => sum + s.cardIds.length, 0);
    if (Number(stored.n) !== sent) throw new Error(`the server holds ${stored.n} records of ${sent} sent`);
  },
  async teardown({ server, latencies, cards, seconds }) {
    const stats = summarise(latencies);
    console.log(`  (${latencies.length} pushes: p99 ${stats.p99.toFixed(0)} ms per request; ${Math.round(cards / seconds)} cards/s; 0 errors, 0 lost)`);
    await server.close();
  },
});
